package uk.lscb.casereview.core.cases;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import uk.lscb.casereview.core.boards.PartnerRole;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.rules.Outcome;

/** The named actions that move a case through its life, each carrying its data and who took it. */
public sealed interface CaseAction {

    UserRef who();

    /** The Chair decides: confirms the recommendation or chooses another outcome. */
    record Decide(UserRef who, Outcome outcome, Optional<String> reason, Optional<String> justification,
                  List<String> leadReviewers, boolean reviewersIndependent, boolean internalReviewConsent)
            implements CaseAction {
        public Decide {
            Objects.requireNonNull(outcome, "outcome");
            reason = trimmed(reason);
            justification = trimmed(justification);
            leadReviewers = leadReviewers.stream().map(String::trim).filter(name -> !name.isEmpty()).toList();
        }
    }

    /**
     * A safeguarding partner's lead representative agrees or disagrees with the recommendation for their partner
     * ({@code role}, found on the server from who they are), under a rule needing {@code needed} partners.
     */
    record PartnerConfirms(UserRef who, PartnerRole role, boolean agrees, Optional<String> reason, int needed)
            implements CaseAction {
        public PartnerConfirms {
            Objects.requireNonNull(role, "role");
            reason = trimmed(reason);
        }
    }

    /** The Chair asks the referrer for more information before deciding. */
    record RequestMoreInformation(UserRef who, String request) implements CaseAction {
    }

    /** The referrer (or an administrator) says the information asked for has been given. */
    record InformationProvided(UserRef who, String note) implements CaseAction {
    }

    /**
     * One step of the case after the Chair's decision (or its withdrawal), with the values of the step's fields by
     * field id, as typed or sent: {@link CaseLifecycle} reads and checks them.
     */
    record Step(UserRef who, CaseStep step, Map<String, String> values) implements CaseAction {
        public Step {
            Objects.requireNonNull(step, "step");
            Map<String, String> given = new LinkedHashMap<>();
            values.forEach((field, value) -> {
                if (field != null && value != null) {
                    given.put(field, value);
                }
            });
            values = java.util.Collections.unmodifiableMap(given);
        }
    }

    /** A deadline is marked done. */
    record MarkDone(UserRef who, DeadlineKind deadline) implements CaseAction {
    }

    /** The reason an overdue deadline is late (parallel criminal proceedings are the usual one). */
    record RecordDelay(UserRef who, DeadlineKind deadline, String reason) implements CaseAction {
    }

    private static Optional<String> trimmed(Optional<String> text) {
        return text.map(String::trim).filter(value -> !value.isEmpty());
    }
}
