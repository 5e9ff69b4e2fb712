package uk.lscb.casereview.adapters.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.lscb.casereview.core.port.Addresses;
import uk.lscb.casereview.core.port.Addresses.Address;
import uk.lscb.casereview.core.port.Addresses.Kind;
import uk.lscb.casereview.core.port.AddressesContract;

/**
 * The {@link Addresses} contract against an in-process MongoDB-compatible server, through the real driver, and
 * the stored shape.
 */
class MongoAddressesIT extends AddressesContract {
    @RegisterExtension
    static final InProcessMongo.PerClass mongo = new InProcessMongo.PerClass();

    private String database;
    private MongoStore store;

    @BeforeEach
    void freshDatabase() {
        database = InProcessMongo.freshDatabaseName();
        store = MongoStore.open(mongo.client(), database, InProcessMongo.packs());
    }

    @Override
    protected Addresses store() {
        return store.addresses();
    }

    @Test
    void anAddressIsOneDocumentKeyedByPlatformKindAndIdAndAllAreById() {
        Addresses addresses = store.addresses();
        addresses.save(new Address("teams", Kind.CHANNEL, "19:b", "b"));
        addresses.save(new Address("teams", Kind.CHANNEL, "19:a", "a"));
        addresses.save(new Address("teams", Kind.CHANNEL, "19:a", "a again"));

        assertThat(addresses.all("teams", Kind.CHANNEL)).containsExactly(
                new Address("teams", Kind.CHANNEL, "19:a", "a again"), new Address("teams", Kind.CHANNEL, "19:b", "b"));
        Document stored = mongo.client().getDatabase(database).getCollection(MongoStore.ADDRESSES)
                .find(new Document("_id.id", "19:a")).first();
        assertThat(stored).isEqualTo(new Document("_id", new Document("platform", "teams").append("kind", "CHANNEL")
                .append("id", "19:a")).append("schemaVersion", 1).append("value", "a again"));
        assertThat(mongo.client().getDatabase(database).getCollection(MongoStore.ADDRESSES).countDocuments())
                .isEqualTo(2);
    }
}
