package uk.lscb.casereview.core.cases;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.rules.Outcome;

/**
 * The LSCB Independent Chair's decision on a case: final, made once.
 *
 * @param reason                why the Chair chose another outcome than the recommended one
 * @param justification         why no Serious Case Review is held on a case considered for one
 *                              (it goes to the national panel)
 * @param leadReviewers         the independent lead reviewer(s), when a Serious Case Review is held
 * @param reviewersIndependent  the Chair's confirmation that they are independent of the case and of
 *                              the organisations whose actions are reviewed
 * @param internalReviewConsent the Chair's explicit consent to an internal multi-agency learning review
 */
public record ChairDecision(Outcome outcome, UserRef chair, Instant at, Optional<String> reason,
                            Optional<String> justification, List<String> leadReviewers,
                            boolean reviewersIndependent, boolean internalReviewConsent) {
    public ChairDecision {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(chair, "chair");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(justification, "justification");
        leadReviewers = List.copyOf(leadReviewers);
    }
}
