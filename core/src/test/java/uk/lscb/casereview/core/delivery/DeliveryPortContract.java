package uk.lscb.casereview.core.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.DecisionCard;
import uk.lscb.casereview.core.contracts.PortFixtures;
import uk.lscb.casereview.core.deadlines.Audience;
import uk.lscb.casereview.core.messages.Fact;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.rules.RulePacks;

/**
 * What every platform's {@link DeliveryPort} does, run by each implementation (Teams through the Bot Framework SDK
 * against the stub connector, Slack through the Slack API client against the stub Web API, the local page): a post
 * gives a reference back and shows there, a reference replaces that message, a person is reachable only when the
 * platform has a chat with them, and a refused post is thrown, so the worker tries it again later.
 */
public abstract class DeliveryPortContract {
    protected static final String REFERENCE = "SCR-2026-321";

    /** The port under test, on a fresh platform. */
    protected abstract DeliveryPort port();

    /** A person of the platform with whom the bot has a 1:1 chat. */
    protected abstract UserRef reachable();

    /** A person of the platform with whom it has none. */
    protected abstract UserRef unreachable();

    /** A board with a panel channel on the platform. */
    protected abstract BoardId board();

    /** What each message at the destination now shows (as the platform holds it, after any replacement), oldest first. */
    protected abstract List<String> shownAt(Destination destination);

    /** The platform refuses the next post. @return false when it cannot refuse one (nothing to test) */
    protected abstract boolean refuseNextPost();

    /**
     * The platform answers the next change as it answers a change to a message deleted in its chat. @return false
     * when its messages cannot be deleted (nothing to test)
     */
    protected abstract boolean deleteBeforeNextChange();

    protected static CaseRecord record() {
        return PortFixtures.caseRecord(REFERENCE, new ConversationKey(Platform.LOCAL, "contract"), PortFixtures.AT);
    }

    protected static DecisionCard card() {
        return DecisionCard.of(record(), Boards.staffordshireAndStoke(), new RulePacks(List.of(PortFixtures.pack())));
    }

    protected static DecisionCard decided(DecisionCard card) {
        return new DecisionCard(card.caseId(), card.version() + 1, card.title(), card.facts(), card.recommendation(),
                card.answers(), List.of(), List.of(), Optional.of("Decided by Chair One on 1 December 2026 at 10:00: "
                        + "a Serious Case Review."));
    }

    protected Notification notice() {
        return new Notification(board(), EnumSet.of(Audience.PANEL_CHANNEL), "New referral " + REFERENCE,
                "Recommendation: a Serious Case Review.", List.of(Fact.of("Case reference", REFERENCE)), List.of(),
                "contract/" + REFERENCE + "/referred");
    }

    @Test
    void aCardPostedToAReachablePersonsChatGivesAReferenceAndShowsThere() {
        DeliveryPort port = port();
        Destination chat = new Destination.Chat(reachable());

        Optional<String> reference = port.post(chat, new Content.Card(card()));

        assertThat(reference).hasValueSatisfying(value -> assertThat(value).isNotBlank());
        assertThat(shownAt(chat)).hasSize(1).allSatisfy(shown -> assertThat(shown).contains(REFERENCE));
    }

    @Test
    void aNoticePostedToTheBoardsPanelChannelGivesAReferenceAndShowsThere() {
        DeliveryPort port = port();
        Destination panel = new Destination.Panel(board(), List.of());

        Optional<String> reference = port.post(panel, new Content.Notice(notice()));

        assertThat(reference).isPresent();
        assertThat(shownAt(panel)).last().satisfies(shown -> assertThat(shown).contains("New referral " + REFERENCE));
    }

    @Test
    void replacingByItsReferenceChangesThatMessageInPlace() {
        DeliveryPort port = port();
        Destination chat = new Destination.Chat(reachable());
        String reference = port.post(chat, new Content.Card(card())).orElseThrow();

        port.replace(reference, new Content.Card(decided(card())));

        assertThat(shownAt(chat)).hasSize(1).allSatisfy(shown -> assertThat(shown).contains("Decided by Chair One"));
    }

    /** A message deleted in its chat is gone: the caller forgets it rather than trying again for ever. */
    @Test
    void aChangeToAMessageDeletedInItsChatIsThrownAsGone() {
        DeliveryPort port = port();
        String reference = port.post(new Destination.Chat(reachable()), new Content.Card(card())).orElseThrow();
        assumeTrue(deleteBeforeNextChange(), port.platform() + " has no messages deleted in a chat");

        assertThatThrownBy(() -> port.replace(reference, new Content.Card(decided(card()))))
                .isInstanceOf(DeliveryPort.Gone.class);
    }

    @Test
    void itCanReachOnlyThePeopleItHasAChatWith() {
        DeliveryPort port = port();

        assertThat(port.canReach(reachable())).isTrue();
        assertThat(port.canReach(unreachable())).isFalse();
        assertThat(port.canReach(new UserRef(port.platform() == Platform.SLACK ? Platform.TEAMS : Platform.SLACK,
                reachable().id(), "Someone"))).isFalse();
    }

    @Test
    void aPostToSomeoneItCannotReachPostsNothing() {
        DeliveryPort port = port();
        Destination chat = new Destination.Chat(unreachable());

        assertThat(port.post(chat, new Content.Card(card()))).isEmpty();
        assertThat(shownAt(chat)).isEmpty();
    }

    @Test
    void aRefusedPostIsThrownAndTheWorkerPostsItOnItsNextTry() {
        DeliveryPort port = port();
        Destination chat = new Destination.Chat(reachable());
        assumeTrue(refuseNextPost(), port.platform() + " cannot refuse a post");
        AtomicReference<Instant> now = new AtomicReference<>(PortFixtures.AT);
        InMemoryDeliveryJobs jobs = new InMemoryDeliveryJobs();
        DeliveryWorker worker = new DeliveryWorker(port.platform(), jobs,
                job -> port.post(chat, new Content.Card(card())).isPresent(), clock(now), "contract",
                Duration.ofMinutes(2));
        jobs.enqueue(DeliveryJob.pending(record().id().value(), "card", port.platform(), "POST_DECISION_CARD", 1,
                Optional.empty(), now.get()));

        assertThat(worker.drain()).isZero();
        assertThat(shownAt(chat)).isEmpty();
        assertThat(jobs.ofCase(record().id().value())).singleElement().satisfies(job -> {
            assertThat(job.attempts()).isEqualTo(1);
            assertThat(job.notBefore()).isEqualTo(PortFixtures.AT.plus(DeliveryJob.FIRST_WAIT));
        });

        now.set(PortFixtures.AT.plus(DeliveryJob.FIRST_WAIT));
        assertThat(worker.drain()).isEqualTo(1);
        assertThat(shownAt(chat)).hasSize(1).allSatisfy(shown -> assertThat(shown).contains(REFERENCE));
    }

    @Test
    void aRefusedPostIsThrownByThePort() {
        DeliveryPort port = port();
        assumeTrue(refuseNextPost(), port.platform() + " cannot refuse a post");

        assertThatThrownBy(() -> port.post(new Destination.Chat(reachable()), new Content.Card(card())))
                .isInstanceOf(RuntimeException.class);
    }

    private static Clock clock(AtomicReference<Instant> now) {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
    }
}
