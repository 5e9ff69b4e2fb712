package uk.lscb.casereview.core.delivery;

import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.DecisionCard;
import uk.lscb.casereview.core.people.UserRef;

/**
 * Puts a case's decision card in front of its board's Chair on one platform, and keeps every posted
 * copy up to date. Each platform adapter implements it; the application posts through all of them.
 */
public interface DecisionRequests {

    /**
     * Posts the card to the board's Chair(s) on this platform: in the Chair's 1:1 chat with the bot
     * where an address for it is stored, otherwise in the board's panel channel with the Chair
     * mentioned (the card holds no child's details). Remembers where it posted, for {@link #update}.
     *
     * @return true if the card was posted somewhere on this platform
     */
    boolean post(CaseRecord record, DecisionCard card);

    /**
     * Posts the card again to this one Chair, in their own chat with the bot on this platform (they asked for
     * it: {@code decide <reference>}), and remembers the copy for {@link #update}.
     *
     * @return false, posting nothing, when the person is not on this platform or it cannot reach them
     */
    boolean postTo(UserRef chair, CaseRecord record, DecisionCard card);

    /** Replaces every copy of the case's card posted on this platform with this one (e.g. once decided). */
    void update(CaseRecord record, DecisionCard card);
}
