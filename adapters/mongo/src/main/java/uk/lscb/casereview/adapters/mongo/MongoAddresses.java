package uk.lscb.casereview.adapters.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Sorts.ascending;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bson.Document;
import uk.lscb.casereview.core.delivery.Addresses;
import uk.lscb.casereview.core.platforms.Platform;

/**
 * Proactive addresses: {@code {_id: "<platform length>:<platform>/<KIND>/<id>", platform, kind, id, schemaVersion,
 * value}}. The key is the {@code _id}, so saving is one upsert that replaces whatever was there, and there can
 * never be two for one key. Two first saves of one key at once can both try to insert; the one that loses
 * (E11000) is retried as the replace it now is, so a save never fails because someone else saved too.
 */
final class MongoAddresses implements Addresses {
    static final String PLATFORM = "platform";
    static final String KIND = "kind";
    static final String ID = "id";
    private static final int ATTEMPTS = 3;

    private final MongoCollection<Document> collection;

    MongoAddresses(MongoCollection<Document> collection) {
        this.collection = collection;
    }

    @Override
    public void save(Address address) {
        Objects.requireNonNull(address, "address");
        String key = key(address.platform(), address.kind(), address.id());
        Document document = new Document("_id", key)
                .append(PLATFORM, address.platform().id())
                .append(KIND, address.kind().name())
                .append(ID, address.id())
                .append(Documents.SCHEMA_FIELD, Documents.SCHEMA_VERSION)
                .append("value", Objects.requireNonNull(address.value(), "value"));
        Failures.run("saving an address", () -> {
            for (int attempt = 1; ; attempt++) {
                try {
                    collection.replaceOne(eq("_id", key), document, new ReplaceOptions().upsert(true));
                    return;
                } catch (MongoWriteException raced) {
                    if (!Failures.isDuplicateKey(raced) || attempt == ATTEMPTS) {
                        throw raced;
                    }
                }
            }
        });
    }

    @Override
    public Optional<Address> find(Platform platform, Kind kind, String id) {
        String key = key(platform, kind, id);
        Document found = Failures.during("reading an address", () -> collection.find(eq("_id", key)).first());
        return Optional.ofNullable(found).map(MongoAddresses::address);
    }

    @Override
    public List<Address> all(Platform platform, Kind kind) {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(kind, "kind");
        List<Document> found = Failures.during("listing addresses", () -> collection
                .find(and(eq(PLATFORM, platform.id()), eq(KIND, kind.name()))).sort(ascending(ID))
                .into(new ArrayList<>()));
        return Documents.mapped(found, MongoAddresses::address);
    }

    /** An address stored with its key as a sub-document {@code _id}, as it is stored now. */
    static Document rekeyed(Document old) {
        Document key = Documents.subdocument(old, "_id");
        String platform = Documents.required(key, PLATFORM, String.class);
        String kind = Documents.required(key, KIND, String.class);
        String id = Documents.required(key, ID, String.class);
        Document document = new Document("_id", Documents.stringId(platform, kind, id)).append(PLATFORM, platform)
                .append(KIND, kind).append(ID, id);
        old.forEach((field, value) -> {
            if (!field.equals("_id")) {
                document.append(field, value);
            }
        });
        return document;
    }

    private static String key(Platform platform, Kind kind, String id) {
        return Documents.stringId(Objects.requireNonNull(platform, "platform").id(),
                Objects.requireNonNull(kind, "kind").name(), Objects.requireNonNull(id, "id"));
    }

    private static Address address(Document document) {
        Documents.checkSchema(document, "address");
        return new Address(Documents.platform(document, PLATFORM),
                Kind.valueOf(Documents.required(document, KIND, String.class)),
                Documents.required(document, ID, String.class),
                Documents.required(document, "value", String.class));
    }
}
