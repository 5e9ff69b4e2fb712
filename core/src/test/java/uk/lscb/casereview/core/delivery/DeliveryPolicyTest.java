package uk.lscb.casereview.core.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.lscb.casereview.core.boards.Roles;
import uk.lscb.casereview.core.boards.Roles.PlatformId;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.BoardId;

/** Where a card or notice goes on one platform, for every kind of recipient: one table. */
class DeliveryPolicyTest {
    private static final BoardId STAFFS = new BoardId("staffordshire");
    private static final BoardId STOKE = new BoardId("stoke");
    private static final UserRef REFERRER = new UserRef(Platform.TEAMS, "referrer", "Pat Practitioner");
    private static final UserRef SLACK_REFERRER = new UserRef(Platform.SLACK, "U9", "Sam");

    /** Staffordshire has two Chairs on Teams (c1, c2) and one on Slack; Stoke has none on Teams. */
    private static final Roles ROLES = new Roles(Map.of(
            STAFFS, Set.of(new PlatformId(Platform.TEAMS, "c2"), new PlatformId(Platform.TEAMS, "c1"), new PlatformId(Platform.SLACK, "S1")),
            STOKE, Set.of(new PlatformId(Platform.SLACK, "S2"))), Map.of(), Map.of());

    static Stream<Arguments> table() {
        Recipient chairOfStaffs = new Recipient.ChairOf(STAFFS);
        Recipient panelOfStaffs = new Recipient.PanelOf(STAFFS);
        return Stream.of(
                row("the Chairs it can reach get it in their chats, and the panel nothing",
                        List.of(chairOfStaffs), Set.of("c1", "c2"), List.of("chat:c1", "chat:c2")),
                row("a Chair it cannot reach is mentioned in the panel channel instead",
                        List.of(chairOfStaffs), Set.of("c1"), List.of("chat:c1", "panel:staffordshire[c2]")),
                row("no Chair reachable: the panel channel, mentioning them all",
                        List.of(chairOfStaffs), Set.of(), List.of("panel:staffordshire[c1, c2]")),
                row("no Chair of the board on this platform: the panel channel, mentioning no one",
                        List.of(new Recipient.ChairOf(STOKE)), Set.of("c1", "c2"), List.of("panel:stoke[]")),
                row("for the panel: the panel channel",
                        List.of(panelOfStaffs), Set.of("c1", "c2"), List.of("panel:staffordshire[]")),
                row("for the panel and the Chairs: one panel post, mentioning the Chair it cannot reach",
                        List.of(panelOfStaffs, chairOfStaffs), Set.of("c2"),
                        List.of("chat:c2", "panel:staffordshire[c1]")),
                row("for the panel and the Chairs, all reachable: the chats and the panel channel",
                        List.of(panelOfStaffs, chairOfStaffs), Set.of("c1", "c2"),
                        List.of("chat:c1", "chat:c2", "panel:staffordshire[]")),
                row("a person it can reach: their chat",
                        List.of(new Recipient.Person(REFERRER)), Set.of("referrer"), List.of("chat:referrer")),
                row("a person it cannot reach: nowhere, not the panel",
                        List.of(new Recipient.Person(REFERRER)), Set.of(), List.of()),
                row("a person on another platform: nowhere on this one",
                        List.of(new Recipient.Person(SLACK_REFERRER)), Set.of("U9"), List.of()),
                row("the same person twice: one chat",
                        List.of(chairOfStaffs, new Recipient.Person(new UserRef(Platform.TEAMS, "c1", "Chair"))),
                        Set.of("c1", "c2"), List.of("chat:c1", "chat:c2")));
    }

    private static Arguments row(String rule, List<Recipient> to, Set<String> reachable, List<String> expected) {
        return Arguments.of(rule, to, reachable, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void destinationsFollowTheOneRule(String rule, List<Recipient> to, Set<String> reachable, List<String> expected) {
        List<Destination> destinations = DeliveryPolicy.destinations(to, ROLES, Platform.TEAMS,
                person -> person.platform() == Platform.TEAMS && reachable.contains(person.id()));

        assertThat(destinations).extracting(DeliveryPolicyTest::shown).as(rule).containsExactlyElementsOf(expected);
    }

    private static String shown(Destination destination) {
        if (destination instanceof Destination.Panel panel) {
            return destination.key() + panel.mentioned().stream().map(UserRef::id)
                    .collect(Collectors.joining(", ", "[", "]"));
        }
        return destination.key();
    }
}
