package uk.lscb.casereview.bot.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.bot.FixedClock;
import uk.lscb.casereview.bot.access.People;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.deadlines.Audience;
import uk.lscb.casereview.core.delivery.InMemoryPostedCopies;
import uk.lscb.casereview.core.delivery.Notification;
import uk.lscb.casereview.core.delivery.PlatformDelivery;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.BoardId;

/** The local page's feeds as core posts to them through the local platform's delivery port. */
class LocalPlatformTest {
    private static final BoardId STAFFS = new BoardId("staffordshire");
    private static final BoardId STOKE = new BoardId("stoke-on-trent");

    private final People people = new People(Boards.staffordshireAndStoke(),
            Map.of(STAFFS, Map.of(Platform.LOCAL, Set.of("chair-staffordshire"), Platform.TEAMS, Set.of("entra-1")),
                    STOKE, Map.of(Platform.LOCAL, Set.of("chair-stoke-on-trent"))),
            Map.of(STAFFS, Map.of(Platform.LOCAL, Set.of("admin"))), Map.of());
    private final LocalPlatform platform = new LocalPlatform(people, FixedClock.CLOCK);
    /** The local page as core posts to it. */
    private final PlatformDelivery delivery = new PlatformDelivery(platform, people.roles(),
            new InMemoryPostedCopies(FixedClock.CLOCK));

    private static Notification note(BoardId board, Set<Audience> to, String title, String key) {
        return new Notification(board, EnumSet.copyOf(to), title, "text", List.of(), List.of(), key);
    }

    @Test
    void aPanelPostGoesToItsBoardsChannelOnlyNewestLastAndOnceForOneDedupeKey() {
        delivery.send(note(STAFFS, Set.of(Audience.PANEL_CHANNEL), "first", "a"));
        delivery.send(note(STAFFS, Set.of(Audience.PANEL_CHANNEL), "second", "b"));
        delivery.send(note(STAFFS, Set.of(Audience.PANEL_CHANNEL), "first again", "a"));
        assertThat(platform.panel(STAFFS)).extracting(post -> post.notification().title())
                .containsExactly("first", "second");
        assertThat(platform.panel(STOKE)).isEmpty();
        assertThat(platform.inbox("chair-staffordshire").messages()).isEmpty();
    }

    @Test
    void aReminderEscalatedToTheChairAlsoReachesTheBoardsLocalChairsInbox() {
        delivery.send(note(STAFFS, Set.of(Audience.PANEL_CHANNEL, Audience.CHAIR), "Overdue", "r1"));
        assertThat(platform.inbox("chair-staffordshire").messages()).extracting(post -> post.notification().title())
                .containsExactly("Overdue");
        assertThat(platform.inbox("chair-stoke-on-trent").messages()).isEmpty();
        assertThat(platform.inbox("admin").messages()).isEmpty();
    }

    @Test
    void directMessagesReachLocalIdentitiesOnlyNewestFirst() {
        assertThat(delivery.sendTo(new UserRef(Platform.LOCAL, "practitioner", "Practitioner"),
                note(STAFFS, Set.of(Audience.PANEL_CHANNEL), "Decision on your referral", "d1"))).isTrue();
        assertThat(delivery.sendTo(new UserRef(Platform.LOCAL, "practitioner", "Practitioner"),
                note(STAFFS, Set.of(Audience.PANEL_CHANNEL), "More information", "d2"))).isTrue();
        assertThat(platform.inbox("practitioner").messages()).extracting(post -> post.notification().title())
                .containsExactly("More information", "Decision on your referral");
        assertThat(delivery.sendTo(new UserRef(Platform.TEAMS, "practitioner", "Someone on Teams"),
                note(STAFFS, Set.of(Audience.PANEL_CHANNEL), "x", "d3"))).isFalse();
        assertThat(delivery.sendTo(new UserRef(Platform.LOCAL, "stranger", "Stranger"),
                note(STAFFS, Set.of(Audience.PANEL_CHANNEL), "x", "d4"))).isFalse();
    }
}
