package uk.lscb.casereview.adapters.mongo.embedded;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What a query says about the values of its fields, as far as an index can use it: for a field, the values
 * (points) or the range (in MongoDB's order of values) that the field of every matching document lies in. It is
 * a superset: the whole query is still checked against each document found, so a field the query constrains in a
 * way not understood here (a regular expression, {@code $exists}, {@code $ne}, a sub-document or an array) is
 * simply unconstrained.
 *
 * <p>Understood: a scalar value (number, string, date, ObjectId, boolean, timestamp) as equality, {@code $eq},
 * {@code $in} of scalars, {@code $lt}, {@code $lte}, {@code $gt}, {@code $gte}; {@code $and} (and the fields of
 * one document) intersect, {@code $or} takes the hull of its branches. Sound only for documents whose indexed
 * fields hold no arrays, which {@link SecondaryIndex} checks before using it.
 */
final class QueryBounds {
    static final Comparator<Object> ORDER = ValueComparator.ascWithoutListHandling();
    private static final QueryBounds NONE = new QueryBounds(Map.of());

    private final Map<String, Constraint> fields;

    private QueryBounds(Map<String, Constraint> fields) {
        this.fields = fields;
    }

    static QueryBounds of(Document query) {
        QueryBounds bounds = NONE;
        for (Map.Entry<String, Object> entry : query.entrySet()) {
            bounds = bounds.and(clause(entry.getKey(), entry.getValue()));
        }
        return bounds;
    }

    /** What every matching document's {@code field} lies in; empty when the query does not constrain it here. */
    Optional<Constraint> on(String field) {
        return Optional.ofNullable(fields.get(field));
    }

    private static QueryBounds clause(String key, Object value) {
        if (key.equals("$and") && value instanceof Collection<?> all) {
            QueryBounds bounds = NONE;
            for (Object part : all) {
                if (part instanceof Document document) {
                    bounds = bounds.and(of(document));
                }
            }
            return bounds;
        }
        if (key.equals("$or") && value instanceof Collection<?> any && !any.isEmpty()) {
            QueryBounds bounds = null;
            for (Object part : any) {
                if (!(part instanceof Document document)) {
                    return NONE;
                }
                bounds = bounds == null ? of(document) : bounds.or(of(document));
            }
            return bounds;
        }
        if (key.startsWith("$")) {
            return NONE;
        }
        return field(value).map(constraint -> new QueryBounds(Map.of(key, constraint))).orElse(NONE);
    }

    private static Optional<Constraint> field(Object value) {
        if (isScalar(value)) {
            return Optional.of(Points.of(List.of(normalized(value))));
        }
        if (!(value instanceof Document operators) || operators.isEmpty()
                || !operators.keySet().stream().allMatch(name -> name.startsWith("$"))) {
            return Optional.empty();
        }
        Constraint constraint = null;
        for (Map.Entry<String, Object> operator : operators.entrySet()) {
            Optional<Constraint> one = operator(operator.getKey(), operator.getValue());
            if (one.isPresent()) {
                constraint = constraint == null ? one.get() : constraint.and(one.get());
            }
        }
        return Optional.ofNullable(constraint);
    }

    private static Optional<Constraint> operator(String name, Object value) {
        if (name.equals("$in") && value instanceof Collection<?> values) {
            List<Object> points = new ArrayList<>();
            for (Object one : values) {
                if (!isScalar(one)) {
                    return Optional.empty();
                }
                points.add(normalized(one));
            }
            return Optional.of(Points.of(points));
        }
        if (!isScalar(value)) {
            return Optional.empty();
        }
        Object bound = normalized(value);
        return switch (name) {
            case "$eq" -> Optional.of(Points.of(List.of(bound)));
            case "$lt" -> Optional.of(new Range(null, false, bound, false));
            case "$lte" -> Optional.of(new Range(null, false, bound, true));
            case "$gt" -> Optional.of(new Range(bound, false, null, false));
            case "$gte" -> Optional.of(new Range(bound, true, null, false));
            default -> Optional.empty();
        };
    }

    private static boolean isScalar(Object value) {
        return value instanceof Number && !(value instanceof Decimal128) || value instanceof String || value instanceof Instant
                || value instanceof ObjectId || value instanceof Boolean || value instanceof BsonTimestamp;
    }

    /** The value as an index keeps it (numbers as doubles where exact, as the server normalises them). */
    private static Object normalized(Object value) {
        return new KeyValue(value).normalized().get(0);
    }

    private QueryBounds and(QueryBounds other) {
        if (other.fields.isEmpty()) {
            return this;
        }
        Map<String, Constraint> both = new HashMap<>(fields);
        other.fields.forEach((field, constraint) -> both.merge(field, constraint, Constraint::and));
        return new QueryBounds(both);
    }

    private QueryBounds or(QueryBounds other) {
        Map<String, Constraint> either = new HashMap<>();
        fields.forEach((field, constraint) -> {
            Constraint alternative = other.fields.get(field);
            if (alternative != null) {
                either.put(field, constraint.or(alternative));
            }
        });
        return new QueryBounds(either);
    }

    /** The values a field may take: a set of points or a range. */
    sealed interface Constraint permits Points, Range {
        Constraint and(Constraint other);

        Constraint or(Constraint other);

        boolean admits(Object value);
    }

    /** Exactly these values, distinct and in order; none means that nothing matches. */
    record Points(List<Object> values) implements Constraint {
        static Points of(Collection<Object> values) {
            TreeSet<Object> distinct = new TreeSet<>(ORDER);
            distinct.addAll(values);
            return new Points(List.copyOf(distinct));
        }

        @Override
        public Constraint and(Constraint other) {
            return of(values.stream().filter(other::admits).toList());
        }

        @Override
        public Constraint or(Constraint other) {
            if (other instanceof Points points) {
                List<Object> both = new ArrayList<>(values);
                both.addAll(points.values);
                return of(both);
            }
            return other.or(this);
        }

        @Override
        public boolean admits(Object value) {
            return values.stream().anyMatch(point -> ORDER.compare(point, value) == 0);
        }

        Range hull() {
            return new Range(values.get(0), true, values.get(values.size() - 1), true);
        }
    }

    /** From {@code lower} to {@code upper}, each included or not; a null end is unbounded. */
    record Range(Object lower, boolean lowerIncluded, Object upper, boolean upperIncluded) implements Constraint {
        @Override
        public Constraint and(Constraint other) {
            if (other instanceof Points points) {
                return points.and(this);
            }
            Range range = (Range) other;
            Range lowest = higherLower(this, range);
            Range highest = lowerUpper(this, range);
            Range both = new Range(lowest.lower, lowest.lowerIncluded, highest.upper, highest.upperIncluded);
            return both.isEmpty() ? Points.of(List.of()) : both;
        }

        @Override
        public Constraint or(Constraint other) {
            Range range;
            if (other instanceof Points points) {
                if (points.values.isEmpty()) {
                    return this;
                }
                range = points.hull();
            } else {
                range = (Range) other;
            }
            Range lowest = lowerLower(this, range);
            Range highest = higherUpper(this, range);
            return new Range(lowest.lower, lowest.lowerIncluded, highest.upper, highest.upperIncluded);
        }

        @Override
        public boolean admits(Object value) {
            if (lower != null) {
                int order = ORDER.compare(value, lower);
                if (order < 0 || order == 0 && !lowerIncluded) {
                    return false;
                }
            }
            if (upper != null) {
                int order = ORDER.compare(value, upper);
                return order < 0 || order == 0 && upperIncluded;
            }
            return true;
        }

        private boolean isEmpty() {
            if (lower == null || upper == null) {
                return false;
            }
            int order = ORDER.compare(lower, upper);
            return order > 0 || order == 0 && !(lowerIncluded && upperIncluded);
        }

        private static Range higherLower(Range a, Range b) {
            if (a.lower == null) {
                return b;
            }
            if (b.lower == null) {
                return a;
            }
            int order = ORDER.compare(a.lower, b.lower);
            return order > 0 || order == 0 && !a.lowerIncluded ? a : b;
        }

        private static Range lowerLower(Range a, Range b) {
            if (a.lower == null) {
                return a;
            }
            if (b.lower == null) {
                return b;
            }
            int order = ORDER.compare(a.lower, b.lower);
            return order < 0 || order == 0 && a.lowerIncluded ? a : b;
        }

        private static Range lowerUpper(Range a, Range b) {
            if (a.upper == null) {
                return b;
            }
            if (b.upper == null) {
                return a;
            }
            int order = ORDER.compare(a.upper, b.upper);
            return order < 0 || order == 0 && !a.upperIncluded ? a : b;
        }

        private static Range higherUpper(Range a, Range b) {
            if (a.upper == null) {
                return a;
            }
            if (b.upper == null) {
                return b;
            }
            int order = ORDER.compare(a.upper, b.upper);
            return order > 0 || order == 0 && a.upperIncluded ? a : b;
        }
    }
}
