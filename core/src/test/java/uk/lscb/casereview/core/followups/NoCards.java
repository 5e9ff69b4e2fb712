package uk.lscb.casereview.core.followups;

import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.DecisionCard;
import uk.lscb.casereview.core.delivery.DecisionRequests;
import uk.lscb.casereview.core.people.UserRef;

/**
 * Decision cards posted everywhere and changed nowhere, for tests of the other follow-ups: the card's copies are the
 * deliveries' business, tested with each platform.
 */
final class NoCards implements DecisionRequests {
    @Override
    public boolean post(CaseRecord record, DecisionCard card) {
        return true;
    }

    @Override
    public boolean postTo(UserRef chair, CaseRecord record, DecisionCard card) {
        return true;
    }

    @Override
    public void update(CaseRecord record, DecisionCard card) {
    }
}
