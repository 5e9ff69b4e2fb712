package uk.lscb.casereview.core.cases;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.rules.RulePackRef;

/**
 * One entry of a case's audit trail: who did what, when, why, under which rule pack version.
 *
 * @param values what a {@link CaseStep} recorded, by field id (dates as {@code yyyy-MM-dd}); empty for other entries
 */
public record AuditEvent(Instant at, UserRef who, String action, String detail, RulePackRef rulePack,
                         Map<String, String> values) {
    public AuditEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(rulePack, "rulePack");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** An entry that records no step's values. */
    public AuditEvent(Instant at, UserRef who, String action, String detail, RulePackRef rulePack) {
        this(at, who, action, detail, rulePack, Map.of());
    }
}
