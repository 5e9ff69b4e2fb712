package uk.lscb.casereview.bot.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.lscb.casereview.bot.FixedClock;
import uk.lscb.casereview.bot.access.People;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.delivery.DeliveryPort;
import uk.lscb.casereview.core.delivery.DeliveryPortContract;
import uk.lscb.casereview.core.delivery.Destination;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.BoardId;

/** The local page's delivery port: its inboxes and panel channels in memory. */
class LocalDeliveryPortTest extends DeliveryPortContract {
    private static final BoardId STAFFS = new BoardId("staffordshire");

    private final LocalPlatform platform = new LocalPlatform(new People(Boards.staffordshireAndStoke(),
            Map.of(STAFFS, Map.of(Platform.LOCAL, Set.of("chair-staffordshire"))), Map.of(), Map.of()), FixedClock.CLOCK);

    @Override
    protected DeliveryPort port() {
        return platform;
    }

    @Override
    protected UserRef reachable() {
        return new UserRef(Platform.LOCAL, "chair-staffordshire", "Chair of Staffordshire");
    }

    @Override
    protected UserRef unreachable() {
        return new UserRef(Platform.LOCAL, "stranger", "Not a local identity");
    }

    @Override
    protected BoardId board() {
        return STAFFS;
    }

    /** An inbox's cards and messages, or a panel channel's posts. */
    @Override
    protected List<String> shownAt(Destination destination) {
        List<String> shown = new ArrayList<>();
        if (destination instanceof Destination.Chat chat) {
            LocalPlatform.Inbox inbox = platform.inbox(chat.person().id());
            inbox.cards().forEach(card -> shown.add(card.card().title() + " " + card.card().decided().orElse("")));
            inbox.messages().forEach(post -> shown.add(post.notification().title()));
        } else {
            platform.panel(((Destination.Panel) destination).board())
                    .forEach(post -> shown.add(post.notification().title()));
        }
        return shown;
    }

    /** Its feeds are this process's memory: nothing can refuse a post. */
    @Override
    protected boolean refuseNextPost() {
        return false;
    }

    /** The local page's messages are never deleted. */
    @Override
    protected boolean deleteBeforeNextChange() {
        return false;
    }
}
