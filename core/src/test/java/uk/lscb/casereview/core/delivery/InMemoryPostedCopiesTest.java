package uk.lscb.casereview.core.delivery;

import java.time.Clock;

class InMemoryPostedCopiesTest extends PostedCopiesContract {
    @Override
    protected PostedCopies store(Clock clock) {
        return new InMemoryPostedCopies(clock);
    }
}
