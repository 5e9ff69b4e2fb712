package uk.lscb.casereview.adapters.mongo.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.lscb.casereview.adapters.mongo.embedded.QueryBounds.Constraint;
import uk.lscb.casereview.adapters.mongo.embedded.QueryBounds.Points;
import uk.lscb.casereview.adapters.mongo.embedded.QueryBounds.Range;

/** What a query tells an index about field {@code a}: the values or the range every matching document's lies in. */
class QueryBoundsTest {
    private static final Instant T = Instant.parse("2026-12-02T09:00:00Z");

    static Stream<Arguments> queries() {
        return Stream.of(
                Arguments.of("a value", doc("a", "x"), points("x")),
                Arguments.of("numbers as the index keeps them", doc("a", 3), points(3.0)),
                Arguments.of("$eq", doc("a", doc("$eq", T)), points(T)),
                Arguments.of("$in", doc("a", doc("$in", List.of(2, 1, 2))), points(1.0, 2.0)),
                Arguments.of("$in with a null", doc("a", doc("$in", Arrays.asList(1, null))), null),
                Arguments.of("below", doc("a", doc("$lt", T)), new Range(null, false, T, false)),
                Arguments.of("at or above", doc("a", doc("$gte", 5)), new Range(5.0, true, null, false)),
                Arguments.of("between, one document", doc("a", doc("$gt", 1).append("$lte", 5)),
                        new Range(1.0, false, 5.0, true)),
                Arguments.of("between, $and", doc("$and", List.of(doc("a", doc("$gte", 1)), doc("a", doc("$lt", 5)))),
                        new Range(1.0, true, 5.0, false)),
                Arguments.of("an empty range", doc("a", doc("$gt", 5).append("$lt", 3)), points()),
                Arguments.of("two values at once", doc("$and", List.of(doc("a", 1), doc("a", 2))), points()),
                Arguments.of("a value within a range", doc("$and", List.of(doc("a", doc("$in", List.of(1, 9))),
                        doc("a", doc("$lt", 5)))), points(1.0)),
                Arguments.of("at or before, exactly (the claim's)", doc("$or", List.of(doc("a", doc("$lt", T)),
                        doc("$and", List.of(doc("a", T), doc("n", doc("$exists", false)))))),
                        new Range(null, false, T, true)),
                Arguments.of("either value", doc("$or", List.of(doc("a", "x"), doc("a", "y"))), points("x", "y")),
                Arguments.of("or another field", doc("$or", List.of(doc("a", "x"), doc("b", "y"))), null),
                Arguments.of("with other fields", doc("a", "x").append("b", doc("$exists", true)), points("x")),
                Arguments.of("beside a comment", doc("a", "x").append("$comment", "why"), points("x")),
                Arguments.of("$exists", doc("a", doc("$exists", false)), null),
                Arguments.of("$ne", doc("a", doc("$ne", 1)), null),
                Arguments.of("$ne beside a bound", doc("a", doc("$ne", 1).append("$lt", 5)),
                        new Range(null, false, 5.0, false)),
                Arguments.of("null", doc("a", null), null),
                Arguments.of("a sub-document", doc("a", doc("b", 1)), null),
                Arguments.of("an array", doc("a", List.of(1, 2)), null),
                Arguments.of("a regular expression", doc("a", new BsonRegularExpression("^x")), null),
                Arguments.of("$nor", doc("$nor", List.of(doc("a", 1))), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void aQueryBoundsItsFieldAsFarAsAnIndexCanUse(String name, Document query, Constraint expected) {
        assertThat(QueryBounds.of(query).on("a")).isEqualTo(Optional.ofNullable(expected));
    }

    private static Document doc(String key, Object value) {
        return new Document(key, value);
    }

    private static Points points(Object... values) {
        return Points.of(List.of(values));
    }
}
