package uk.lscb.casereview.core.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.boards.Roles;
import uk.lscb.casereview.core.boards.Roles.PlatformId;
import uk.lscb.casereview.core.cases.CasePages;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.DecisionCard;
import uk.lscb.casereview.core.contracts.PortFixtures;
import uk.lscb.casereview.core.deadlines.Audience;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.messages.PageLink;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.rules.RulePacks;

/** One platform's posting as core decides it: once per destination, remembered, replaced, refusals thrown. */
class PlatformDeliveryTest {
    private static final BoardId BOARD = PortFixtures.STAFFORDSHIRE;
    private static final UserRef CHAIR_1 = new UserRef(Platform.TEAMS, "c1", "Chair One");
    private static final UserRef CHAIR_2 = new UserRef(Platform.TEAMS, "c2", "Chair Two");
    private static final Roles ROLES = new Roles(Map.of(BOARD, Set.of(PlatformId.of(CHAIR_1),
            PlatformId.of(CHAIR_2))), Map.of(), Map.of());

    /** A platform in memory: who it reaches, which boards have a panel channel, which destinations refuse. */
    private static final class FakePort implements DeliveryPort {
        final Set<String> reachable = new HashSet<>();
        final Set<BoardId> panels = new HashSet<>();
        final Set<String> refusing = new HashSet<>();
        final List<String> posted = new ArrayList<>();
        final List<Content> contents = new ArrayList<>();
        final Map<String, Content> replaced = new LinkedHashMap<>();
        final Set<String> gone = new HashSet<>();

        @Override
        public Platform platform() {
            return Platform.TEAMS;
        }

        @Override
        public boolean canReach(UserRef person) {
            return person.platform() == Platform.TEAMS && reachable.contains(person.id());
        }

        @Override
        public Optional<String> post(Destination to, Content content) {
            if (refusing.contains(to.key())) {
                throw new IllegalStateException("refused");
            }
            boolean there = to instanceof Destination.Chat chat ? canReach(chat.person())
                    : panels.contains(((Destination.Panel) to).board());
            if (!there) {
                return Optional.empty();
            }
            posted.add(to.key());
            contents.add(content);
            return Optional.of(to.key() + "#" + posted.size());
        }

        @Override
        public void replace(String reference, Content content) {
            if (gone.contains(reference)) {
                throw new DeliveryPort.Gone("no such message");
            }
            replaced.put(reference, content);
        }
    }

    private final FakePort port = new FakePort();
    private final PostedCopies copies = new InMemoryPostedCopies(Clock.fixed(PortFixtures.AT, ZoneOffset.UTC));
    private final PlatformDelivery delivery = new PlatformDelivery(port, ROLES, copies);
    private final CaseRecord record = PortFixtures.caseRecord("SCR-2026-654", new ConversationKey(Platform.TEAMS, "x"),
            PortFixtures.AT);
    private final DecisionCard card = DecisionCard.of(record, Boards.staffordshireAndStoke(),
            new RulePacks(List.of(PortFixtures.pack())));

    private Notification notice(Set<Audience> to) {
        return new Notification(BOARD, to, "Title", "Text", List.of(), List.of(), "notice-1");
    }

    @Test
    void withTheDashboardsAddressTheCardAndANoticeNamingTheCaseLinkToItsPageAndOtherNoticesDoNot() {
        PlatformDelivery linking = new PlatformDelivery(port, ROLES, copies,
                new CasePages(Optional.of("https://casereview.example.org/")));
        port.reachable.add("c1");
        port.panels.add(BOARD);
        PageLink page = new PageLink("Open the case page",
                "https://casereview.example.org/board/cases/SCR-2026-654?board=staffordshire");

        linking.post(record, card);
        linking.send(notice(EnumSet.of(Audience.PANEL_CHANNEL)).about(record.reference()));
        linking.send(new Notification(BOARD, EnumSet.of(Audience.PANEL_CHANNEL), "Weekly digest", "Text", List.of(),
                List.of(), "digest-1"));

        assertThat(port.contents).filteredOn(Content.Card.class::isInstance).isNotEmpty()
                .allSatisfy(posted -> assertThat(((Content.Card) posted).card().page()).contains(page));
        List<Notification> notices = port.contents.stream().filter(Content.Notice.class::isInstance)
                .map(posted -> ((Content.Notice) posted).notification()).toList();
        assertThat(notices).hasSize(2);
        assertThat(notices.get(0).page()).contains(page);
        assertThat(notices.get(1).page()).as("names no case").isEmpty();
    }

    @Test
    void withoutTheDashboardsAddressNothingLinks() {
        port.reachable.add("c1");
        port.panels.add(BOARD);

        delivery.post(record, card);
        delivery.send(notice(EnumSet.of(Audience.PANEL_CHANNEL)).about(record.reference()));

        assertThat(port.contents).hasSizeGreaterThanOrEqualTo(2).allSatisfy(posted -> assertThat(
                posted instanceof Content.Card shown ? shown.card().page()
                        : ((Content.Notice) posted).notification().page()).isEmpty());
    }

    @Test
    void theCardGoesToEachChairsChatOnceAndIsReportedPostedWhenAskedAgain() {
        port.reachable.addAll(Set.of("c1", "c2"));
        port.panels.add(BOARD);

        assertThat(delivery.post(record, card)).isTrue();
        assertThat(delivery.post(record, card)).isTrue();

        assertThat(port.posted).containsExactly("chat:c1", "chat:c2");
        assertThat(copies.copies(record.id(), PostedCopies.CARD, Platform.TEAMS)).hasSize(2);
    }

    @Test
    void aChairItCannotReachIsMentionedInThePanelChannel() {
        port.reachable.add("c1");
        port.panels.add(BOARD);

        delivery.post(record, card);

        assertThat(port.posted).containsExactly("chat:c1", "panel:staffordshire");
    }

    @Test
    void nowhereToPostIsReportedAsNotPosted() {
        assertThat(delivery.post(record, card)).isFalse();
        assertThat(port.posted).isEmpty();
    }

    @Test
    void aRefusedDestinationDoesNotStopTheOthersAndOnlyItIsTriedAgain() {
        port.reachable.addAll(Set.of("c1", "c2"));
        port.refusing.add("chat:c1");

        assertThatThrownBy(() -> delivery.post(record, card)).hasMessage("refused");
        assertThat(port.posted).containsExactly("chat:c2");

        port.refusing.clear();
        assertThat(delivery.post(record, card)).isTrue();
        assertThat(port.posted).containsExactly("chat:c2", "chat:c1");
    }

    @Test
    void anUpdateReplacesEveryCopyOfTheCardIncludingOnesAChairAskedFor() {
        port.reachable.add("c1");
        delivery.post(record, card);
        assertThat(delivery.postTo(CHAIR_1, record, card)).isTrue();

        delivery.update(record, card);

        assertThat(port.posted).containsExactly("chat:c1", "chat:c1");
        assertThat(port.replaced).containsOnlyKeys("chat:c1#1", "chat:c1#2");
    }

    /**
     * A copy deleted in its chat is forgotten once the platform says so, and the update is done: the job was tried
     * again and again, for ever, every try replacing every other copy again.
     */
    @Test
    void anUpdateForgetsACopyThePlatformSaysIsGoneAndReplacesTheOthers() {
        port.reachable.add("c1");
        port.reachable.add("c2");
        delivery.post(record, card);
        port.gone.add("chat:c1#1");

        delivery.update(record, card);
        port.replaced.clear();
        delivery.update(record, card);

        assertThat(port.replaced).containsOnlyKeys("chat:c2#2");
        assertThat(copies.copies(record.id(), PostedCopies.CARD, Platform.TEAMS)).extracting(PostedCopies.Copy::reference)
                .containsExactly("chat:c2#2");
    }

    /** A gone copy the store cannot forget is tried again with the update, once every other copy is replaced. */
    @Test
    void aGoneCopyThatCannotBeForgottenFailsTheUpdateOnceTheOthersAreReplaced() {
        PostedCopies unforgetting = new PostedCopies() {
            @Override
            public void remember(Copy copy) {
                copies.remember(copy);
            }

            @Override
            public List<Copy> copies(CaseId caseId, String kind, Platform platform) {
                return copies.copies(caseId, kind, platform);
            }

            @Override
            public void forget(Copy copy) {
                throw new IllegalStateException("the store is unreachable");
            }

            @Override
            public void markPosted(Platform platform, String dedupeKey, String where) {
                copies.markPosted(platform, dedupeKey, where);
            }

            @Override
            public boolean wasPosted(Platform platform, String dedupeKey, String where) {
                return copies.wasPosted(platform, dedupeKey, where);
            }

            @Override
            public int forgetBefore(Instant cutoff) {
                return copies.forgetBefore(cutoff);
            }
        };
        PlatformDelivery delivering = new PlatformDelivery(port, ROLES, unforgetting);
        port.reachable.add("c1");
        port.reachable.add("c2");
        delivering.post(record, card);
        port.gone.add("chat:c1#1");

        assertThatThrownBy(() -> delivering.update(record, card)).hasMessage("the store is unreachable");
        assertThat(port.replaced).containsOnlyKeys("chat:c2#2");
    }

    /** Once the reason for its delay is recorded, every copy of a deadline's reminders becomes what it is then. */
    @Test
    void aReasonForTheDelayReplacesEveryCopyOfTheDeadlinesRemindersAndNoOther() {
        port.reachable.add("c1");
        port.panels.add(BOARD);
        Notification.Reminds scr = new Notification.Reminds(record.id(), DeadlineKind.SCR_COMPLETION);
        delivery.send(new Notification(BOARD, EnumSet.of(Audience.PANEL_CHANNEL, Audience.CHAIR), "Overdue", "Text",
                List.of(), List.of(), "reminder-1", Optional.of(scr)));
        delivery.send(new Notification(BOARD, EnumSet.of(Audience.PANEL_CHANNEL), "Overdue", "Text", List.of(),
                List.of(), "reminder-2", Optional.of(new Notification.Reminds(record.id(),
                DeadlineKind.NATIONAL_PANEL_NOTIFICATION))));
        Notification reasoned = new Notification(BOARD, EnumSet.of(Audience.PANEL_CHANNEL), "Overdue: reason",
                "Reason for the delay recorded.", List.of(), List.of(), "reasoned", Optional.of(scr));

        delivery.remindersReasoned(record, DeadlineKind.SCR_COMPLETION, reasoned);

        assertThat(port.replaced).containsOnlyKeys("chat:c1#1", "panel:staffordshire#2");
        assertThat(port.replaced.values()).allSatisfy(content -> assertThat(content).isInstanceOfSatisfying(
                Content.Notice.class, notice -> assertThat(notice.notification().title()).isEqualTo("Overdue: reason")));
    }

    /**
     * A message to a person kept as some copies (an agency request's, to its contact) is replaced with the panel's
     * copies of that kind, and no other: a contact's Mark provided stayed live after the request was provided.
     */
    @Test
    void copiesKeptInAPersonsChatAreReplacedWithThePanelsOfTheSameKind() {
        port.reachable.add("contact");
        port.panels.add(BOARD);
        Notification.Reminds request = new Notification.Reminds(record.id(), "request:1");
        UserRef contact = new UserRef(Platform.TEAMS, "contact", "Police contact");
        delivery.sendTo(contact, new Notification(BOARD, EnumSet.of(Audience.PANEL_CHANNEL), "Asked", "Text",
                List.of(), List.of(), "asked-contact", Optional.of(request)));
        delivery.send(new Notification(BOARD, EnumSet.of(Audience.PANEL_CHANNEL), "Asked", "Text", List.of(),
                List.of(), "asked-panel", Optional.of(request)));
        delivery.sendTo(contact, new Notification(BOARD, EnumSet.of(Audience.PANEL_CHANNEL), "Asked", "Text",
                List.of(), List.of(), "asked-2", Optional.of(new Notification.Reminds(record.id(), "request:2"))));

        delivery.replaceCopies(record.id(), "request:1", new Notification(BOARD, EnumSet.of(Audience.PANEL_CHANNEL),
                "Provided", "Marked provided.", List.of(), List.of(), "provided"));

        assertThat(port.replaced).containsOnlyKeys("chat:contact#1", "panel:staffordshire#2");
        assertThat(port.replaced.values()).allSatisfy(content -> assertThat(content).isInstanceOfSatisfying(
                Content.Notice.class, notice -> assertThat(notice.notification().title()).isEqualTo("Provided")));
    }

    @Test
    void aCardAskedForByAChairItCannotReachIsNotPosted() {
        assertThat(delivery.postTo(CHAIR_2, record, card)).isFalse();
        assertThat(delivery.postTo(new UserRef(Platform.SLACK, "c1", "Chair One"), record, card)).isFalse();
        assertThat(port.posted).isEmpty();
    }

    @Test
    void aNoticeForThePanelAndTheChairIsPostedOnceWhereverItIsSentAgain() {
        port.reachable.add("c2");
        port.panels.add(BOARD);
        Notification escalation = notice(EnumSet.of(Audience.PANEL_CHANNEL, Audience.CHAIR));

        delivery.send(escalation);
        delivery.send(escalation);

        assertThat(port.posted).containsExactly("chat:c2", "panel:staffordshire");
    }

    @Test
    void aMessageToAPersonItCannotReachIsNotSentAnywhere() {
        port.panels.add(BOARD);
        UserRef referrer = new UserRef(Platform.TEAMS, "referrer", "Pat");

        assertThat(delivery.sendTo(referrer, notice(EnumSet.of(Audience.PANEL_CHANNEL)))).isFalse();
        port.reachable.add("referrer");
        assertThat(delivery.sendTo(referrer, notice(EnumSet.of(Audience.PANEL_CHANNEL)))).isTrue();

        assertThat(port.posted).containsExactly("chat:referrer");
    }
}
