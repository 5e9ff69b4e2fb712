package uk.lscb.casereview.adapters.mongo.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lscb.casereview.core.driver.Eventually;

/** H2 can hang closing its file while a write is under way, so closing waits for writes, and refuses later ones. */
class ClosingTheStoreTest {

    private static MongoCollection<Document> cases(MongoClient client) {
        return client.getDatabase("casereview").getCollection("cases");
    }

    /** Runs {@code task} on a thread of its own; the future ends as the task does. */
    private record Started(Thread thread, CompletableFuture<Void> done) {
        static Started start(String name, Runnable task) {
            CompletableFuture<Void> done = new CompletableFuture<>();
            Thread thread = new Thread(() -> {
                try {
                    task.run();
                    done.complete(null);
                } catch (RuntimeException failed) {
                    done.completeExceptionally(failed);
                }
            }, name);
            thread.start();
            return new Started(thread, done);
        }
    }

    @Test
    void closingWaitsForAWriteUnderWayWhichIsKept(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("casereview.mv");
        EmbeddedBackend backend = EmbeddedBackend.open(file);
        Object collection = backend.resolveDatabase("casereview").createCollectionOrThrowIfExists("cases");
        try (MongoClient client = InProcessMongo.client(backend, MongoClientSettings.builder())) {
            cases(client).countDocuments(); // connected before the collection is held
            Started write;
            Started close;
            synchronized (collection) { // a write reaching the collection waits here, inside the store
                write = Started.start("writer", () -> cases(client).insertOne(new Document("_id", "SCR-1")));
                Eventually.await("the write waiting for the collection",
                        () -> write.thread().getState() == Thread.State.BLOCKED);
                close = Started.start("closer", backend::close);
                Eventually.await("close waiting, or closed",
                        () -> close.thread().getState() == Thread.State.WAITING || close.done().isDone());
                assertThat(close.done()).as("closed while a write was under way").isNotDone();
            }
            write.done().get(30, TimeUnit.SECONDS);
            close.done().get(30, TimeUnit.SECONDS);
        }

        EmbeddedBackend reopened = EmbeddedBackend.open(file);
        try (MongoClient client = InProcessMongo.client(reopened, MongoClientSettings.builder())) {
            assertThat(cases(client).countDocuments()).isEqualTo(1);
        } finally {
            reopened.close();
        }
    }

    @Test
    void aWriteAfterCloseIsRefusedSayingTheStoreIsClosed(@TempDir Path dir) {
        EmbeddedBackend backend = EmbeddedBackend.open(dir.resolve("casereview.mv"));
        try (MongoClient client = InProcessMongo.client(backend, MongoClientSettings.builder())) {
            cases(client).insertOne(new Document("_id", "SCR-1"));
            backend.close();

            assertThatThrownBy(() -> assertTimeoutPreemptively(Duration.ofSeconds(30),
                    () -> cases(client).insertOne(new Document("_id", "SCR-2"))))
                    .isInstanceOf(MongoException.class).hasMessageContaining("the embedded store is closed");
        }
    }
}
