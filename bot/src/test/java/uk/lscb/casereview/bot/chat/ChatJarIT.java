package uk.lscb.casereview.bot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The README's terminal command, run for real: {@code java -jar bot/target/bot-*.jar --chat} with a pipe. */
class ChatJarIT {

    @Test
    void theRepackagedJarRunsTheChatOverAPipe() throws Exception {
        String jar = System.getProperty("bot.jar");
        assertThat(jar).as("failsafe passes the jar's path").isNotBlank();
        assertThat(new File(jar)).exists();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-jar", jar, "--chat")).redirectErrorStream(true).start();
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(String.join("\n", "1", "SCR-JAR-1", "yesterday", "no", "yes", "no", "yes", "no", "")
                    .getBytes(StandardCharsets.UTF_8));
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the chat ends at end of input").isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("Question 1: Which board")
                .contains("Recommendation: Serious Case Review").contains("Why:").contains("Goodbye.");
    }
}
