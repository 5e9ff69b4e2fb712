package uk.lscb.casereview.core.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.contracts.PortFixtures;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.ConversationKey;

class FollowUpTest {
    private static final CaseDeadline OPEN = CaseDeadline.open(DeadlineKind.SCR_COMPLETION, LocalDate.parse("2027-06-01"));
    private final CaseRecord referred = PortFixtures.caseRecord("SCR-2026-801",
            new ConversationKey(Platform.LOCAL, "x"), PortFixtures.AT);

    private CaseRecord with(CaseDeadline deadline) {
        return referred.next(referred.status(), referred.decision(), List.of(deadline), new AuditEvent(
                PortFixtures.AT, PortFixtures.PRACTITIONER, "delay reason", "", referred.recommendation().rulePack()));
    }

    private List<FollowUp> reasoned(CaseDeadline before, CaseDeadline after) {
        CaseAction action = new CaseAction.RecordDelay(PortFixtures.PRACTITIONER, DeadlineKind.SCR_COMPLETION,
                after.delayReason().orElse(""));
        return FollowUp.after(action, with(before), with(after)).stream()
                .filter(owed -> owed.kind() == FollowUp.Kind.REMINDERS_REASONED).toList();
    }

    /** Every copy of the reminders changes when a reason is first recorded or changed, and only then. */
    @Test
    void aReasonForTheDelayRecordedOrChangedOwesTheRemindersThatReasonOnceAndNothingElseDoes() {
        CaseDeadline reason = OPEN.withDelayReason("Parallel criminal proceedings");
        DoneMark done = new DoneMark(PortFixtures.PRACTITIONER, PortFixtures.AT);

        assertThat(reasoned(OPEN, reason)).singleElement().satisfies(owed -> {
            assertThat(owed.text()).contains("SCR_COMPLETION");
            assertThat(owed.key()).endsWith("/SCR_COMPLETION");
        });
        assertThat(reasoned(reason, OPEN.withDelayReason("Awaiting the coroner"))).hasSize(1);
        assertThat(reasoned(reason, reason)).isEmpty();
        assertThat(reasoned(OPEN, OPEN)).isEmpty();
        assertThat(reasoned(OPEN, reason.markedDone(done))).isEmpty();
        assertThat(Optional.of(reason).flatMap(CaseDeadline::delayLine))
                .contains("Reason for the delay recorded: \u201CParallel criminal proceedings\u201D.");
    }
}
