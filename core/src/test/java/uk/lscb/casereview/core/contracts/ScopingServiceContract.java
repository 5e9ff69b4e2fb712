package uk.lscb.casereview.core.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.cases.AuditEvent;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.Cases;
import uk.lscb.casereview.core.cases.FollowUp;
import uk.lscb.casereview.core.conversation.Conversation;
import uk.lscb.casereview.core.conversation.Inbound;
import uk.lscb.casereview.core.conversation.PackConversations;
import uk.lscb.casereview.core.conversation.Phase;
import uk.lscb.casereview.core.conversation.PlainText;
import uk.lscb.casereview.core.conversation.RememberedConversations;
import uk.lscb.casereview.core.conversation.ScopingService;
import uk.lscb.casereview.core.conversation.ScopingService.Incoming;
import uk.lscb.casereview.core.conversation.ScopingService.TurnResult;
import uk.lscb.casereview.core.conversation.StoredConversation;
import uk.lscb.casereview.core.messages.Reply;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.refs.CaseReference;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.rules.QuestionId;
import uk.lscb.casereview.core.rules.wt2015.Wt2015;
import uk.lscb.casereview.core.transcripts.TranscriptEntry;

/**
 * How a stored turn behaves on any store: a whole referral, racing turns, and a failure at every
 * write of the submitting turn. Extend it with fresh, empty stores.
 */
public abstract class ScopingServiceContract {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneId.of("Europe/London"));
    private static final List<String> REFERRAL = List.of("start", "Staffordshire", "SCR-2026-050", "yesterday",
            "yes", "yes", "no", "not sure", "no");

    /** Fresh, empty stores for one test. */
    protected abstract FaultyStore stores();

    private final ConversationKey key = new ConversationKey(Platform.LOCAL, "contract-" + System.nanoTime());

    private ScopingService service(FaultyStore store) {
        return service(store, CLOCK);
    }

    private static ScopingService service(FaultyStore store, Clock clock) {
        return new ScopingService(PackConversations.of(new Conversation(Wt2015.pack(), Boards.staffordshireAndStoke(),
                clock)), store.conversations(), store.transcripts(), store.cases(), clock);
    }

    private static TurnResult say(ScopingService service, ConversationKey key, String text) {
        return service.handle(new Incoming(key, PortFixtures.PRACTITIONER, Optional.empty(),
                new Inbound.TextMessage(text), Optional.empty()));
    }

    private static TurnResult press(ScopingService service, ConversationKey key, String payload) {
        return service.handle(new Incoming(key, PortFixtures.PRACTITIONER, Optional.empty(),
                new Inbound.ButtonPressed(payload), Optional.empty()));
    }

    @Test
    public void aWholeReferralBecomesACaseWithItsTranscriptLinked() {
        FaultyStore store = stores();
        ScopingService service = service(store);
        REFERRAL.forEach(text -> assertThat(say(service, key, text).stored()).isTrue());

        TurnResult submitted = press(service, key, "cmd:submit");

        assertThat(submitted.createdCase()).isPresent();
        CaseId id = submitted.createdCase().get().id();
        List<TranscriptEntry> conversation = store.transcripts().ofConversation(key);
        assertThat(conversation).extracting(TranscriptEntry::sequence)
                .containsExactlyElementsOf(sequence(1, conversation.size()));
        assertThat(store.transcripts().ofCase(id.value())).hasSize(conversation.size());
        assertThat(conversation.stream().filter(e -> e.direction() == TranscriptEntry.Direction.INBOUND).count())
                .isEqualTo(REFERRAL.size() + 1);
        assertThat(store.conversations().find(key).orElseThrow().hasOutbox()).isFalse();
    }

    @Test
    public void theReferralListenerHearsOfACaseOnceEvenWhenALaterTurnCreatesIt() {
        FaultyStore store = stores();
        List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        ScopingService service = new ScopingService(PackConversations.of(new Conversation(Wt2015.pack(), Boards.staffordshireAndStoke(), CLOCK)), store.conversations(),
                store.transcripts(), store.cases(), CLOCK, Optional.empty(), record -> heard.add(record.id().value()));
        REFERRAL.forEach(text -> say(service, key, text));

        store.failWrite(2);
        assertThat(press(service, key, "cmd:submit").createdCase()).isEmpty();
        store.heal();
        assertThat(heard).isEmpty();
        say(service, key, "summary");
        say(service, key, "summary");

        assertThat(heard).containsExactly("staffordshire/SCR-2026-050");
    }

    @Test
    public void aRedeliveredMessageIsHandledOnce() {
        FaultyStore store = stores();
        ScopingService service = service(store);
        Incoming start = new Incoming(key, PortFixtures.PRACTITIONER, Optional.empty(),
                new Inbound.TextMessage("start"), Optional.of("event-1"));

        assertThat(service.handle(start).duplicate()).isFalse();
        assertThat(service.handle(start).duplicate()).isTrue();
        assertThat(service.handle(start).replies()).isEmpty();

        assertThat(store.transcripts().ofConversation(key).stream()
                .filter(e -> e.direction() == TranscriptEntry.Direction.INBOUND)).hasSize(1);
    }

    @Test
    public void aMessageAfterRepliesThatDidNotReachThePersonIsNotUsedAndWhereTheyAreIsShownAgain() {
        FaultyStore store = stores();
        ScopingService service = service(store);
        answerFirstFour(service);
        service.notDelivered(key, Optional.of("m4"));

        TurnResult setAside = sayAs(service, "yes", "m5");

        assertSorryThenTheMissedQuestion(setAside, "my last reply didn't reach you, so I haven't used what you just "
                + "sent");
        assertThat(store.conversations().find(key).orElseThrow().undelivered()).isFalse();
        assertThat(abuseOrNeglectAnswered(store)).isFalse();
        List<TranscriptEntry> transcript = store.transcripts().ofConversation(key);
        assertThat(transcript).extracting(TranscriptEntry::sequence)
                .containsExactlyElementsOf(sequence(1, transcript.size()));
        assertThat(transcript).extracting(TranscriptEntry::kind).containsSubsequence("ask", "undelivered",
                "set aside", "say", "ask");
        assertThat(transcript).filteredOn(entry -> entry.kind().equals("set aside")).singleElement()
                .satisfies(entry -> assertThat(entry.text()).isEqualTo("Typed text not used, as the replies before it "
                        + "had not reached them, not stored (3 characters)."));

        sayAs(service, "yes", "m6");
        assertThat(abuseOrNeglectAnswered(store)).isTrue();
    }

    @Test
    public void thePlatformDeliveringAgainTheMessageWhoseRepliesDidNotReachThePersonGetsWhereTheyAreOnce() {
        FaultyStore store = stores();
        ScopingService service = service(store);
        answerFirstFour(service);
        long inbound = inboundEntries(store);
        service.notDelivered(key, Optional.of("m4"));

        TurnResult again = sayAs(service, "yesterday", "m4");

        assertSorryThenTheMissedQuestion(again, "my reply to that didn't reach you. Your message was recorded");
        assertThat(inboundEntries(store)).isEqualTo(inbound);
        assertThat(sayAs(service, "yesterday", "m4").duplicate()).isTrue();
    }

    @Test
    public void repliesNotDeliveredForAMessageALaterTurnHasOvertakenChangeNothing() {
        FaultyStore store = stores();
        ScopingService service = service(store);
        answerFirstFour(service);
        sayAs(service, "yes", "m5");
        StoredConversation before = store.conversations().find(key).orElseThrow();

        service.notDelivered(key, Optional.of("m4"));

        assertThat(store.conversations().find(key)).contains(before);
    }

    @Test
    public void whenTheStoreIsDownRepliesNotDeliveredAreLoggedAndTheNextMessageIsUsed() {
        FaultyStore store = stores();
        ScopingService service = service(store);
        answerFirstFour(service);

        store.failWrite(1);
        service.notDelivered(key, Optional.of("m4"));
        store.heal();

        sayAs(service, "yes", "m5");
        assertThat(abuseOrNeglectAnswered(store)).isTrue();
    }

    /** The referral's first four messages, with ids m1 to m4: the next question is abuse_or_neglect. */
    private void answerFirstFour(ScopingService service) {
        for (int i = 0; i < 4; i++) {
            sayAs(service, REFERRAL.get(i), "m" + (i + 1));
        }
    }

    private TurnResult sayAs(ScopingService service, String text, String inboundId) {
        return service.handle(new Incoming(key, PortFixtures.PRACTITIONER, Optional.empty(),
                new Inbound.TextMessage(text), Optional.of(inboundId)));
    }

    /** Not a redelivery ignored: a sorry saying {@code saying}, and last the question they missed, asked again. */
    private static void assertSorryThenTheMissedQuestion(TurnResult result, String saying) {
        assertThat(result.duplicate()).isFalse();
        assertThat(result.replies().get(0)).isInstanceOfSatisfying(Reply.Say.class,
                sorry -> assertThat(sorry.text()).contains(saying));
        assertThat(result.replies()).last().isInstanceOfSatisfying(Reply.Ask.class,
                ask -> assertThat(ask.question().value()).isEqualTo("abuse_or_neglect"));
    }

    private boolean abuseOrNeglectAnswered(FaultyStore store) {
        return store.conversations().find(key).orElseThrow().state().answers().get(QuestionId.of("abuse_or_neglect"))
                .isPresent();
    }

    private long inboundEntries(FaultyStore store) {
        return store.transcripts().ofConversation(key).stream()
                .filter(e -> e.direction() == TranscriptEntry.Direction.INBOUND).count();
    }

    @Test
    public void twentyConcurrentTurnsOnOneConversationAreAllKept() throws Exception {
        FaultyStore store = stores();
        ScopingService service = service(store);
        REFERRAL.subList(0, 5).forEach(text -> say(service, key, text));
        int answeredBefore = answered(store);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<TurnResult>> turns = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String text = i < 3 ? "no" : "help";
                turns.add(pool.submit(() -> {
                    go.await();
                    return say(service, key, text);
                }));
            }
            go.countDown();
            for (Future<TurnResult> turn : turns) {
                assertThat(turn.get(60, TimeUnit.SECONDS).stored()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(answered(store)).isEqualTo(answeredBefore + 3);
        List<TranscriptEntry> entries = store.transcripts().ofConversation(key);
        assertThat(entries).extracting(TranscriptEntry::sequence).containsExactlyElementsOf(sequence(1, entries.size()));
        assertThat(entries.stream().filter(e -> e.direction() == TranscriptEntry.Direction.INBOUND)).hasSize(25);
    }

    @Test
    public void aFailureAtAnyWriteOfTheSubmittingTurnLeavesNoOrphanAndTheNextTurnCompletesIt() {
        for (int failing = 1; failing <= 5; failing++) {
            FaultyStore store = stores();
            ConversationKey conversation = new ConversationKey(Platform.LOCAL, "fault-" + failing + "-" + System.nanoTime());
            ScopingService service = service(store);
            REFERRAL.forEach(text -> say(service, conversation, text));
            long committedVersion = store.conversations().find(conversation).orElseThrow().version();
            int entriesBefore = store.transcripts().ofConversation(conversation).size();

            store.failWrite(failing);
            TurnResult faulty = press(service, conversation, "cmd:submit");
            store.heal();

            StoredConversation after = store.conversations().find(conversation).orElseThrow();
            CaseId id = CaseId.of(PortFixtures.STAFFORDSHIRE, new CaseReference("SCR-2026-050"));
            if (!faulty.stored()) {
                assertThat(after.version()).as("write %d failed before the commit", failing).isEqualTo(committedVersion);
                assertThat(after.state().phase()).isEqualTo(Phase.REVIEWING);
                assertThat(store.cases().find(id)).isEmpty();
                assertThat(store.transcripts().ofConversation(conversation)).hasSize(entriesBefore);
                assertThat(faulty.replies()).singleElement().isInstanceOf(Reply.Say.class);
                press(service, conversation, "cmd:submit");
            } else {
                say(service, conversation, "summary");
            }

            assertThat(store.cases().find(id)).as("after a failure at write %d", failing).isPresent();
            assertThat(store.cases().findByReference(new CaseReference("SCR-2026-050"))).hasSize(1);
            List<TranscriptEntry> entries = store.transcripts().ofConversation(conversation);
            assertThat(entries).extracting(TranscriptEntry::sequence)
                    .containsExactlyElementsOf(sequence(1, entries.size()));
            assertThat(store.transcripts().ofCase(id.value())).isNotEmpty();
            assertThat(store.conversations().find(conversation).orElseThrow().state().phase())
                    .isEqualTo(Phase.SUBMITTED);
        }
    }

    /**
     * Two instances of the application, each remembering what it last wrote, taking turns on one conversation (a
     * load balancer sending each message to the other): every answer is kept, in order, and the referral becomes one
     * case.
     */
    @Test
    public void twoInstancesRememberingConversationsAndTakingTurnsAboutKeepEveryAnswer() {
        FaultyStore store = stores();
        List<ScopingService> instances = List.of(
                new ScopingService(PackConversations.of(new Conversation(Wt2015.pack(), Boards.staffordshireAndStoke(),
                        CLOCK)), new RememberedConversations(store.conversations(), 10), store.transcripts(),
                        store.cases(), CLOCK),
                new ScopingService(PackConversations.of(new Conversation(Wt2015.pack(), Boards.staffordshireAndStoke(),
                        CLOCK)), new RememberedConversations(store.conversations(), 10), store.transcripts(),
                        store.cases(), CLOCK));
        ConversationKey alone = new ConversationKey(Platform.LOCAL, "alone-" + System.nanoTime());
        ScopingService oneInstance = service(store);
        REFERRAL.forEach(text -> say(oneInstance, alone, text));
        for (int i = 0; i < REFERRAL.size(); i++) {
            assertThat(say(instances.get(i % 2), key, REFERRAL.get(i)).stored()).isTrue();
        }

        TurnResult submitted = press(instances.get(REFERRAL.size() % 2), key, "cmd:submit");

        assertThat(submitted.createdCase()).isPresent();
        assertThat(store.conversations().find(key).orElseThrow().state().answers())
                .isEqualTo(store.conversations().find(alone).orElseThrow().state().answers());
        List<TranscriptEntry> entries = store.transcripts().ofConversation(key);
        assertThat(entries).extracting(TranscriptEntry::sequence).containsExactlyElementsOf(sequence(1, entries.size()));
        assertThat(entries.stream().filter(e -> e.direction() == TranscriptEntry.Direction.INBOUND))
                .hasSize(REFERRAL.size() + 1);
        assertThat(store.transcripts().ofCase(submitted.createdCase().get().id().value())).hasSize(entries.size());
    }

    @Test
    public void anAnswerWritesTheConversationOnceAndItsTranscriptOnce() {
        FaultyStore store = stores();
        ScopingService service = service(store);
        REFERRAL.subList(0, 4).forEach(text -> say(service, key, text));
        int answeredBefore = answered(store);

        store.failWrite(Integer.MAX_VALUE);
        say(service, key, "yes");
        say(service, key, "yes");

        assertThat(store.writes()).isEqualTo(4);
        assertThat(answered(store)).isEqualTo(answeredBefore + 2);
        assertThat(store.transcripts().ofConversation(key).stream()
                .filter(e -> e.direction() == TranscriptEntry.Direction.INBOUND)).hasSize(6);
    }

    @Test
    public void theSweepLeavesARecentAnswersCarriedOutWritesToTheNextTurnAndTidiesThemAfterAMinute() {
        FaultyStore store = stores();
        ScopingService service = service(store);
        REFERRAL.subList(0, 4).forEach(text -> say(service, key, text));
        int entries = store.transcripts().ofConversation(key).size();

        assertThat(service.completePending()).isZero();
        assertThat(service(store, Clock.offset(CLOCK, Duration.ofSeconds(61))).completePending()).isEqualTo(1);

        assertThat(store.conversations().find(key).orElseThrow().hasOutbox()).isFalse();
        assertThat(store.transcripts().ofConversation(key)).hasSize(entries);
    }

    /**
     * The process dies at each write of an answer (halted there: that write and every later one fail), or just
     * after its last write, and starts again: a turn it confirmed is kept, one it did not is not, and the
     * transcript ends up whole, once, in order, whether the next turn or the start-up sweep completes it.
     */
    @Test
    public void aCrashAtAnyStepOfAnAnswerKeepsWhatWasConfirmedAndTheTranscriptWholeAfterTheRestart() {
        for (boolean nextTurnFirst : List.of(true, false)) {
            for (int dying = 1; dying <= 4; dying++) {
                FaultyStore store = stores();
                ConversationKey conversation = new ConversationKey(Platform.LOCAL,
                        "crash-" + dying + "-" + nextTurnFirst + "-" + System.nanoTime());
                ScopingService dead = service(store);
                REFERRAL.subList(0, 4).forEach(text -> say(dead, conversation, text));

                store.haltAtWrite(dying);
                TurnResult answer = say(dead, conversation, "yes");
                store.heal();

                ScopingService restarted = service(store, Clock.offset(CLOCK, Duration.ofMinutes(5)));
                if (nextTurnFirst) {
                    say(restarted, conversation, "summary");
                    restarted.completePending();
                } else {
                    restarted.completePending();
                    say(restarted, conversation, "summary");
                }

                String at = "dying at write " + dying + (nextTurnFirst ? ", next turn first" : ", sweep first");
                StoredConversation after = store.conversations().find(conversation).orElseThrow();
                assertThat(after.state().answers().has(new QuestionId("abuse_or_neglect"))).as(at)
                        .isEqualTo(answer.stored());
                List<TranscriptEntry> entries = store.transcripts().ofConversation(conversation);
                assertThat(entries).as(at).extracting(TranscriptEntry::sequence)
                        .containsExactlyElementsOf(sequence(1, entries.size()));
                assertThat(entries.size()).as(at).isEqualTo(after.nextSequence() - 1);
                assertThat(entries.stream().filter(e -> e.direction() == TranscriptEntry.Direction.INBOUND)).as(at)
                        .hasSize(answer.stored() ? 6 : 5);
            }
        }
    }

    @Test
    public void whenTheStoreIsDownTheSameQuestionIsAskedAgainOnceItIsBack() {
        FaultyStore store = stores();
        ScopingService service = service(store);
        REFERRAL.subList(0, 4).forEach(text -> say(service, key, text));

        store.failWrite(1);
        TurnResult down = say(service, key, "yes");
        store.heal();

        assertThat(down.stored()).isFalse();
        assertThat(((Reply.Say) down.replies().get(0)).text()).contains("try again");
        TurnResult again = say(service, key, "summary");
        assertThat(again.replies()).last().isInstanceOfSatisfying(Reply.Ask.class,
                ask -> assertThat(ask.question().value()).isEqualTo("abuse_or_neglect"));
    }

    @Test
    public void aReferenceAlreadyUsedOnTheBoardIsRefusedAtTheReferenceQuestionWithWhatToDo() {
        FaultyStore store = stores();
        ScopingService service = service(store);
        REFERRAL.forEach(text -> say(service, key, text));
        press(service, key, "cmd:submit");
        ConversationKey other = new ConversationKey(Platform.LOCAL, "other-" + System.nanoTime());

        for (ConversationKey conversation : List.of(key, other)) {
            say(service, conversation, "start");
            say(service, conversation, "Staffordshire");
            TurnResult refused = say(service, conversation, "scr-2026-050");

            assertThat(text(refused)).as("from %s", conversation.id())
                    .contains("already has a case with the reference SCR-2026-050",
                            "A new incident needs a new reference", "status SCR-2026-050");
            assertThat(refused.replies()).last().isInstanceOfSatisfying(Reply.Ask.class,
                    ask -> assertThat(ask.question().value()).isEqualTo("case_reference"));
            assertThat(store.conversations().find(conversation).orElseThrow().state().answers()
                    .text(new QuestionId("case_reference"))).isEmpty();
        }
        assertThat(store.cases().ofBoard(PortFixtures.STAFFORDSHIRE)).hasSize(1);
    }

    @Test
    public void changingTheBoardToOneThatAlreadyHasTheReferenceIsRefused() {
        FaultyStore store = stores();
        ScopingService service = service(store);
        REFERRAL.forEach(text -> say(service, key, text));
        press(service, key, "cmd:submit");
        ConversationKey other = new ConversationKey(Platform.LOCAL, "other-" + System.nanoTime());
        List.of("start", "Stoke", "SCR-2026-050").forEach(text -> say(service, other, text));

        press(service, other, "edit:board");
        TurnResult refused = say(service, other, "Staffordshire");

        assertThat(text(refused)).contains("already has a case with the reference SCR-2026-050");
        assertThat(store.conversations().find(other).orElseThrow().state().answers().text(new QuestionId("board")))
                .contains("stoke-on-trent");
    }

    @Test
    public void aReferenceTakenByAnotherConversationAtTheMomentOfSendingIsNeverReportedSentAndTheAnswersAreKept() {
        FaultyStore store = stores();
        List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        ConversationKey rival = new ConversationKey(Platform.LOCAL, "rival-" + System.nanoTime());
        Cases racing = new RivalFirst(store.cases(), rival);
        ScopingService service = new ScopingService(PackConversations.of(new Conversation(Wt2015.pack(), Boards.staffordshireAndStoke(), CLOCK)), store.conversations(),
                store.transcripts(), racing, CLOCK, Optional.empty(), record -> heard.add(record.id().value()));
        REFERRAL.forEach(text -> say(service, key, text));

        TurnResult submitted = press(service, key, "cmd:submit");

        assertThat(submitted.createdCase()).isEmpty();
        assertThat(text(submitted)).doesNotContain("has been sent")
                .contains("haven't sent your referral", "SCR-2026-050", "answers are kept");
        assertThat(heard).isEmpty();
        StoredConversation after = store.conversations().find(key).orElseThrow();
        assertThat(after.state().phase()).isEqualTo(Phase.REVIEWING);
        assertThat(after.hasOutbox()).isFalse();
        assertThat(store.transcripts().ofCase("staffordshire/SCR-2026-050")).isEmpty();
        assertThat(store.cases().find(CaseId.of(PortFixtures.STAFFORDSHIRE, new CaseReference("SCR-2026-050")))
                .orElseThrow().origin()).isEqualTo(rival);
    }

    @Test
    public void whenTheCaseCannotBeCreatedYetThePractitionerIsNotToldItWasSent() {
        FaultyStore store = stores();
        ScopingService service = service(store);
        REFERRAL.forEach(text -> say(service, key, text));

        store.failWrite(2);
        TurnResult submitted = press(service, key, "cmd:submit");
        store.heal();

        assertThat(submitted.stored()).isTrue();
        assertThat(submitted.createdCase()).isEmpty();
        assertThat(text(submitted)).doesNotContain("has been sent").contains("saved", "not reached the Chair yet");
    }

    /** A store in which another conversation creates a case with the same id just before this one does. */
    private static final class RivalFirst extends ForwardingCases {
        private final ConversationKey rival;

        RivalFirst(Cases cases, ConversationKey rival) {
            super(cases);
            this.rival = rival;
        }

        @Override
        public boolean create(CaseRecord record) {
            cases.create(PortFixtures.caseRecord(record.reference().value(), rival, PortFixtures.AT));
            return cases.create(record);
        }
    }

    private static String text(TurnResult result) {
        return result.replies().stream().map(PlainText::render)
                .collect(Collectors.joining("\n"));
    }

    private int answered(FaultyStore store) {
        return store.conversations().find(key).orElseThrow().state().answers().values().size();
    }

    private static List<Long> sequence(long from, long count) {
        List<Long> numbers = new ArrayList<>();
        for (long n = from; n < from + count; n++) {
            numbers.add(n);
        }
        return numbers;
    }
}
