package uk.lscb.casereview.core.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.CaseId;

/** What every {@link PostedCopies} store does: in memory and on MongoDB. */
public abstract class PostedCopiesContract {
    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final CaseId CASE = new CaseId("staffordshire/SCR-2026-001");
    private static final CaseId OTHER = new CaseId("staffordshire/SCR-2026-002");

    /** A clock that reads {@code now}'s value each time. */
    protected abstract PostedCopies store(Clock clock);

    private final AtomicReference<Instant> now = new AtomicReference<>(NOW);

    private PostedCopies store() {
        return store(new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        });
    }

    private static PostedCopies.Copy copy(CaseId caseId, String kind, Platform platform, String where, String ref) {
        return new PostedCopies.Copy(caseId, kind, platform, where, ref);
    }

    /** A copy the platform says is gone is forgotten, unless another was remembered at its destination since. */
    @Test
    void aGoneCopyIsForgottenButNotOneRememberedInItsPlaceSince() {
        PostedCopies copies = store();
        PostedCopies.Copy gone = copy(CASE, PostedCopies.CARD, Platform.SLACK, "C1", "C1 1.1");
        PostedCopies.Copy other = copy(CASE, PostedCopies.CARD, Platform.SLACK, "D2", "D2 1.2");
        copies.remember(gone);
        copies.remember(other);

        copies.forget(gone);
        copies.remember(copy(CASE, PostedCopies.CARD, Platform.SLACK, "D2", "D2 2.2"));
        copies.forget(other);

        assertThat(copies.copies(CASE, PostedCopies.CARD, Platform.SLACK)).extracting(PostedCopies.Copy::reference)
                .containsExactly("D2 2.2");
    }

    @Test
    void aCaseCopiesAreFoundByKindAndPlatformInTheOrderOfTheirDestinations() {
        PostedCopies copies = store();
        copies.remember(copy(CASE, PostedCopies.CARD, Platform.SLACK, "D2", "D2 1.2"));
        copies.remember(copy(CASE, PostedCopies.CARD, Platform.SLACK, "C1", "C1 1.1"));
        copies.remember(copy(CASE, PostedCopies.CARD, Platform.TEAMS, "panel", "{}"));
        copies.remember(copy(CASE, PostedCopies.reminder(DeadlineKind.NATIONAL_PANEL_NOTIFICATION), Platform.SLACK, "C1", "C1 9.9"));
        copies.remember(copy(OTHER, PostedCopies.CARD, Platform.SLACK, "C1", "C1 3.3"));

        assertThat(copies.copies(CASE, PostedCopies.CARD, Platform.SLACK)).extracting(PostedCopies.Copy::reference)
                .containsExactly("C1 1.1", "D2 1.2");
        assertThat(copies.copies(CASE, PostedCopies.reminder(DeadlineKind.NATIONAL_PANEL_NOTIFICATION), Platform.SLACK))
                .extracting(PostedCopies.Copy::reference).containsExactly("C1 9.9");
        assertThat(copies.copies(CASE, PostedCopies.CARD, Platform.LOCAL)).isEmpty();
    }

    @Test
    void rememberingACopyForTheSameDestinationAgainReplacesIt() {
        PostedCopies copies = store();
        copies.remember(copy(CASE, PostedCopies.CARD, Platform.TEAMS, "chair:29:a", "first"));
        copies.remember(copy(CASE, PostedCopies.CARD, Platform.TEAMS, "chair:29:a", "second"));

        assertThat(copies.copies(CASE, PostedCopies.CARD, Platform.TEAMS)).extracting(PostedCopies.Copy::reference)
                .containsExactly("second");
    }

    @Test
    void aNotificationIsMarkedPostedPerPlatformAndDestination() {
        PostedCopies copies = store();
        copies.markPosted(Platform.SLACK, "staffordshire/SCR-2026-001/decided/3", "C1");

        assertThat(copies.wasPosted(Platform.SLACK, "staffordshire/SCR-2026-001/decided/3", "C1")).isTrue();
        assertThat(copies.wasPosted(Platform.SLACK, "staffordshire/SCR-2026-001/decided/3", "D2")).isFalse();
        assertThat(copies.wasPosted(Platform.TEAMS, "staffordshire/SCR-2026-001/decided/3", "C1")).isFalse();
        assertThat(copies.wasPosted(Platform.SLACK, "staffordshire/SCR-2026-001/decided/4", "C1")).isFalse();
    }

    @Test
    void theCleanUpForgetsOnlyWhatWasRememberedBeforeTheCutoff() {
        PostedCopies copies = store();
        copies.remember(copy(CASE, PostedCopies.CARD, Platform.SLACK, "C1", "old"));
        copies.markPosted(Platform.SLACK, "old-note", "C1");
        now.set(NOW.plus(Duration.ofDays(400)));
        copies.remember(copy(CASE, PostedCopies.CARD, Platform.SLACK, "D2", "new"));
        copies.markPosted(Platform.SLACK, "new-note", "C1");

        assertThat(copies.forgetBefore(NOW.plus(Duration.ofDays(1)))).isEqualTo(2);

        assertThat(copies.copies(CASE, PostedCopies.CARD, Platform.SLACK)).extracting(PostedCopies.Copy::reference)
                .containsExactly("new");
        assertThat(copies.wasPosted(Platform.SLACK, "old-note", "C1")).isFalse();
        assertThat(copies.wasPosted(Platform.SLACK, "new-note", "C1")).isTrue();
    }
}
