package uk.lscb.casereview.adapters.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import uk.lscb.casereview.core.conversation.Conversations;
import uk.lscb.casereview.core.conversation.StoredConversation;
import uk.lscb.casereview.core.refs.ConversationKey;

/**
 * Conversations, one document each keyed by a string made of the channel and the conversation id. A write is a single-document insert
 * (first version) or a replace conditional on the stored version, so concurrent writers on one version
 * cannot both succeed.
 */
final class MongoConversations implements Conversations {
    private final MongoCollection<Document> collection;
    private final ConversationDocuments documents;

    MongoConversations(MongoCollection<Document> collection, ConversationDocuments documents) {
        this.collection = collection;
        this.documents = documents;
    }

    @Override
    public Optional<StoredConversation> find(ConversationKey key) {
        Document found = Failures.during("reading a conversation",
                () -> collection.find(eq("_id", Documents.id(key))).first());
        return Optional.ofNullable(found).map(documents::conversation);
    }

    @Override
    public List<StoredConversation> withOutbox() {
        List<Document> found = Failures.during("listing conversations that owe writes",
                () -> collection.find(eq(ConversationDocuments.OWING, true)).into(new ArrayList<>()));
        return Documents.mapped(found, documents::conversation);
    }

    @Override
    public boolean write(StoredConversation next, long expectedVersion) {
        Document document = ConversationDocuments.conversation(next);
        if (expectedVersion == 0) {
            // false: another writer stored it first
            return Failures.insertedUnlessStored(collection, document, "storing a new conversation");
        }
        return Failures.during("updating a conversation", () -> collection.replaceOne(
                and(eq("_id", Documents.id(next.key())), eq(ConversationDocuments.VERSION, expectedVersion)),
                document).getMatchedCount() == 1);
    }
}
