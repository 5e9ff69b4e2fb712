package uk.lscb.casereview.core.cases;

import java.util.Objects;
import uk.lscb.casereview.core.boards.Roles;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.store.StoreUnavailableException;

/**
 * A Chair the assistant could not reach has written to it or installed it: the decision cards that could
 * not be posted to them on that platform (delivery jobs still pending there) are due at once, rather than at their
 * next try, and that platform's worker is woken; a try already running when they arrive is followed by another.
 */
public final class ChairArrivals {
    private static final System.Logger LOG = System.getLogger(ChairArrivals.class.getName());

    private final Roles roles;
    private final FollowUpProcessor followUps;

    public ChairArrivals(Roles roles, FollowUpProcessor followUps) {
        this.roles = Objects.requireNonNull(roles, "roles");
        this.followUps = Objects.requireNonNull(followUps, "followUps");
    }

    /** This person can now be reached: if they are a Chair, their undelivered cards are posted. @return how many cases */
    public int reachable(UserRef who) {
        if (roles.chairs().values().stream().noneMatch(chairs -> chairs.contains(Roles.PlatformId.of(who)))) {
            return 0;
        }
        try {
            return followUps.notifications().chairReachable(who, roles);
        } catch (StoreUnavailableException down) {
            LOG.log(System.Logger.Level.WARNING, "the Chair's undelivered cards wait for the store to return");
            return 0;
        }
    }
}
