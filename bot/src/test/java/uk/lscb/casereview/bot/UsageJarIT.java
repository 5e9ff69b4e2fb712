package uk.lscb.casereview.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code java -jar bot.jar --help} prints how to run it and exits, starting nothing. */
class UsageJarIT {

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h"})
    void helpPrintsTheUsageAndExitsWithoutStartingTheServer(String flag) throws Exception {
        String jar = System.getProperty("bot.jar");
        assertThat(jar).as("failsafe passes the jar's path").isNotBlank();
        assertThat(new File(jar)).exists();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // The port and data directory keep a server that wrongly starts away from anything real.
        List<String> command = new ArrayList<>(List.of(java, "-jar", jar, flag, "--server.port=0",
                "--server.address=127.0.0.1", "--casereview.data-dir=target/it-data/usage"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("--help exits by itself").isTrue();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(process.exitValue()).as(output).isZero();
            assertThat(output).contains("Usage:").contains("java -jar").contains("--chat")
                    .contains("MICROSOFT_APP_ID").contains("SLACK_BOT_TOKEN").contains("MONGODB_URI")
                    .contains("README.md")
                    .doesNotContain("Started").doesNotContain("Tomcat");
        } finally {
            process.destroyForcibly();
        }
    }
}
