package uk.lscb.casereview.adapters.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Sorts.ascending;
import static uk.lscb.casereview.adapters.mongo.TranscriptDocuments.AT;
import static uk.lscb.casereview.adapters.mongo.TranscriptDocuments.AT_NANOS;
import static uk.lscb.casereview.adapters.mongo.TranscriptDocuments.CASE_ID;
import static uk.lscb.casereview.adapters.mongo.TranscriptDocuments.CONVERSATION_CHANNEL;
import static uk.lscb.casereview.adapters.mongo.TranscriptDocuments.CONVERSATION_ID;
import static uk.lscb.casereview.adapters.mongo.TranscriptDocuments.SEQUENCE;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.transcripts.TranscriptEntry;
import uk.lscb.casereview.core.transcripts.Transcripts;

/**
 * Transcript entries, one document each. Append-only: an entry is inserted, and a unique index on
 * (conversation, sequence) turns a retried append into a duplicate-key error that is ignored, so a stored
 * entry is never duplicated nor overwritten. The only later change is linking entries to a case.
 */
final class MongoTranscripts implements Transcripts {
    private final MongoCollection<Document> collection;

    MongoTranscripts(MongoCollection<Document> collection) {
        this.collection = collection;
    }

    @Override
    public void append(List<TranscriptEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        List<Document> documents = new ArrayList<>(entries.size());
        for (TranscriptEntry entry : entries) {
            Document document = Documents.stamped();
            document.putAll(TranscriptDocuments.entry(entry));
            documents.add(document);
        }
        Failures.run("appending to a transcript", () -> {
            try {
                // unordered: every entry not yet stored is inserted even when others are already there
                collection.insertMany(documents, new InsertManyOptions().ordered(false));
            } catch (MongoBulkWriteException partly) {
                if (!Failures.onlyDuplicateKeys(partly)) {
                    throw partly;
                }
            }
        });
    }

    @Override
    public List<TranscriptEntry> ofConversation(ConversationKey conversation) {
        return read("reading a conversation's transcript", ofKey(conversation), ascending(SEQUENCE));
    }

    @Override
    public List<TranscriptEntry> ofCase(String caseId) {
        return read("reading a case's transcript", eq(CASE_ID, caseId),
                ascending(AT, AT_NANOS, CONVERSATION_CHANNEL, CONVERSATION_ID, SEQUENCE));
    }

    @Override
    public void linkToCase(ConversationKey conversation, long from, long to, String caseId) {
        Failures.run("linking a transcript to a case", () -> collection.updateMany(
                and(ofKey(conversation), gte(SEQUENCE, from), lte(SEQUENCE, to)), Updates.set(CASE_ID, caseId)));
    }

    private List<TranscriptEntry> read(String operation, Bson filter, Bson sort) {
        List<Document> found = Failures.during(operation,
                () -> collection.find(filter).sort(sort).into(new ArrayList<>()));
        return Documents.mapped(found, document -> {
            Documents.checkSchema(document, "transcript entry");
            return TranscriptDocuments.entry(document);
        });
    }

    private static Bson ofKey(ConversationKey conversation) {
        return and(eq(CONVERSATION_CHANNEL, conversation.channel().id()), eq(CONVERSATION_ID, conversation.id()));
    }
}
