package uk.lscb.casereview.core.archfixture.one;

import uk.lscb.casereview.core.archfixture.two.CallsOne;

/** Half of a planted package cycle: {@code one} uses {@code two}. */
public final class CallsTwo {
    public CallsOne other() {
        return new CallsOne();
    }
}
