package uk.lscb.casereview.adapters.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.lscb.casereview.core.contracts.AddressesContract;
import uk.lscb.casereview.core.delivery.Addresses;
import uk.lscb.casereview.core.delivery.Addresses.Address;
import uk.lscb.casereview.core.delivery.Addresses.Kind;
import uk.lscb.casereview.core.platforms.Platform;

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
    void twoHundredDistinctSendersRememberedFromEightThreadsAtOnceAreEachKeptOnceWithoutAFailure() throws Exception {
        Addresses addresses = store.addresses();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> saves = new ArrayList<>();
            for (int round = 1; round <= 2; round++) {
                for (int sender = 1; sender <= 200; sender++) {
                    Address address = new Address(Platform.TEAMS, Kind.PERSON, "29:user-" + sender, "reference");
                    saves.add(pool.submit(() -> addresses.save(address)));
                    saves.add(pool.submit(() -> addresses.save(address)));
                }
            }
            for (Future<?> save : saves) {
                save.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(addresses.all(Platform.TEAMS, Kind.PERSON)).hasSize(200);
        assertThat(mongo.client().getDatabase(database).getCollection(MongoStore.ADDRESSES).countDocuments())
                .isEqualTo(200);
    }

    @Test
    void anAddressStoredWithASubDocumentIdIsMovedToItsStringKeyWhenTheStoreOpens() {
        var db = mongo.client().getDatabase(database);
        db.getCollection(MongoStore.ADDRESSES).insertOne(new Document("_id", new Document("platform", "teams")
                .append("kind", "PERSON").append("id", "29:old")).append("schemaVersion", 1).append("value", "v"));

        Addresses reopened = MongoStore.open(mongo.client(), database, InProcessMongo.packs()).addresses();

        assertThat(reopened.find(Platform.TEAMS, Kind.PERSON, "29:old")).contains(new Address(Platform.TEAMS, Kind.PERSON, "29:old", "v"));
        assertThat(reopened.all(Platform.TEAMS, Kind.PERSON)).hasSize(1);
        assertThat(db.getCollection(MongoStore.ADDRESSES).countDocuments()).isEqualTo(1);
    }

    @Test
    void anAddressIsOneDocumentKeyedByPlatformKindAndIdAndAllAreById() {
        Addresses addresses = store.addresses();
        addresses.save(new Address(Platform.TEAMS, Kind.CHANNEL, "19:b", "b"));
        addresses.save(new Address(Platform.TEAMS, Kind.CHANNEL, "19:a", "a"));
        addresses.save(new Address(Platform.TEAMS, Kind.CHANNEL, "19:a", "a again"));

        assertThat(addresses.all(Platform.TEAMS, Kind.CHANNEL)).containsExactly(
                new Address(Platform.TEAMS, Kind.CHANNEL, "19:a", "a again"), new Address(Platform.TEAMS, Kind.CHANNEL, "19:b", "b"));
        Document stored = mongo.client().getDatabase(database).getCollection(MongoStore.ADDRESSES)
                .find(new Document("id", "19:a")).first();
        assertThat(stored).isEqualTo(new Document("_id", "5:teams/7:CHANNEL/19:a").append("platform", "teams")
                .append("kind", "CHANNEL").append("id", "19:a").append("schemaVersion", 1).append("value", "a again"));
        assertThat(mongo.client().getDatabase(database).getCollection(MongoStore.ADDRESSES).countDocuments())
                .isEqualTo(2);
    }
}
