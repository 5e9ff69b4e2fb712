package uk.lscb.casereview.core.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import uk.lscb.casereview.core.actions.ActionCodec;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.actions.Command;
import uk.lscb.casereview.core.cases.CaseCommands;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.Cases;
import uk.lscb.casereview.core.cases.Referral;
import uk.lscb.casereview.core.messages.Reply;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.rules.TypedText;
import uk.lscb.casereview.core.store.StoreUnavailableException;
import uk.lscb.casereview.core.transcripts.TranscriptEntry;
import uk.lscb.casereview.core.transcripts.Transcripts;

/**
 * Runs one turn of a stored conversation, the same for every channel and under the rule pack the conversation
 * follows ({@link PackConversations}): load, flush what the last
 * turn still owes, apply the input, commit state and outbox in one optimistic write, then carry out
 * the outbox (case, transcript entries, link). A lost race retries on fresh state, so no answer is
 * lost; every write after the commit is idempotent, so a failure anywhere leaves no orphan and the
 * next turn completes it. When the store is down nothing is changed and the person is told so.
 *
 * <p>A turn without a referral writes twice: the conversation with its outbox, then the outbox's transcript
 * entries. The outbox stays in the stored conversation until the next turn's write replaces it (that turn appends
 * the entries again, a no-op, unless this instance knows it appended them), or until {@link #completePending}
 * clears it a minute later. A turn that submits a referral clears its outbox at once, as its case must exist
 * before the practitioner is told it was sent.
 */
public final class ScopingService {
    private static final System.Logger LOG = System.getLogger(ScopingService.class.getName());
    private static final int MAX_ATTEMPTS = 25;
    /**
     * How long a turn's carried-out outbox is left to the conversation's next turn to clear before the sweep
     * ({@link #completePending}) clears it: longer than a turn takes, so the sweep does not race the turn.
     */
    static final Duration LEFT_TO_NEXT_TURN = Duration.ofMinutes(1);
    /** The longest typed message read (far more than any answer or command needs); a longer one is not read. */
    public static final int MAX_TYPED_TEXT = 4000;
    static final String NOT_DELIVERED_NOTE = "The replies above did not reach the person: the platform refused "
            + "them or could not be reached.";

    private final PackConversations conversation;
    private final Conversations conversations;
    private final Transcripts transcripts;
    private final Cases cases;
    private final Clock clock;
    private final Optional<CaseCommands> caseCommands;
    private final Consumer<CaseRecord> referred;
    private final Consumer<UserRef> reachable;
    private final CarriedOut carriedOut = new CarriedOut();

    /** A scoping service without the case commands (status, cases, transcript, done, delay) or a referral listener. */
    public ScopingService(PackConversations conversation, Conversations conversations, Transcripts transcripts,
                          Cases cases, Clock clock) {
        this(conversation, conversations, transcripts, cases, clock, Optional.empty(), record -> { });
    }

    /**
     * @param caseCommands answers the case commands typed at any point of a conversation, which
     *                     leave the conversation where it is
     * @param referred     told once when a referral has become a case (whichever turn created it), to
     *                     put it in front of the Chair; its failure does not undo the case
     */
    public ScopingService(PackConversations conversation, Conversations conversations, Transcripts transcripts,
                          Cases cases, Clock clock, Optional<CaseCommands> caseCommands,
                          Consumer<CaseRecord> referred) {
        this(conversation, conversations, transcripts, cases, clock, caseCommands, referred, who -> { });
    }

    /**
     * @param reachable told, before each turn is answered, that the person can now be reached (they wrote): a
     *                  Chair's decision cards that could not be posted to them are posted then
     */
    public ScopingService(PackConversations conversation, Conversations conversations, Transcripts transcripts,
                          Cases cases, Clock clock, Optional<CaseCommands> caseCommands,
                          Consumer<CaseRecord> referred, Consumer<UserRef> reachable) {
        this.conversation = Objects.requireNonNull(conversation, "conversation");
        this.conversations = Objects.requireNonNull(conversations, "conversations");
        this.transcripts = Objects.requireNonNull(transcripts, "transcripts");
        this.cases = Objects.requireNonNull(cases, "cases");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.caseCommands = Objects.requireNonNull(caseCommands, "caseCommands");
        this.referred = Objects.requireNonNull(referred, "referred");
        this.reachable = Objects.requireNonNull(reachable, "reachable");
    }

    /**
     * The person has just installed the bot (no message yet): their undelivered cards, if they are a Chair,
     * are posted, and a Chair with cases awaiting their decision is greeted with them. Empty: the platform's
     * usual welcome, also when the store can't be read just now (the Chair's cases are there when they next ask).
     */
    public List<Reply> greet(UserRef who) {
        tellReachable(who);
        try {
            return caseCommands.map(commands -> commands.greeting(who)).orElse(List.of());
        } catch (StoreUnavailableException down) {
            LOG.log(System.Logger.Level.WARNING, "the greeting of {0}:{1} left out their cases: {2}", who.platform(),
                    who.id(), down.getMessage());
            return List.of();
        }
    }

    /**
     * The person opened the app without writing (Slack's app_home_opened): their undelivered cards, if they are a
     * Chair, are posted; nothing is said to them.
     */
    public void arrived(UserRef who) {
        tellReachable(who);
    }

    private void tellReachable(UserRef who) {
        try {
            reachable.accept(who);
        } catch (RuntimeException failed) {
            LOG.log(System.Logger.Level.WARNING, "telling that {0}:{1} can be reached failed: {2}", who.platform(),
                    who.id(), failed.getClass().getSimpleName());
        }
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
     * @param duplicate   true when the message had been handled already and its replies were not reported undelivered
     *                    (a platform redelivery): send nothing
     * @param createdCase the case this turn's referral became, when it did
     */
    public record TurnResult(List<Reply> replies, boolean stored, boolean duplicate, Optional<CaseRecord> createdCase) {
        public TurnResult {
            replies = List.copyOf(replies);
        }
    }

    public TurnResult handle(Incoming incoming) {
        tellReachable(incoming.who());
        try {
            for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
                StoredConversation loaded = conversations.find(incoming.key()).orElseGet(() -> StoredConversation
                        .fresh(incoming.key(), conversation.start(incoming.channelBoard()), incoming.who()));
                StoredConversation stored = loaded;
                if (loaded.pendingReferral().isPresent()) {
                    stored = settled(loaded, flush(loaded));
                    if (!conversations.write(stored, loaded.version()) || stored.hasOutbox()) {
                        continue;
                    }
                } else if (loaded.hasOutbox()) {
                    carryOut(loaded);
                    stored = loaded.outboxCarriedOut(); // this turn's write clears it
                }
                boolean redelivered = incoming.inboundId().filter(stored.recentInbound()::contains).isPresent();
                if (redelivered && !stored.undelivered()) {
                    return new TurnResult(List.of(), true, true, Optional.empty());
                }
                Turn turn = turn(stored, incoming, redelivered);
                Optional<Referral> referral = turn.effects().stream()
                        .filter(Effect.SubmitReferral.class::isInstance)
                        .map(effect -> ((Effect.SubmitReferral) effect).referral()).findFirst();
                List<TranscriptEntry> entries = entries(stored, incoming, turn, redelivered);
                long referralStart = began(stored.state(), turn.state()) ? stored.nextSequence() : stored.referralStart();
                StoredConversation next = stored.after(turn.state(), entries, referral,
                        incoming.inboundId().filter(id -> !redelivered), referralStart, incoming.who());
                if (!conversations.write(next, stored.version())) {
                    continue;
                }
                Flushed flushed = completeAfterCommit(next);
                return new TurnResult(truthful(turn, referral, flushed), true, false, flushed.created());
            }
            LOG.log(System.Logger.Level.WARNING, "conversation {0}: gave up after {1} concurrent-write retries",
                    incoming.key().channel(), MAX_ATTEMPTS);
            return new TurnResult(List.of(new Reply.Say(StoreUnavailableException.NOTHING_SAVED)), false, false, Optional.empty());
        } catch (StoreUnavailableException down) {
            LOG.log(System.Logger.Level.WARNING, "store unavailable during a {0} turn: {1}",
                    incoming.key().channel(), down.getMessage());
            return new TurnResult(List.of(new Reply.Say(StoreUnavailableException.NOTHING_SAVED)), false, false, Optional.empty());
        }
    }

    /**
     * The replies of the turn that handled {@code inboundId} did not all reach the person (the platform refused them or
     * could not be reached). Noted in the transcript; and unless a later turn has been taken since, the person's next
     * message is not used as an answer to something they never saw: where they are is shown again instead
     * ({@link Conversation#afterUndelivered}). Never throws: when the store is down, it is logged and the next message
     * is used as usual.
     *
     * @param inboundId the id of the platform message whose replies did not reach the person, when it had one
     */
    public void notDelivered(ConversationKey key, Optional<String> inboundId) {
        try {
            for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
                Optional<StoredConversation> found = conversations.find(key);
                if (found.isEmpty() || found.get().undelivered() || overtaken(found.get(), inboundId)) {
                    return;
                }
                StoredConversation stored = found.get();
                StoredConversation next = stored.notDelivered(new TranscriptEntry(key, stored.nextSequence(),
                        clock.instant(), TranscriptEntry.Direction.OUTBOUND, UserRef.BOT, "undelivered",
                        NOT_DELIVERED_NOTE, Optional.empty(), Optional.empty()));
                if (conversations.write(next, stored.version())) {
                    if (next.pendingReferral().isEmpty()) {
                        appendOutbox(next);
                    }
                    return;
                }
            }
            LOG.log(System.Logger.Level.WARNING, "conversation {0}: replies not delivered, and not noted after {1} "
                    + "concurrent-write retries", key.channel(), MAX_ATTEMPTS);
        } catch (StoreUnavailableException down) {
            LOG.log(System.Logger.Level.WARNING, "conversation {0}: replies not delivered, and not noted as the store "
                    + "is unavailable: {1}", key.channel(), down.getMessage());
        }
    }

    /** True when a turn for a later message than {@code inboundId} has been taken since. */
    private static boolean overtaken(StoredConversation stored, Optional<String> inboundId) {
        List<String> recent = stored.recentInbound();
        return inboundId.isPresent() && !recent.isEmpty() && !recent.get(recent.size() - 1).equals(inboundId.get());
    }

    /**
     * Completes what committed turns still owe (a referral to turn into a case, transcript entries), for
     * every conversation, not only the next turn of each: at start-up and on a schedule, from any instance.
     * Idempotent, so two instances doing it at once is harmless. @return how many conversations it completed
     */
    public int completePending() {
        int completed = 0;
        Instant leftBefore = clock.instant().minus(LEFT_TO_NEXT_TURN);
        for (StoredConversation owing : conversations.withOutbox()) {
            if (owing.pendingReferral().isEmpty()
                    && owing.outbox().stream().anyMatch(entry -> entry.at().isAfter(leftBefore))) {
                continue;
            }
            if (owing.pendingReferral().isPresent()) {
                flush(owing);
            } else {
                carryOut(owing);
            }
            if (conversations.write(owing.outboxDone(), owing.version())) {
                completed++;
            }
        }
        return completed;
    }

    /** A committed outbox without a referral: its transcript entries appended, unless this instance already did. */
    private void carryOut(StoredConversation committed) {
        if (!carriedOut.knows(committed)) {
            transcripts.append(committed.outbox());
        }
    }

    /** Appends a just-committed outbox (transcript entries only), remembering that this instance did. */
    private void appendOutbox(StoredConversation committed) {
        transcripts.append(committed.outbox());
        carriedOut.remember(committed);
    }

    /** After the commit: the turn has happened; if its outbox cannot be carried out now, the next turn does it. */
    private Flushed completeAfterCommit(StoredConversation committed) {
        try {
            if (committed.pendingReferral().isEmpty()) {
                appendOutbox(committed);
                return Flushed.NO_CASE;
            }
            Flushed flushed = flush(committed);
            StoredConversation settled = settled(committed, flushed);
            if (conversations.write(settled, committed.version()) && settled.hasOutbox()) {
                transcripts.append(settled.outbox());
                conversations.write(settled.outboxDone(), settled.version());
            }
            return flushed;
        } catch (StoreUnavailableException down) {
            LOG.log(System.Logger.Level.WARNING, "turn committed; its outbox waits for the store to return: {0}",
                    down.getMessage());
            return Flushed.NO_CASE;
        }
    }

    /**
     * What a carried-out outbox leaves. A case is this conversation's when this flush created it or
     * an earlier flush of the same outbox did (same origin: by the time a conversation submits, its
     * earlier referrals have all been carried out and the reference was checked, so a case of the same
     * origin can only be this one). A case from another conversation means the reference was taken.
     *
     * @param created the case, when this flush created it
     * @param sent    true when the referral's case exists and is this conversation's
     * @param takenBy the other conversation's case that holds the reference
     */
    private record Flushed(Optional<CaseRecord> created, boolean sent, Optional<CaseRecord> takenBy) {
        static final Flushed NO_CASE = new Flushed(Optional.empty(), false, Optional.empty());
    }

    /** Carries out an outbox; idempotent, so running it twice (by two instances) is harmless. */
    private Flushed flush(StoredConversation stored) {
        Flushed flushed = Flushed.NO_CASE;
        if (stored.pendingReferral().isPresent()) {
            Referral referral = stored.pendingReferral().get();
            CaseRecord record = CaseRecord.referred(referral,
                    conversation.deadlinesOf(referral.recommendation().rulePack().id()), stored.participant(),
                    stored.key(), clock.instant());
            if (cases.create(record)) {
                flushed = new Flushed(Optional.of(record), true, Optional.empty());
                tellReferred(record);
            } else {
                Optional<CaseRecord> existing = cases.find(record.id());
                flushed = existing.filter(other -> !other.origin().equals(stored.key()))
                        .map(other -> new Flushed(Optional.empty(), false, Optional.of(other)))
                        .orElse(new Flushed(Optional.empty(), existing.isPresent(), Optional.empty()));
            }
        }
        transcripts.append(stored.outbox());
        if (flushed.sent()) {
            Referral referral = stored.pendingReferral().orElseThrow();
            transcripts.linkToCase(stored.key(), stored.referralStart(), stored.nextSequence() - 1,
                    CaseId.of(referral.board(), referral.reference()).value());
        }
        return flushed;
    }

    /**
     * The conversation once its outbox is carried out; when the referral's reference was taken by
     * another conversation, back to review with the answers kept, and the correction in the outbox.
     */
    private StoredConversation settled(StoredConversation stored, Flushed flushed) {
        if (flushed.takenBy().isEmpty()) {
            return stored.outboxDone();
        }
        Turn correction = conversation.of(stored.state()).notSent(stored.state(),
                flushed.takenBy().get().reference());
        Instant at = clock.instant();
        List<TranscriptEntry> entries = new ArrayList<>();
        long sequence = stored.nextSequence();
        for (Reply reply : correction.replies()) {
            entries.add(outbound(stored.key(), sequence++, at, reply));
        }
        return new StoredConversation(stored.key(), stored.version() + 1, correction.state(), sequence,
                stored.referralStart(), entries, Optional.empty(), stored.recentInbound(), stored.participant(),
                stored.undelivered());
    }

    /** The replies to send: never that a referral was sent unless its case exists. */
    private List<Reply> truthful(Turn turn, Optional<Referral> referral, Flushed flushed) {
        if (referral.isEmpty() || flushed.sent()) {
            return turn.replies();
        }
        if (flushed.takenBy().isPresent()) {
            return conversation.of(turn.state()).notSent(turn.state(), flushed.takenBy().get().reference())
                    .replies();
        }
        return conversation.of(turn.state()).notSentYet(turn.state(), referral.get()).replies();
    }

    private void tellReferred(CaseRecord record) {
        try {
            referred.accept(record);
        } catch (RuntimeException failed) {
            LOG.log(System.Logger.Level.WARNING, "case {0} created; telling of it failed: {1}", record.id().value(),
                    failed.getClass().getSimpleName());
        }
    }

    /**
     * The turn for this input, and after a refused message the note on deleting it from the chat, worded for the
     * conversation's platform ({@link DeleteNote}).
     */
    private Turn turn(StoredConversation stored, Incoming incoming, boolean redelivered) {
        Turn turn;
        if (stored.undelivered()) {
            // A message too long to read is set aside unread, like any other.
            Inbound input = tooLong(incoming.input()) ? new Inbound.TextMessage("") : incoming.input();
            turn = conversation.of(stored.state()).afterUndelivered(stored.state(), input, redelivered);
        } else {
            turn = answered(stored, incoming);
        }
        if (turn.inboundRefusedBecause().isEmpty()) {
            return turn;
        }
        // Right after the refusal, before the question asked again, so the question stays last.
        return turn.withSecond(new Reply.Say(DeleteNote.forChannel(incoming.key().channel())));
    }

    /**
     * The turn for this input. A case command leaves the conversation where it is. A reference the
     * board already has a case for is refused before sending, and at the question that sets it
     * (the reference, or the board when it changes).
     */
    private Turn answered(StoredConversation stored, Incoming incoming) {
        ConversationState before = stored.state();
        if (tooLong(incoming.input())) {
            Inbound.TextMessage typed = (Inbound.TextMessage) incoming.input();
            return new Turn(before, List.of(new Reply.Say(String.format(Locale.UK, "That message is %,d "
                    + "characters long; I read messages of up to %,d characters. Nothing has been recorded: please "
                    + "send it shorter.", typed.text().length(), MAX_TYPED_TEXT))), List.of(), Optional.of("too long"));
        }
        if (before.phase() == Phase.REVIEWING && runs(Command.SUBMIT, incoming.input())) {
            Optional<Turn> refused = existingCase(conversation.of(before).caseIdOf(before))
                    .map(existing -> conversation.of(before).referenceInUse(before, existing.reference()));
            if (refused.isPresent()) {
                return refused.get();
            }
        }
        Optional<List<Reply>> command = caseCommand(incoming);
        if (command.isPresent()) {
            Turn answered = new Turn(before, command.get(), List.of(), Optional.empty());
            return incoming.input() instanceof Inbound.TextMessage typed
                    ? answered.understood(caseCommands.orElseThrow().recorded(typed.text())) : answered;
        }
        Optional<Turn> answer = answerToChair(stored, incoming);
        if (answer.isPresent()) {
            return answer.get();
        }
        Optional<Turn> mistyped = mistyped(before, incoming);
        if (mistyped.isPresent()) {
            return mistyped.get();
        }
        Turn turn = withCaseCommands(conversation.handle(before, incoming.input()), before, incoming);
        Optional<CaseId> named = conversation.of(turn.state()).caseIdOf(turn.state());
        if (named.isEmpty() || named.equals(conversation.of(before).caseIdOf(before))) {
            return turn;
        }
        return existingCase(named)
                .map(existing -> conversation.of(before).referenceInUse(before, existing.reference()))
                .orElse(turn);
    }

    private static boolean tooLong(Inbound input) {
        return input instanceof Inbound.TextMessage typed && typed.text().length() > MAX_TYPED_TEXT;
    }

    private Optional<CaseRecord> existingCase(Optional<CaseId> id) {
        return id.flatMap(cases::find);
    }

    private Optional<List<Reply>> caseCommand(Incoming incoming) {
        if (caseCommands.isEmpty()) {
            return Optional.empty();
        }
        if (incoming.input() instanceof Inbound.ButtonPressed pressed) {
            return caseCommands.get().pressed(pressed.payload(), incoming.who());
        }
        return caseCommands.get().answer(((Inbound.TextMessage) incoming.input()).text(), incoming.who());
    }

    /**
     * Text typed in an idle chat whose referral awaits its referrer's answer to the Chair: the answer. A turn
     * outside the flow, whose text is not stored when it was refused.
     */
    private Optional<Turn> answerToChair(StoredConversation stored, Incoming incoming) {
        if (!idle(stored.state()) || caseCommands.isEmpty() || !(incoming.input() instanceof Inbound.TextMessage text)
                || TypedCommands.typed(text.text()).isPresent()) {
            return Optional.empty();
        }
        return caseCommands.get().typedAnswer(text.text(), incoming.who(), incoming.key())
                .map(answer -> {
                    Turn turn = new Turn(stored.state(), answer.replies(), List.of(), answer.refusedBecause());
                    // The answer itself is kept once, on the case, where it was checked for personal details.
                    return answer.refusedBecause().isPresent() ? turn : turn.understood("an answer to the Chair's "
                            + "request, kept on the case (" + TypedText.clean(text.text()).length() + " characters)");
                });
    }

    /** A case command mistyped in a chat with no referral under way: what was meant, not a new referral. */
    private Optional<Turn> mistyped(ConversationState before, Incoming incoming) {
        if (!idle(before) || caseCommands.isEmpty() || !(incoming.input() instanceof Inbound.TextMessage text)
                || TypedCommands.typed(text.text()).isPresent()) {
            return Optional.empty();
        }
        return caseCommands.get().mistyped(text.text(), incoming.who())
                .map(reply -> new Turn(before, List.of(reply), List.of(), Optional.empty())
                        .understood("a mistyped command"));
    }

    /** No referral under way: nothing asked yet, sent to the Chair, or cancelled. */
    private static boolean idle(ConversationState state) {
        return state.phase() == Phase.SUBMITTED || state.phase() == Phase.NEW || state.phase() == Phase.CANCELLED;
    }

    /**
     * Help, with the case commands this person may use after what the conversation says of itself (and before the
     * question it asks again, which stays last); and "why" with no referral under way, which the conversation
     * answers with its help.
     */
    private Turn withCaseCommands(Turn turn, ConversationState before, Incoming incoming) {
        boolean help = runs(Command.HELP, incoming.input()) || idle(before) && runs(Command.WHY, incoming.input());
        if (caseCommands.isEmpty() || !help) {
            return turn;
        }
        return turn.withSecond(caseCommands.get().help(incoming.who()));
    }

    private static boolean runs(Command command, Inbound input) {
        if (input instanceof Inbound.TextMessage text) {
            return TypedCommands.typed(text.text()).filter(command::equals).isPresent();
        }
        return ActionCodec.decode(((Inbound.ButtonPressed) input).payload())
                .filter(payload -> payload instanceof ButtonAction.Run run && run.command() == command)
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

    /** The turn's transcript entries: the person's message (unless it was entered when first delivered), the replies. */
    private List<TranscriptEntry> entries(StoredConversation stored, Incoming incoming, Turn turn,
                                          boolean redelivered) {
        List<TranscriptEntry> entries = new ArrayList<>();
        long sequence = stored.nextSequence();
        Instant at = clock.instant();
        if (!redelivered) {
            entries.add(inbound(stored.key(), sequence++, at, incoming, turn, stored.undelivered()));
        }
        for (Reply reply : turn.replies()) {
            entries.add(outbound(stored.key(), sequence++, at, reply));
        }
        return entries;
    }

    private static TranscriptEntry outbound(ConversationKey key, long sequence, Instant at, Reply reply) {
        Optional<String> payload = reply instanceof Reply.Ask ask ? Optional.of(ask.question().value())
                : Optional.empty();
        return new TranscriptEntry(key, sequence, at, TranscriptEntry.Direction.OUTBOUND, UserRef.BOT,
                PlainText.kind(reply), PlainText.render(reply), payload, Optional.empty());
    }

    /**
     * What is stored of the person's message: a button's payload, or typed text as it was
     * understood. Text that was not understood as an answer or a command is never stored, whatever it
     * holds: the entry records only that something was typed, and its length. A message not used because the replies
     * before it had not reached the person ({@code setAside}) is recorded as that, with what it was if a button.
     */
    private static TranscriptEntry inbound(ConversationKey key, long sequence, Instant at, Incoming incoming,
                                           Turn turn, boolean setAside) {
        String notUsed = " not used, as the replies before it had not reached them";
        if (incoming.input() instanceof Inbound.ButtonPressed pressed) {
            return setAside
                    ? inbound(key, sequence, at, incoming, "set aside", "A button press" + notUsed + ".",
                            Optional.of(pressed.payload()))
                    : inbound(key, sequence, at, incoming, "button", "Pressed a button", Optional.of(pressed.payload()));
        }
        String length = characters(TypedText.clean(((Inbound.TextMessage) incoming.input()).text()).length());
        if (turn.inboundRefusedBecause().isPresent()) {
            return inbound(key, sequence, at, incoming, "refused", "Entry refused and not stored: "
                    + turn.inboundRefusedBecause().get() + " (" + length + ").", Optional.empty());
        }
        if (setAside) {
            return inbound(key, sequence, at, incoming, "set aside", "Typed text" + notUsed + ", not stored ("
                    + length + ").", Optional.empty());
        }
        if (turn.understoodAs().isEmpty()) {
            return inbound(key, sequence, at, incoming, "unrecognised", "Typed text that was not an answer or a "
                    + "command, not stored (" + length + ").", Optional.empty());
        }
        return inbound(key, sequence, at, incoming, "text", turn.understoodAs().get(), Optional.empty());
    }

    private static TranscriptEntry inbound(ConversationKey key, long sequence, Instant at, Incoming incoming,
                                           String kind, String text, Optional<String> payload) {
        return new TranscriptEntry(key, sequence, at, TranscriptEntry.Direction.INBOUND, incoming.who(), kind, text,
                payload, Optional.empty());
    }

    private static String characters(int length) {
        return length == 1 ? "1 character" : length + " characters";
    }
}
