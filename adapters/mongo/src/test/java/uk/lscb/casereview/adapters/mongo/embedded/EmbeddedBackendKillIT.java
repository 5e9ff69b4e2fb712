package uk.lscb.casereview.adapters.mongo.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Filters;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real processes: one writing to the embedded store is killed with SIGKILL (kill -9) mid-stream; one holds the store
 * open while another tries to open it.
 */
class EmbeddedBackendKillIT {
    private static final int CONFIRMED_BEFORE_KILL = 300;

    private static Process writer(Path file) throws IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KillNineWriter.class.getName(), file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    @Test
    void aStoreAnotherProcessHasOpenIsRefusedSayingSo(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("casereview.mv");
        Process writer = writer(file);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).as("the writer's first confirmed write").isEqualTo("confirmed 1");
            assertThatThrownBy(() -> EmbeddedBackend.open(file)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("another process");
        } finally {
            writer.destroyForcibly();
            writer.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void everyWriteTheDriverWasToldOfIsThereAfterTheWriterIsKilledWithKillNine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("casereview.mv");
        Process writer = writer(file);
        List<Integer> confirmed = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null && confirmed.size() < CONFIRMED_BEFORE_KILL;
                 line = out.readLine()) {
                if (line.startsWith("confirmed ")) {
                    confirmed.add(Integer.parseInt(line.substring("confirmed ".length())));
                }
            }
            writer.destroyForcibly(); // SIGKILL: no shutdown hook, no close, no final commit
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            writer.destroyForcibly();
        }
        assertThat(confirmed).as("writes confirmed before the kill").hasSize(CONFIRMED_BEFORE_KILL);

        EmbeddedBackend reopened = EmbeddedBackend.open(file);
        try (MongoClient client = InProcessMongo.client(reopened, MongoClientSettings.builder())) {
            var cases = client.getDatabase("casereview").getCollection("cases");
            for (int n : confirmed) {
                assertThat(cases.countDocuments(Filters.eq("_id", "staffordshire/SCR-" + n))).as("case %d", n)
                        .isEqualTo(1);
            }
        } finally {
            reopened.close();
        }
    }
}
