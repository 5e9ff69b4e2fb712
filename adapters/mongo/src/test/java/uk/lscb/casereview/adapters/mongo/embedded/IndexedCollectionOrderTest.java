package uk.lscb.casereview.adapters.mongo.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.driver.Eventually;

/** Requests waiting for a collection are served in the order they came, not whichever thread the scheduler picks. */
class IndexedCollectionOrderTest {
    private static final int WAITING = 6;

    @Test
    void writersWaitingForACollectionAreServedInTheOrderTheyCame() throws Exception {
        CountDownLatch firstInside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Object> served = Collections.synchronizedList(new ArrayList<>());
        MVStore store = new MVStore.Builder().open();
        CursorRegistry cursors = new CursorRegistry();
        IndexedCollection collection = new IndexedCollection(new H2Database("db", store, cursors), "referrals",
                CollectionOptions.withDefaults(), store.openMap("data"), store.openMap("meta"), cursors,
                new LongAdder(), record -> {
                    Object id = ((Document) BsonBytes.decode(record).get("doc")).get("_id");
                    served.add(id);
                    if (id.equals(0)) { // the first writer holds the collection until released
                        firstInside.countDown();
                        awaitQuietly(release);
                    }
                });
        List<Thread> writers = new ArrayList<>();
        writers.add(writer(collection, 0));
        assertThat(firstInside.await(15, TimeUnit.SECONDS)).isTrue();
        for (int id = 1; id <= WAITING; id++) {
            Thread waiting = writer(collection, id);
            writers.add(waiting);
            Eventually.await("writer " + id + " waiting for the collection", () -> isWaiting(waiting));
        }

        release.countDown();
        for (Thread writer : writers) {
            writer.join(TimeUnit.SECONDS.toMillis(15));
        }

        assertThat(served).containsExactly(0, 1, 2, 3, 4, 5, 6);
        store.close();
    }

    private static Thread writer(IndexedCollection collection, int id) {
        Thread thread = new Thread(() -> collection.insertDocuments(List.of(new Document("_id", id)), true),
                "writer-" + id);
        thread.start();
        return thread;
    }

    private static boolean isWaiting(Thread thread) {
        Thread.State state = thread.getState();
        return state == Thread.State.WAITING || state == Thread.State.BLOCKED;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(15, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
