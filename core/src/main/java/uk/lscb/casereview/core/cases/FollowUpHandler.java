package uk.lscb.casereview.core.cases;

import uk.lscb.casereview.core.boards.Roles;
import uk.lscb.casereview.core.people.UserRef;

/**
 * Carries out one follow-up a stored case change owes (in production the Chair's card, notices to the panel
 * channel and the case's reminder jobs: {@code followups.CaseNotifications}), for the {@link FollowUpProcessor}.
 * An interface here so that cases does not depend on what the follow-ups post through.
 */
@FunctionalInterface
public interface FollowUpHandler {
    /**
     * @return false when it could not be done yet and is to be tried again later
     */
    boolean carryOut(CaseRecord record, FollowUp followUp);

    /** What is owed elsewhere and whose wait is over (the platforms' deliveries) is carried out: the sweep. */
    default void deliverDue() {
    }

    /**
     * This person can be reached now: if they are a Chair, the cards still owed to them on their platform are tried
     * at once. @return how many cases
     */
    default int chairReachable(UserRef who, Roles roles) {
        return 0;
    }
}
