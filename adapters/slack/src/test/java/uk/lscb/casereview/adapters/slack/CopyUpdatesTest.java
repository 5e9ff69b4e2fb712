package uk.lscb.casereview.adapters.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CopyUpdatesTest {
    private final CopyUpdates updates = new CopyUpdates();

    @Test
    void aCopyIsUpdatedOnceForEachVersionOfItsCaseAndAgainForALaterOne() {
        assertThat(updates.claim("DUCHAIR01", "1.1", 2)).isTrue();
        assertThat(updates.claim("DUCHAIR01", "1.1", 2)).isFalse();
        assertThat(updates.claim("DUCHAIR01", "1.1", 1)).as("an older version").isFalse();
        assertThat(updates.claim("DUCHAIR01", "1.2", 2)).as("another copy").isTrue();
        assertThat(updates.claim("DUCHAIR01", "1.1", 3)).isTrue();
    }

    @Test
    void anUpdateThatDidNotReachSlackIsTriedAgainByTheNextPress() {
        updates.claim("DUCHAIR01", "1.1", 2);

        updates.failed("DUCHAIR01", "1.1", 2);

        assertThat(updates.claim("DUCHAIR01", "1.1", 2)).isTrue();
    }

    @Test
    void aFailureOfAnOlderVersionLeavesTheLaterOneUpdated() {
        updates.claim("DUCHAIR01", "1.1", 3);

        updates.failed("DUCHAIR01", "1.1", 2);

        assertThat(updates.claim("DUCHAIR01", "1.1", 3)).isFalse();
    }

    @Test
    void onlyTheCopiesPressedLastAreKept() {
        for (int copy = 0; copy <= CopyUpdates.KEPT; copy++) {
            updates.claim("C1", "1." + copy, 2);
        }

        assertThat(updates.claim("C1", "1.0", 2)).as("the first, forgotten").isTrue();
        assertThat(updates.claim("C1", "1." + CopyUpdates.KEPT, 2)).as("the last, kept").isFalse();
    }
}
