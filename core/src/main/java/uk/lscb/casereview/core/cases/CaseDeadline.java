package uk.lscb.casereview.core.cases;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import uk.lscb.casereview.core.deadlines.DeadlineKind;

/**
 * One of a case's deadlines: when it is due, whether it is done (who, when), and, once overdue,
 * the reason for the delay. A target, not a hard limit: nothing is blocked when it passes.
 */
public record CaseDeadline(DeadlineKind kind, LocalDate due, Optional<DoneMark> done, Optional<String> delayReason) {
    public CaseDeadline {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(done, "done");
        Objects.requireNonNull(delayReason, "delayReason");
    }

    public static CaseDeadline open(DeadlineKind kind, LocalDate due) {
        return new CaseDeadline(kind, due, Optional.empty(), Optional.empty());
    }

    public boolean isDone() {
        return done.isPresent();
    }

    public CaseDeadline markedDone(DoneMark mark) {
        return new CaseDeadline(kind, due, Optional.of(mark), delayReason);
    }

    public CaseDeadline withDelayReason(String reason) {
        return new CaseDeadline(kind, due, done, Optional.of(reason));
    }

    /**
     * What a reminder's "Record the reason for the delay" becomes on every platform once a reason is recorded:
     * "Reason for the delay recorded: “…”." (without a second stop after a reason that ends in one).
     */
    public Optional<String> delayLine() {
        return delayReason.map(reason -> "Reason for the delay recorded: \u201C" + reason + "\u201D"
                + (reason.matches("(?s).*[.!?]") ? "" : "."));
    }
}
