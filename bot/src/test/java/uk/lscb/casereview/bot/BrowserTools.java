package uk.lscb.casereview.bot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Whether a browser test can run here: Chromium, node, and the npm packages it needs on {@code NODE_PATH}. */
public final class BrowserTools {
    private BrowserTools() {
    }

    public static boolean present(String... npmPackages) throws InterruptedException {
        String script = Stream.of(npmPackages).map(name -> "require.resolve('" + name + "');")
                .collect(Collectors.joining(" "));
        return Files.isExecutable(Path.of("/usr/bin/chromium")) && exitsCleanly(List.of("node", "-e", script));
    }

    private static boolean exitsCleanly(List<String> command) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException notThere) {
            return false;
        }
    }
}
