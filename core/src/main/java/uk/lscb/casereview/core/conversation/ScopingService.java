package uk.lscb.casereview.core.conversation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import uk.lscb.casereview.core.boards.BoardId;
import uk.lscb.casereview.core.cases.CaseCommands;
import uk.lscb.casereview.core.cases.CaseId;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.port.Cases;
import uk.lscb.casereview.core.port.ConversationKey;
import uk.lscb.casereview.core.port.Conversations;
import uk.lscb.casereview.core.port.StoreUnavailableException;
import uk.lscb.casereview.core.port.StoredConversation;
import uk.lscb.casereview.core.port.TranscriptEntry;
import uk.lscb.casereview.core.port.Transcripts;
import uk.lscb.casereview.core.port.UserRef;
import uk.lscb.casereview.core.rules.TypedText;

/**
 * Runs one turn of a stored conversation, the same for every channel: load, flush what the last
 * turn still owes, apply the input, commit state and outbox in one optimistic write, then carry out
 * the outbox (case, transcript entries, link). A lost race retries on fresh state, so no answer is
 * lost; every write after the commit is idempotent, so a failure anywhere leaves no orphan and the
 * next turn completes it. When the store is down nothing is changed and the person is told so.
 */
public final class ScopingService {
    private static final System.Logger LOG = System.getLogger(ScopingService.class.getName());
    private static final int MAX_ATTEMPTS = 25;
    private static final int MAX_STORED_TEXT = 4000;
    public static final String STORE_DOWN = "Sorry, I couldn't save that just now, so nothing has changed. "
            + "Please try again in a minute.";

    private final Conversation conversation;
    private final Conversations conversations;
    private final Transcripts transcripts;
    private final Cases cases;
    private final Clock clock;
    private final Optional<CaseCommands> caseCommands;
    private final Consumer<CaseRecord> referred;

    /** A scoping service without the case commands (status, cases, transcript, done, delay) or a referral listener. */
    public ScopingService(Conversation conversation, Conversations conversations, Transcripts transcripts,
                          Cases cases, Clock clock) {
        this(conversation, conversations, transcripts, cases, clock, Optional.empty(), record -> { });
    }

    /**
     * @param caseCommands answers the case commands typed at any point of a conversation, which
     *                     leave the conversation where it is
     * @param referred     told once when a referral has become a case (whichever turn created it), to
     *                     put it in front of the Chair; its failure does not undo the case
     */
    public ScopingService(Conversation conversation, Conversations conversations, Transcripts transcripts,
                          Cases cases, Clock clock, Optional<CaseCommands> caseCommands,
                          Consumer<CaseRecord> referred) {
        this.conversation = Objects.requireNonNull(conversation, "conversation");
        this.conversations = Objects.requireNonNull(conversations, "conversations");
        this.transcripts = Objects.requireNonNull(transcripts, "transcripts");
        this.cases = Objects.requireNonNull(cases, "cases");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.caseCommands = Objects.requireNonNull(caseCommands, "caseCommands");
        this.referred = Objects.requireNonNull(referred, "referred");
    }

    /** One message or button press from a person. */
    public record Incoming(ConversationKey key, UserRef who, Optional<BoardId> channelBoard, Inbound input,
                           Optional<String> inboundId) {
        public Incoming {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(who, "who");
            Objects.requireNonNull(channelBoard, "channelBoard");
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(inboundId, "inboundId");
        }
    }

    /**
     * What came of a turn.
     *
     * @param replies     what to send back
     * @param stored      false when the store was unavailable and nothing changed
     * @param duplicate   true when the message had been handled already (a platform redelivery): send nothing
     * @param createdCase the case this turn's referral became, when it did
     */
    public record TurnResult(List<Reply> replies, boolean stored, boolean duplicate, Optional<CaseRecord> createdCase) {
        public TurnResult {
            replies = List.copyOf(replies);
        }
    }

    public TurnResult handle(Incoming incoming) {
        try {
            for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
                StoredConversation loaded = conversations.find(incoming.key()).orElseGet(() -> StoredConversation
                        .fresh(incoming.key(), conversation.start(incoming.channelBoard()), incoming.who()));
                if (loaded.hasOutbox()) {
                    flush(loaded);
                    if (!conversations.write(loaded.outboxDone(), loaded.version())) {
                        continue;
                    }
                }
                StoredConversation stored = loaded.hasOutbox() ? loaded.outboxDone() : loaded;
                if (incoming.inboundId().filter(stored.recentInbound()::contains).isPresent()) {
                    return new TurnResult(List.of(), true, true, Optional.empty());
                }
                Optional<List<Reply>> outsideTheFlow = referenceTaken(stored, incoming.input())
                        .or(() -> caseCommand(incoming));
                Turn turn = outsideTheFlow.map(replies -> new Turn(stored.state(), replies, List.of(), Optional.empty()))
                        .or(() -> answerToChair(stored, incoming))
                        .orElseGet(() -> conversation.handle(stored.state(), incoming.input()));
                Optional<Referral> referral = turn.effects().stream()
                        .filter(Effect.SubmitReferral.class::isInstance)
                        .map(effect -> ((Effect.SubmitReferral) effect).referral()).findFirst();
                List<TranscriptEntry> entries = entries(stored, incoming, turn);
                long referralStart = began(stored.state(), turn.state()) ? stored.nextSequence() : stored.referralStart();
                StoredConversation next = stored.after(turn.state(), entries, referral, incoming.inboundId(),
                        referralStart, incoming.who());
                if (!conversations.write(next, stored.version())) {
                    continue;
                }
                Optional<CaseRecord> created = completeAfterCommit(next);
                return new TurnResult(turn.replies(), true, false, created);
            }
            LOG.log(System.Logger.Level.WARNING, "conversation {0}: gave up after {1} concurrent-write retries",
                    incoming.key().channel(), MAX_ATTEMPTS);
            return new TurnResult(List.of(new Reply.Say(STORE_DOWN)), false, false, Optional.empty());
        } catch (StoreUnavailableException down) {
            LOG.log(System.Logger.Level.WARNING, "store unavailable during a {0} turn: {1}",
                    incoming.key().channel(), down.getMessage());
            return new TurnResult(List.of(new Reply.Say(STORE_DOWN)), false, false, Optional.empty());
        }
    }

    /**
     * Completes what committed turns still owe (a referral to turn into a case, transcript entries), for
     * every conversation, not only the next turn of each: at start-up and on a schedule, from any instance.
     * Idempotent, so two instances doing it at once is harmless. @return how many conversations it completed
     */
    public int completePending() {
        int completed = 0;
        for (StoredConversation owing : conversations.withOutbox()) {
            flush(owing);
            if (conversations.write(owing.outboxDone(), owing.version())) {
                completed++;
            }
        }
        return completed;
    }

    /** After the commit: the turn has happened; if its outbox cannot be carried out now, the next turn does it. */
    private Optional<CaseRecord> completeAfterCommit(StoredConversation committed) {
        try {
            Optional<CaseRecord> created = flush(committed);
            conversations.write(committed.outboxDone(), committed.version());
            return created;
        } catch (StoreUnavailableException down) {
            LOG.log(System.Logger.Level.WARNING, "turn committed; its outbox waits for the store to return: {0}",
                    down.getMessage());
            return Optional.empty();
        }
    }

    /** Carries out an outbox; idempotent, so running it twice (by two instances) is harmless. */
    private Optional<CaseRecord> flush(StoredConversation stored) {
        Optional<CaseRecord> created = Optional.empty();
        if (stored.pendingReferral().isPresent()) {
            CaseRecord record = CaseRecord.referred(stored.pendingReferral().get(), stored.participant(),
                    stored.key(), clock.instant());
            if (cases.create(record)) {
                created = Optional.of(record);
                tellReferred(record);
            }
        }
        transcripts.append(stored.outbox());
        stored.pendingReferral().ifPresent(referral -> transcripts.linkToCase(stored.key(), stored.referralStart(),
                stored.nextSequence() - 1, CaseId.of(referral.board(), referral.reference()).value()));
        return created;
    }

    private void tellReferred(CaseRecord record) {
        try {
            referred.accept(record);
        } catch (RuntimeException failed) {
            LOG.log(System.Logger.Level.WARNING, "case {0} created; telling of it failed: {1}", record.id().value(),
                    failed.getClass().getSimpleName());
        }
    }

    /** Refuses a submission whose board already has a case with that reference from another conversation. */
    private Optional<List<Reply>> referenceTaken(StoredConversation stored, Inbound input) {
        if (stored.state().phase() != Phase.REVIEWING || !isSubmit(input)) {
            return Optional.empty();
        }
        Optional<CaseId> id = conversation.referralOf(stored.state())
                .map(referral -> CaseId.of(referral.board(), referral.reference()));
        if (id.isEmpty()) {
            return Optional.empty();
        }
        return cases.find(id.get()).filter(existing -> !existing.origin().equals(stored.key()))
                .map(existing -> List.of(new Reply.Say("This board already has a case with the reference "
                        + existing.reference().value() + ", so I haven't sent this referral. Please check the "
                        + "reference and change it if it is wrong.", List.of(Command.SUMMARY.choice()))));
    }

    private Optional<List<Reply>> caseCommand(Incoming incoming) {
        if (caseCommands.isEmpty() || !(incoming.input() instanceof Inbound.TextMessage text)) {
            return Optional.empty();
        }
        return caseCommands.get().answer(text.text(), incoming.who());
    }

    /**
     * Text typed in an idle chat whose referral awaits its referrer's answer to the Chair: the answer. A turn
     * outside the flow, whose text is not stored when it was refused.
     */
    private Optional<Turn> answerToChair(StoredConversation stored, Incoming incoming) {
        Phase phase = stored.state().phase();
        boolean idle = phase == Phase.SUBMITTED || phase == Phase.NEW || phase == Phase.CANCELLED;
        if (!idle || caseCommands.isEmpty() || !(incoming.input() instanceof Inbound.TextMessage text)
                || Command.typed(text.text()).isPresent()) {
            return Optional.empty();
        }
        return caseCommands.get().typedAnswer(text.text(), incoming.who(), incoming.key())
                .map(answer -> new Turn(stored.state(), answer.replies(), List.of(), answer.refusedBecause()));
    }

    private static boolean isSubmit(Inbound input) {
        if (input instanceof Inbound.TextMessage text) {
            return Command.typed(text.text()).filter(Command.SUBMIT::equals).isPresent();
        }
        return Payload.read(((Inbound.ButtonPressed) input).payload())
                .filter(payload -> payload instanceof Payload.Run run && run.command() == Command.SUBMIT)
                .isPresent();
    }

    /** True when this turn began a referral: a start, or a restart that cleared the answers. */
    private static boolean began(ConversationState before, ConversationState after) {
        boolean idleBefore = before.phase() == Phase.NEW || before.phase() == Phase.CANCELLED
                || before.phase() == Phase.SUBMITTED;
        return after.phase() == Phase.ASKING && asked(after) == 0 && (idleBefore || asked(before) > 0);
    }

    private static int asked(ConversationState state) {
        return state.answers().values().size() - state.answers().implied().size();
    }

    private List<TranscriptEntry> entries(StoredConversation stored, Incoming incoming, Turn turn) {
        List<TranscriptEntry> entries = new ArrayList<>();
        long sequence = stored.nextSequence();
        Instant at = clock.instant();
        entries.add(inbound(stored.key(), sequence++, at, incoming, turn));
        for (Reply reply : turn.replies()) {
            Optional<String> payload = reply instanceof Reply.Ask ask ? Optional.of(ask.question().value())
                    : Optional.empty();
            entries.add(new TranscriptEntry(stored.key(), sequence++, at, TranscriptEntry.Direction.OUTBOUND,
                    UserRef.BOT, PlainText.kind(reply), PlainText.render(reply), payload, Optional.empty()));
        }
        return entries;
    }

    private static TranscriptEntry inbound(ConversationKey key, long sequence, Instant at, Incoming incoming,
                                           Turn turn) {
        if (turn.inboundRefusedBecause().isPresent()) {
            return new TranscriptEntry(key, sequence, at, TranscriptEntry.Direction.INBOUND, incoming.who(), "refused",
                    "Entry refused and not stored: " + turn.inboundRefusedBecause().get() + ".", Optional.empty(),
                    Optional.empty());
        }
        if (incoming.input() instanceof Inbound.ButtonPressed pressed) {
            return new TranscriptEntry(key, sequence, at, TranscriptEntry.Direction.INBOUND, incoming.who(), "button",
                    "Pressed a button", Optional.of(pressed.payload()), Optional.empty());
        }
        String text = TypedText.clean(((Inbound.TextMessage) incoming.input()).text());
        if (text.length() > MAX_STORED_TEXT) {
            text = text.substring(0, MAX_STORED_TEXT) + " [cut: " + text.length() + " characters in all]";
        }
        return new TranscriptEntry(key, sequence, at, TranscriptEntry.Direction.INBOUND, incoming.who(), "text", text,
                Optional.empty(), Optional.empty());
    }
}
