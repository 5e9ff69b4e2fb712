package uk.lscb.casereview.core.cases;

import java.time.Instant;
import java.util.Objects;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.rules.RulePackRef;

/** One entry of a case's audit trail: who did what, when, why, under which rule pack version. */
public record AuditEvent(Instant at, UserRef who, String action, String detail, RulePackRef rulePack) {
    public AuditEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(rulePack, "rulePack");
    }
}
