package uk.lscb.casereview.core.cases;

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
}
