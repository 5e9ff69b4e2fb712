package uk.lscb.casereview.adapters.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Sorts.ascending;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bson.Document;
import uk.lscb.casereview.core.port.Addresses;

/**
 * Proactive addresses: {@code {_id: {platform, kind, id}, schemaVersion, value}}. The key is the {@code _id}, so
 * saving is one upsert that replaces whatever was there, and there can never be two for one key.
 */
final class MongoAddresses implements Addresses {
    static final String PLATFORM = "_id.platform";
    static final String KIND = "_id.kind";
    static final String ID = "_id.id";

    private final MongoCollection<Document> collection;

    MongoAddresses(MongoCollection<Document> collection) {
        this.collection = collection;
    }

    @Override
    public void save(Address address) {
        Objects.requireNonNull(address, "address");
        Document key = key(address.platform(), address.kind(), address.id());
        Document document = new Document("_id", key)
                .append(Documents.SCHEMA_FIELD, Documents.SCHEMA_VERSION)
                .append("value", Objects.requireNonNull(address.value(), "value"));
        Failures.run("saving an address",
                () -> collection.replaceOne(eq("_id", key), document, new ReplaceOptions().upsert(true)));
    }

    @Override
    public Optional<Address> find(String platform, Kind kind, String id) {
        Document key = key(platform, kind, id);
        Document found = Failures.during("reading an address", () -> collection.find(eq("_id", key)).first());
        return Optional.ofNullable(found).map(MongoAddresses::address);
    }

    @Override
    public List<Address> all(String platform, Kind kind) {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(kind, "kind");
        List<Document> found = Failures.during("listing addresses", () -> collection
                .find(and(eq(PLATFORM, platform), eq(KIND, kind.name()))).sort(ascending(ID))
                .into(new ArrayList<>()));
        return Documents.mapped(found, MongoAddresses::address);
    }

    /** The key sub-document, always in this field order (an {@code _id} document matches field by field, in order). */
    private static Document key(String platform, Kind kind, String id) {
        return new Document("platform", Objects.requireNonNull(platform, "platform"))
                .append("kind", Objects.requireNonNull(kind, "kind").name())
                .append("id", Objects.requireNonNull(id, "id"));
    }

    private static Address address(Document document) {
        Documents.checkSchema(document, "address");
        Document key = Documents.subdocument(document, "_id");
        return new Address(Documents.required(key, "platform", String.class),
                Kind.valueOf(Documents.required(key, "kind", String.class)),
                Documents.required(key, "id", String.class),
                Documents.required(document, "value", String.class));
    }
}
