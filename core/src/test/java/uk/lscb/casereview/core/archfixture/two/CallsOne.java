package uk.lscb.casereview.core.archfixture.two;

import uk.lscb.casereview.core.archfixture.one.CallsTwo;

/** The other half of a planted package cycle: {@code two} uses {@code one}. */
public final class CallsOne {
    public CallsTwo other() {
        return new CallsTwo();
    }
}
