package uk.lscb.casereview.core.cases;

import java.util.Objects;
import uk.lscb.casereview.core.boards.Roles;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.store.StoreUnavailableException;

/**
 * A Chair the assistant could not reach has written to it or installed it: the decision cards that could
 * not be posted to them (still owed as {@link FollowUp.Kind#POST_DECISION_CARD}) are posted now, rather than
 * at their next try.
 */
public final class ChairArrivals {
    private static final System.Logger LOG = System.getLogger(ChairArrivals.class.getName());

    private final Cases cases;
    private final Roles roles;
    private final FollowUpProcessor followUps;

    public ChairArrivals(Cases cases, Roles roles, FollowUpProcessor followUps) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.roles = Objects.requireNonNull(roles, "roles");
        this.followUps = Objects.requireNonNull(followUps, "followUps");
    }

    /** This person can now be reached: if they are a Chair, their undelivered cards are posted. @return how many cases */
    public int reachable(UserRef who) {
        if (roles.chairs().values().stream().noneMatch(chairs -> chairs.contains(Roles.PlatformId.of(who)))) {
            return 0;
        }
        try {
            int tried = 0;
            for (CaseRecord owing : cases.withFollowUps()) {
                if (roles.isChair(owing.board(), who) && owing.followUps().pending().stream()
                        .anyMatch(followUp -> followUp.kind() == FollowUp.Kind.POST_DECISION_CARD)) {
                    followUps.tryNow(owing.id());
                    tried++;
                }
            }
            return tried;
        } catch (StoreUnavailableException down) {
            LOG.log(System.Logger.Level.WARNING, "the Chair's undelivered cards wait for the store to return");
            return 0;
        }
    }
}
