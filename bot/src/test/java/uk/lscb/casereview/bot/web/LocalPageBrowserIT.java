package uk.lscb.casereview.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import uk.lscb.casereview.bot.BrowserTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The local page itself in headless Chromium: after a reload, and after switching to a Chair and back, the
 * current question has live buttons, earlier presses show their labels and nothing is shown twice
 * ({@code browser/local-page-walk.js}, screenshots in {@code target/browser}). Needs {@code /usr/bin/chromium},
 * {@code node} and the npm package {@code playwright-core} (found through {@code NODE_PATH}, e.g.
 * {@code NODE_PATH=/tmp/pw/node_modules}); without them it is skipped, saying so.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@EnabledIf(value = "browserPresent", disabledReason = "needs /usr/bin/chromium, node and playwright-core on "
        + "NODE_PATH (apt-get install chromium; npm i playwright-core; NODE_PATH=<dir>/node_modules)")
class LocalPageBrowserIT {
    @LocalServerPort
    int port;

    /** Whether Chromium, node and playwright-core are here to run the walk. */
    static boolean browserPresent() throws InterruptedException {
        return BrowserTools.present("playwright-core");
    }

    @Test
    void theCurrentQuestionKeepsItsLiveButtonsAndEarlierPressesTheirLabelsAfterAReloadOrAnIdentitySwitch()
            throws IOException, InterruptedException {
        Path shots = Files.createDirectories(Path.of("target", "browser"));
        Path walk = Path.of("src", "test", "resources", "browser", "local-page-walk.js").toAbsolutePath();
        Process process = new ProcessBuilder("node", walk.toString(), "http://127.0.0.1:" + port,
                shots.toAbsolutePath().toString()).redirectErrorStream(true).start();
        boolean finished = process.waitFor(3, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(finished).as("the browser walk finished in time").isTrue();
        assertThat(output).as("problems the walk found").doesNotContain("PROBLEM");
        assertThat(process.exitValue()).as(output).isZero();
    }
}
