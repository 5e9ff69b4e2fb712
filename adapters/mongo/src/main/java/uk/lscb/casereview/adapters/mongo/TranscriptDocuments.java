package uk.lscb.casereview.adapters.mongo;

import static uk.lscb.casereview.adapters.mongo.Documents.instant;
import static uk.lscb.casereview.adapters.mongo.Documents.number;
import static uk.lscb.casereview.adapters.mongo.Documents.optionalString;
import static uk.lscb.casereview.adapters.mongo.Documents.putInstant;
import static uk.lscb.casereview.adapters.mongo.Documents.putOptional;
import static uk.lscb.casereview.adapters.mongo.Documents.required;
import static uk.lscb.casereview.adapters.mongo.Documents.subdocument;

import org.bson.Document;
import uk.lscb.casereview.core.transcripts.TranscriptEntry;

/**
 * A transcript entry: {@code {conversation: {channel, id}, sequence, at, direction, who, kind, text,
 * payload?, caseId?}}. The same shape is used for the entries of a conversation's outbox.
 */
final class TranscriptDocuments {
    static final String CONVERSATION_CHANNEL = "conversation.channel";
    static final String CONVERSATION_ID = "conversation.id";
    static final String SEQUENCE = "sequence";
    static final String AT = "at";
    static final String AT_NANOS = "atNanos";
    static final String CASE_ID = "caseId";

    private TranscriptDocuments() {
    }

    /** The entry's fields, without a schema version (stamped by the caller where it is a top-level document). */
    static Document entry(TranscriptEntry entry) {
        Document document = new Document("conversation", Documents.key(entry.conversation()))
                .append(SEQUENCE, entry.sequence());
        putInstant(document, AT, entry.at());
        document.append("direction", entry.direction().name())
                .append("who", Documents.user(entry.who()))
                .append("kind", entry.kind())
                .append("text", entry.text());
        putOptional(document, "payload", entry.payload());
        putOptional(document, CASE_ID, entry.caseId());
        return document;
    }

    static TranscriptEntry entry(Document document) {
        return new TranscriptEntry(Documents.key(subdocument(document, "conversation")),
                number(document, SEQUENCE), instant(document, AT),
                TranscriptEntry.Direction.valueOf(required(document, "direction", String.class)),
                Documents.user(subdocument(document, "who")),
                required(document, "kind", String.class), required(document, "text", String.class),
                optionalString(document, "payload"), optionalString(document, CASE_ID));
    }
}
