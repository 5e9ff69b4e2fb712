package uk.lscb.casereview.adapters.mongo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.ConversationKey;

/**
 * Small shapes shared by the collections' mappers, and the conventions they follow:
 * <ul>
 *   <li>an instant is a BSON date (milliseconds, so it sorts and can be queried) plus, only when the instant
 *       has a finer part, {@code <field>Nanos}: the nanoseconds past that millisecond, so that what was
 *       written reads back equal;</li>
 *   <li>a calendar date is an ISO-8601 string ({@code 2026-11-20});</li>
 *   <li>an empty {@code Optional} is an absent field; enums are stored by name;</li>
 *   <li>numbers are written as 64-bit integers and read as any number.</li>
 * </ul>
 */
final class Documents {
    /** The shape version of every document this code writes. */
    static final int SCHEMA_VERSION = 1;
    static final String SCHEMA_FIELD = "schemaVersion";

    private Documents() {
    }

    static Document stamped() {
        return new Document(SCHEMA_FIELD, SCHEMA_VERSION);
    }

    /** Refuses a document written by a newer version of this adapter rather than misreading it. */
    static void checkSchema(Document document, String what) {
        Number version = document.get(SCHEMA_FIELD, Number.class);
        if (version == null || version.intValue() < 1 || version.intValue() > SCHEMA_VERSION) {
            throw new IllegalStateException("a stored " + what + " has schema version " + version
                    + "; this code reads 1 to " + SCHEMA_VERSION);
        }
    }

    static Document key(ConversationKey key) {
        return new Document("channel", key.channel().id()).append("id", key.id());
    }

    /**
     * A string {@code _id} made of parts, unambiguous whatever they contain (each part but the last is
     * length-prefixed). Never a sub-document: the embedded server's H2 backend orders the keys of its
     * unique {@code _id} index by their Java-serialised bytes, and a sub-document (a hash map) read back
     * from the file serialises differently from the same one decoded off the wire, so once its index page
     * has been written to the file a lookup by such an {@code _id} misses the document that is there, and
     * the upsert or insert that follows fails with E11000. Strings serialise the same every time.
     */
    static String stringId(String... parts) {
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < parts.length - 1; i++) {
            id.append(parts[i].length()).append(':').append(parts[i]).append('/');
        }
        return id.append(parts[parts.length - 1]).toString();
    }

    static String id(ConversationKey key) {
        return stringId(key.channel().id(), key.id());
    }

    static ConversationKey key(Document document) {
        return new ConversationKey(platform(document, "channel"), document.getString("id"));
    }

    static Document user(UserRef user) {
        return new Document("platform", user.platform().id()).append("id", user.id())
                .append("displayName", user.displayName());
    }

    static UserRef user(Document document) {
        return new UserRef(platform(document, "platform"), document.getString("id"),
                document.getString("displayName"));
    }

    /**
     * The platform stored by its name in {@code field}. @throws IllegalStateException naming the field and the
     * names known, when the name is none of them
     */
    static Platform platform(Document document, String field) {
        String name = required(document, field, String.class);
        try {
            return Platform.parse(name);
        } catch (IllegalArgumentException unknown) {
            throw new IllegalStateException("a stored document's '" + field + "' is unknown: " + unknown.getMessage(),
                    unknown);
        }
    }

    static void putInstant(Document document, String field, Instant instant) {
        document.append(field, Date.from(instant));
        int finer = instant.getNano() % 1_000_000;
        if (finer != 0) {
            document.append(field + "Nanos", finer);
        }
    }

    static Instant instant(Document document, String field) {
        Date date = required(document, field, Date.class);
        Number finer = document.get(field + "Nanos", Number.class);
        Instant millis = date.toInstant();
        return finer == null ? millis : millis.plusNanos(finer.longValue());
    }

    static String date(LocalDate date) {
        return date.toString();
    }

    static LocalDate date(Document document, String field) {
        return LocalDate.parse(required(document, field, String.class));
    }

    static void putOptional(Document document, String field, Optional<?> value) {
        value.ifPresent(present -> document.append(field, present));
    }

    static Optional<String> optionalString(Document document, String field) {
        return Optional.ofNullable(document.getString(field));
    }

    static long number(Document document, String field) {
        return required(document, field, Number.class).longValue();
    }

    static Document subdocument(Document document, String field) {
        return required(document, field, Document.class);
    }

    static List<String> strings(Document document, String field) {
        List<String> values = document.getList(field, String.class);
        return values == null ? List.of() : values;
    }

    static List<Document> documents(Document document, String field) {
        List<Document> values = document.getList(field, Document.class);
        return values == null ? List.of() : values;
    }

    static <T> List<T> mapped(List<Document> documents, java.util.function.Function<Document, T> reader) {
        List<T> values = new ArrayList<>(documents.size());
        documents.forEach(document -> values.add(reader.apply(document)));
        return values;
    }

    static <T> T required(Document document, String field, Class<T> type) {
        T value = document.get(field, type);
        if (value == null) {
            throw new IllegalStateException("a stored document lacks '" + field + "'");
        }
        return value;
    }
}
