package uk.lscb.casereview.adapters.archfixtureone;

import org.springframework.util.StringUtils;
import uk.lscb.casereview.adapters.archfixturetwo.AnotherAdapter;

/**
 * Test-only: an "adapter" that uses another adapter and Spring, both of which {@code ModuleBoundariesTest}
 * forbids, so that the test can show its rules report them.
 */
public final class ReachesAnotherAdapter {
    public String name(AnotherAdapter other) {
        return StringUtils.capitalize(other.name());
    }
}
