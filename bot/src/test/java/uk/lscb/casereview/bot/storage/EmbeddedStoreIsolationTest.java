package uk.lscb.casereview.bot.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store is reachable only inside the process: opening it adds no listening TCP socket to
 * this process (read from Linux's {@code /proc}), and the store still keeps what is written to it.
 */
class EmbeddedStoreIsolationTest {
    private static final String LISTEN = "0A";

    @Test
    void theEmbeddedStoreListensOnNoTcpPortYetStoresAndReadsBack(@TempDir Path dataDir) throws IOException {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "needs Linux's /proc to list the process's sockets");
        Set<String> before = listeningTcpSocketsOfThisProcess();

        try (MongoConnection connection = MongoConnection.embedded(dataDir)) {
            connection.client().getDatabase(connection.database()).getCollection("cases")
                    .insertOne(new Document("_id", "staffordshire/SCR-ISOLATED-1"));

            assertThat(listeningTcpSocketsOfThisProcess()).as("listening TCP sockets of this process")
                    .isSubsetOf(before);
            assertThat(connection.client().getDatabase(connection.database()).getCollection("cases")
                    .countDocuments(new Document("_id", "staffordshire/SCR-ISOLATED-1"))).isEqualTo(1);
        }
    }

    /** The socket inodes of this process's descriptors that {@code /proc/net/tcp{,6}} lists as listening. */
    private static Set<String> listeningTcpSocketsOfThisProcess() throws IOException {
        Set<String> ours = new HashSet<>();
        try (Stream<Path> descriptors = Files.list(Path.of("/proc/self/fd"))) {
            for (Path descriptor : descriptors.toList()) {
                try {
                    String target = Files.readSymbolicLink(descriptor).toString();
                    if (target.startsWith("socket:[")) {
                        ours.add(target.substring("socket:[".length(), target.length() - 1));
                    }
                } catch (IOException closedMeanwhile) {
                    // a descriptor closed while the directory was listed is not a listening socket
                }
            }
        }
        Set<String> listening = new HashSet<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path file = Path.of(table);
            if (!Files.exists(file)) {
                continue;
            }
            List<String> lines = Files.readAllLines(file);
            for (String line : lines.subList(1, lines.size())) {
                String[] columns = line.strip().split("\\s+");
                if (columns.length > 9 && columns[3].equals(LISTEN) && ours.contains(columns[9])) {
                    listening.add(columns[9] + " " + columns[1]);
                }
            }
        }
        return listening;
    }
}
