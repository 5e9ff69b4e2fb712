package uk.lscb.casereview.core;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The source framework text (the seed), for tests that check quotations against it.
 *
 * <p>The seed lives beside the clones, in {@code <shared>/seed}, and each clone is a sibling of
 * {@code shared}: walk up to the repository root (the directory holding core/ and pom.xml), then
 * look in {@code ../shared/seed}. A fresh clone on its own has no seed: the tests that need it are then
 * skipped (aborted), with the path looked for as the reason, and the rest of the suite runs. CI has the seed.
 */
public final class Seed {

    public static final String FRAMEWORK = "learning-and-improvement-framework.txt";

    private static volatile String collapsed;

    private Seed() {}

    /** The framework file; skips the calling test, naming the path tried, when it is not there. */
    public static Path framework() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null
                && !(Files.isDirectory(dir.resolve("core")) && Files.isRegularFile(dir.resolve("pom.xml")))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            return fail(
                    "cannot find the repository root (a directory with core/ and pom.xml) above "
                            + Path.of("").toAbsolutePath());
        }
        Path seed = dir.resolve("..").resolve("shared").resolve("seed").resolve(FRAMEWORK).normalize();
        assumeTrue(
                Files.isRegularFile(seed),
                () -> "the framework text is not beside this clone (looked for " + seed
                        + "); the quotations are checked against it where it is there, as in CI");
        return seed;
    }

    /**
     * The framework text with every run of white space collapsed to one space, after a word broken
     * at its own hyphen across a line end ("multi-" then "agency") is joined again ("multi-agency"):
     * the break is the PDF's line wrapping, not the framework's words.
     */
    public static String frameworkCollapsed() {
        String text = collapsed;
        if (text == null) {
            try {
                text = collapseWhitespace(Files.readString(framework(), StandardCharsets.UTF_8)
                        .replaceAll("(\\p{L})-[ \\t]*\\r?\\n\\s*(\\p{L})", "$1-$2"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            collapsed = text;
        }
        return text;
    }

    /** Collapses every run of white space (line breaks included) to a single space. */
    public static String collapseWhitespace(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
