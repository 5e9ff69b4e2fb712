package uk.lscb.casereview.core.conversation;

import static uk.lscb.casereview.core.conversation.ConversationWording.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.lscb.casereview.core.actions.ActionCodec;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.cases.CaseCommands;
import uk.lscb.casereview.core.actions.Command;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.cases.Referral;
import uk.lscb.casereview.core.messages.Choice;
import uk.lscb.casereview.core.messages.Fact;
import uk.lscb.casereview.core.messages.PersonalDetails;
import uk.lscb.casereview.core.messages.Reply;
import uk.lscb.casereview.core.messages.UkDates;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.refs.CaseReference;
import uk.lscb.casereview.core.rules.Answer;
import uk.lscb.casereview.core.rules.AnswerType;
import uk.lscb.casereview.core.rules.AnswerValue;
import uk.lscb.casereview.core.rules.Answers;
import uk.lscb.casereview.core.rules.Contradiction;
import uk.lscb.casereview.core.rules.Question;
import uk.lscb.casereview.core.rules.QuestionId;
import uk.lscb.casereview.core.rules.RulePack;
import uk.lscb.casereview.core.rules.TypedText;

/**
 * The scoping conversation for one rule pack: {@link #handle} is a pure function of (state, input,
 * clock) to a {@link Turn}. It never throws on what a person types or presses: anything it cannot
 * use gets a short, clear re-prompt and leaves the state as it was.
 *
 * <p>This class holds the transitions only: what each input does to the state and which reply it needs.
 * {@link ConversationViews} lays out what is shown and {@link ConversationWording} words it.
 */
public final class Conversation {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final RulePack pack;
    private final Boards boards;
    private final Clock clock;
    private final ConversationViews views;

    public Conversation(RulePack pack, Boards boards, Clock clock) {
        this.pack = Objects.requireNonNull(pack, "pack");
        this.boards = Objects.requireNonNull(boards, "boards");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.views = new ConversationViews(pack, boards);
    }

    public RulePack pack() {
        return pack;
    }

    Boards boards() {
        return boards;
    }

    /** A new conversation; in a channel that belongs to one board, the board is implied. */
    public ConversationState start(Optional<BoardId> channelBoard) {
        Answers implied = Answers.none();
        if (channelBoard.isPresent() && boards.get(channelBoard.get()).isPresent()) {
            implied = implied.withImplied(boardQuestion(), new AnswerValue.Board(channelBoard.get()));
        }
        return ConversationState.fresh(pack.id(), implied);
    }

    /** One turn: what the person did, applied to the state. */
    public Turn handle(ConversationState state, Inbound input) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(input, "input");
        state = settled(state);
        if (input instanceof Inbound.ButtonPressed pressed) {
            return onButton(state, pressed.payload());
        }
        return onText(state, ((Inbound.TextMessage) input).text());
    }

    /**
     * The person's message after replies that did not reach them: not used, since it may answer something they never
     * saw, and where they are shown again. When it is the platform delivering again the very message those replies
     * answered ({@code redelivered}), it was used then, and they are told so.
     */
    public Turn afterUndelivered(ConversationState state, Inbound input, boolean redelivered) {
        Objects.requireNonNull(input, "input");
        ConversationState settled = settled(Objects.requireNonNull(state, "state"));
        if (redelivered) {
            return reprompt(settled, REPLY_TO_THAT_DID_NOT_REACH_YOU);
        }
        Optional<PersonalDetails.Suspicion> suspicion = input instanceof Inbound.TextMessage typed
                ? PersonalDetails.suspect(TypedText.clean(typed.text())) : Optional.empty();
        return suspicion.map(s -> refused(reprompt(settled, REPLY_DID_NOT_REACH_YOU + messageNotKept(s.because())), s))
                .orElseGet(() -> reprompt(settled, REPLY_DID_NOT_REACH_YOU));
    }

    // ---- typed text -------------------------------------------------------------------------

    private Turn onText(ConversationState state, String raw) {
        String text = TypedText.clean(raw);
        if (text.isEmpty()) {
            return state.phase() == Phase.NEW ? begin(state, List.of()) : reprompt(state, NO_TEXT);
        }
        Optional<Integer> line = TypedCommands.changeLine(text);
        if (line.isPresent()) {
            return editLine(state, line.get()).understood("change " + line.get());
        }
        Optional<Command> command = TypedCommands.typed(text);
        if (command.isPresent()) {
            return onCommand(state, command.get()).understood(command.get().word());
        }
        return switch (state.phase()) {
            case NEW, CANCELLED -> {
                Optional<PersonalDetails.Suspicion> suspicion = PersonalDetails.suspect(text);
                List<Reply> first = suspicion.<List<Reply>>map(s -> List.of(new Reply.Say(
                        firstMessageNotKept(s.because())))).orElse(List.of());
                Turn begun = begin(state, first);
                yield suspicion.map(s -> refused(begun, s)).orElse(begun);
            }
            case ASKING -> onAnswer(state, pack.question(state.current().orElseThrow()), text);
            case CONFIRMING -> onConfirmingText(state, text);
            case RESOLVING -> onResolvingText(state, text);
            case REVIEWING, SUBMITTED -> notUnderstood(state, text, "");
        };
    }

    private Turn onAnswer(ConversationState state, Question question, String text) {
        return switch (question.type()) {
            case YES_NO_UNSURE -> Answer.read(text)
                    .map(answer -> accept(state, question, new AnswerValue.YesNo(answer)))
                    .orElseGet(() -> notUnderstood(state, text, ANSWER_YES_NO_UNSURE));
            case BOARD -> boards.match(text)
                    .map(board -> accept(state, question, new AnswerValue.Board(board.id())))
                    .orElseGet(() -> notUnderstood(state, text, chooseBoard(views.boardNames())));
            case CASE_REFERENCE -> onCaseReference(state, question, text);
            case PAST_DATE -> onDate(state, question, text);
        };
    }

    private Turn onCaseReference(ConversationState state, Question question, String text) {
        Optional<PersonalDetails.Suspicion> suspicion = PersonalDetails.suspect(text);
        if (suspicion.isPresent()) {
            return refused(reprompt(state, notAcceptedAsReference(suspicion.get().because())), suspicion.get());
        }
        if (!CaseReference.isWellFormed(text)) {
            return reprompt(state, MALFORMED_REFERENCE);
        }
        if (!CaseReference.isAcceptableNew(text, boards.words())) {
            return reprompt(state, NOT_LIKE_A_REFERENCE);
        }
        return accept(state, question, new AnswerValue.Reference(text));
    }

    private Turn onDate(ConversationState state, Question question, String text) {
        LocalDate today = today();
        Optional<LocalDate> date = UkDates.parse(text, today);
        if (date.isEmpty()) {
            return UkDates.impossible(text).map(why -> reprompt(state, impossibleDate(why)))
                    .orElseGet(() -> notUnderstood(state, text, UNREADABLE_DATE));
        }
        if (date.get().isAfter(today)) {
            return reprompt(state, futureDate(date.get()));
        }
        if (date.get().isBefore(today.minusYears(1))) {
            ConversationState confirming = state.confirming(date.get());
            return turn(confirming, List.of(views.confirmation(confirming))).understood(date.get().toString());
        }
        return accept(state, question, new AnswerValue.Date(date.get()));
    }

    /** Yes or no confirms the date; a date typed instead is the corrected answer. */
    private Turn onConfirmingText(ConversationState state, String text) {
        Optional<Answer> answer = Answer.read(text);
        if (answer.isEmpty() && (UkDates.parse(text, today()).isPresent() || UkDates.impossible(text).isPresent())) {
            Question question = pack.question(state.current().orElseThrow());
            return onDate(state.asking(state.answers(), question.id()), question, text);
        }
        return onConfirmation(state, answer, text);
    }

    private Turn onConfirmation(ConversationState state, Optional<Answer> answer, String text) {
        if (answer.isEmpty() || answer.get() == Answer.UNSURE) {
            return notUnderstood(state, text, ANSWER_YES_OR_NO);
        }
        Question question = pack.question(state.current().orElseThrow());
        if (answer.get() == Answer.YES) {
            return accept(state, question, new AnswerValue.Date(state.pendingDate().orElseThrow()))
                    .understood(answer.get().code());
        }
        return turn(state.asking(state.answers(), question.id()),
                List.of(new Reply.Say(TYPE_DATE_AGAIN), views.ask(question, state.answers())))
                .understood(answer.get().code());
    }

    // ---- buttons ------------------------------------------------------------------------------

    private Turn onButton(ConversationState state, String payload) {
        Optional<ButtonAction> read = ActionCodec.decode(payload);
        if (read.isEmpty()) {
            return reprompt(state, UNKNOWN_BUTTON);
        }
        ButtonAction pressed = read.get();
        if (pressed instanceof ButtonAction.Run run) {
            return onCommand(state, run.command()).understood(run.command().word());
        }
        if (pressed instanceof ButtonAction.Edit edit) {
            return edit(state, edit.question());
        }
        if (pressed instanceof ButtonAction.Keep keep) {
            return onKeep(state, keep.question());
        }
        if (pressed instanceof ButtonAction.Discard discard) {
            return discard.confirmed() ? discarding(state, discard.command()) : reprompt(state, ANSWERS_KEPT);
        }
        if (pressed instanceof ButtonAction.ConfirmAnswer confirm) {
            if (state.phase() == Phase.CONFIRMING && state.current().orElseThrow().equals(confirm.question())) {
                return onConfirmation(state, Optional.of(confirm.confirmed() ? Answer.YES : Answer.NO), "");
            }
            return stale(state, confirm.question());
        }
        if (!(pressed instanceof ButtonAction.Answer answer)) {
            // A case card's button has no meaning in the scoping conversation (the adapters send it to the case).
            return reprompt(state, UNKNOWN_BUTTON);
        }
        if (state.phase() == Phase.ASKING && state.current().orElseThrow().equals(answer.question())) {
            return onAnswer(state, pack.question(answer.question()), answer.value());
        }
        return stale(state, answer.question());
    }

    private Turn stale(ConversationState state, QuestionId question) {
        return reprompt(state, staleButton(pack.find(question).map(Question::label)));
    }

    // ---- commands -----------------------------------------------------------------------------

    private Turn onCommand(ConversationState state, Command command) {
        return switch (command) {
            case START -> inProgress(state) ? reprompt(state, ALREADY_IN_PROGRESS) : begin(state, List.of());
            case RESTART -> answersGiven(state) > 0 ? confirmDiscard(state, command) : discarding(state, command);
            case BACK -> back(state);
            case WHY -> why(state);
            case HELP -> turn(state, join(List.of(new Reply.Say(HELP)), where(state)));
            case SUMMARY -> turn(state, join(List.of(views.summary(state.answers())), where(state)));
            case CANCEL -> answersGiven(state) > 0 ? confirmDiscard(state, command) : discarding(state, command);
            case SUBMIT -> submit(state);
        };
    }

    /** Start again or cancel, once confirmed (or with nothing to lose). */
    private Turn discarding(ConversationState state, Command command) {
        if (command == Command.CANCEL) {
            return cancel(state);
        }
        return begin(state, inProgress(state) ? List.of(new Reply.Say(STARTING_AGAIN)) : List.of());
    }

    /** The answers a person gave (not those implied by the channel) that starting again or cancelling would lose. */
    private long answersGiven(ConversationState state) {
        return inProgress(state)
                ? views.answerFacts(state.answers()).stream().filter(fact -> fact.change().isPresent()).count() : 0;
    }

    private Turn confirmDiscard(ConversationState state, Command command) {
        return turn(state, List.of(new Reply.Say(discardQuestion(answersGiven(state), command),
                List.of(ConversationViews.discardChoice(command, true),
                        ConversationViews.discardChoice(command, false)))));
    }

    private static boolean inProgress(ConversationState state) {
        return state.phase() == Phase.ASKING || state.phase() == Phase.CONFIRMING
                || state.phase() == Phase.RESOLVING || state.phase() == Phase.REVIEWING;
    }

    private Turn begin(ConversationState state, List<Reply> before) {
        Answers implied = state.answers().impliedOnly();
        List<Reply> replies = new ArrayList<>(before);
        replies.add(new Reply.Say(welcome(pack.decidedBy(), implied.get(boardQuestion())
                .map(value -> views.boardName(((AnswerValue.Board) value).board())))));
        return advance(ConversationState.fresh(pack.id(), implied), implied, replies);
    }

    private Turn back(ConversationState state) {
        List<Question> asked = pack.asked(state.answers());
        return switch (state.phase()) {
            case ASKING -> {
                int at = ConversationViews.indexOf(asked, state.current().orElseThrow());
                yield at <= 0 ? reprompt(state, FIRST_QUESTION) : askAgain(state, asked.get(at - 1));
            }
            case CONFIRMING, RESOLVING -> askAgain(state, pack.question(state.current().orElseThrow()));
            case REVIEWING -> askAgain(state, asked.get(asked.size() - 1));
            case NEW, CANCELLED, SUBMITTED -> reprompt(state, NOTHING_TO_GO_BACK_TO);
        };
    }

    private Turn askAgain(ConversationState state, Question question) {
        return turn(state.asking(state.answers(), question.id()), List.of(views.ask(question, state.answers())));
    }

    private Turn why(ConversationState state) {
        if (state.phase() == Phase.RESOLVING) {
            return turn(state, join(List.of(new Reply.Say(contradiction(state).explanation())), where(state)));
        }
        if (state.phase() == Phase.ASKING || state.phase() == Phase.CONFIRMING) {
            Question question = pack.question(state.current().orElseThrow());
            return turn(state, join(List.of(new Reply.Say(ConversationWording.why(question))), where(state)));
        }
        if (state.phase() == Phase.REVIEWING) {
            return turn(state, List.of(new Reply.Say(REASONS_SHOWN_WITH_IT), recommended(state.answers())));
        }
        return turn(state, join(List.of(new Reply.Say(HELP)), where(state)));
    }

    private Turn cancel(ConversationState state) {
        if (inProgress(state)) {
            return turn(state.in(Phase.CANCELLED, state.answers().impliedOnly()),
                    List.of(new Reply.Say(cancelled(pack.decidedBy()), List.of(Choice.of(Command.START)))));
        }
        if (state.phase() == Phase.SUBMITTED) {
            return reprompt(state, cannotCancelSent(pack.decidedBy()));
        }
        return reprompt(state, NO_REFERRAL_IN_PROGRESS);
    }

    private Turn submit(ConversationState state) {
        if (state.phase() == Phase.SUBMITTED) {
            return turn(state, List.of(new Reply.Say(alreadySent(pack.decidedBy()),
                    List.of(Choice.of(Command.START)))));
        }
        if (state.phase() != Phase.REVIEWING) {
            return reprompt(state, NOTHING_TO_SEND);
        }
        Referral referral = referralOf(state).orElseThrow();
        ConversationState submitted = state.in(Phase.SUBMITTED, state.answers());
        return new Turn(submitted, List.of(new Reply.Say(sent(pack.decidedBy(), referral.reference(),
                views.boardName(referral.board()), referral.recommendation().outcome().label()), List.of(Choice.of(Command.START)))),
                List.of(new Effect.SubmitReferral(referral)), Optional.empty());
    }

    /**
     * What shows where a stored conversation is, with its live buttons: the question being asked, the
     * recommendation under review, or what to do next. For a page that shows the conversation again.
     */
    public List<Reply> resume(ConversationState state) {
        ConversationState now = settled(Objects.requireNonNull(state, "state"));
        return now.phase() == Phase.REVIEWING ? List.of(recommended(now.answers())) : where(now);
    }

    /** The label of the button that sends this payload ("Yes", "Staffordshire", "Start again"), if it is one of ours. */
    public Optional<String> pressedLabel(String payload) {
        Optional<ButtonAction> read = ActionCodec.decode(Objects.requireNonNull(payload, "payload"));
        if (read.isEmpty()) {
            return Optional.empty();
        }
        ButtonAction pressed = read.get();
        if (pressed instanceof ButtonAction.Run run) {
            return Optional.of(run.command().label());
        }
        if (pressed instanceof ButtonAction.Edit edit) {
            return pack.find(edit.question()).map(q -> pressedChange(q.label()));
        }
        if (pressed instanceof ButtonAction.Keep keep) {
            return pack.find(keep.question()).map(q -> keepLabel(q.label()));
        }
        if (pressed instanceof ButtonAction.ConfirmAnswer confirm) {
            return Optional.of(confirm.confirmed() ? DATE_IS_RIGHT : CHANGE_DATE);
        }
        if (pressed instanceof ButtonAction.Discard discard) {
            return Optional.of(discardLabel(discard.command(), discard.confirmed()));
        }
        if (pressed instanceof ButtonAction.OpenDecisionCard open) {
            return Optional.of(CaseCommands.decideLabel(open.reference()));
        }
        if (!(pressed instanceof ButtonAction.Answer answer)) {
            // A case's button (the same payload on a card), or the summary card's Change of a platform's own
            return Optional.empty();
        }
        return pack.find(answer.question()).flatMap(question -> views.choices(question).stream()
                .filter(choice -> choice.payload().equals(answer.payload())).findFirst())
                .map(Choice::label);
    }

    /** The referral the answers make, once every question is answered (REVIEWING and SUBMITTED). */
    public Optional<Referral> referralOf(ConversationState state) {
        if (state.phase() != Phase.REVIEWING && state.phase() != Phase.SUBMITTED) {
            return Optional.empty();
        }
        Answers answers = state.answers();
        BoardId board = ((AnswerValue.Board) answers.get(boardQuestion()).orElseThrow()).board();
        return Optional.of(new Referral(board, new CaseReference(answers.text(caseReferenceQuestion()).orElseThrow()),
                answers.date(notifiedQuestion()).orElseThrow(), answers, pack.recommend(answers)));
    }

    /** The case the board and reference answers name, once both are answered. */
    public Optional<CaseId> caseIdOf(ConversationState state) {
        Optional<AnswerValue> board = state.answers().get(boardQuestion());
        Optional<String> reference = state.answers().text(caseReferenceQuestion());
        if (board.isEmpty() || reference.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(CaseId.of(((AnswerValue.Board) board.get()).board(), new CaseReference(reference.get())));
    }

    /** Refuses a reference the board already has a case for: nothing changes, and the person is told what to do. */
    public Turn referenceInUse(ConversationState state, CaseReference existing) {
        return reprompt(state, ConversationWording.referenceInUse(existing));
    }

    /**
     * A submitted referral whose case was not created because another conversation took its
     * reference first: nothing reached the Chair, and the answers are kept for review.
     */
    public Turn notSent(ConversationState submitted, CaseReference taken) {
        return reprompt(submitted.in(Phase.REVIEWING, submitted.answers()),
                ConversationWording.notSent(pack.decidedBy(), taken));
    }

    /** What a submitted referral's sender is told when its case could not be created yet (the store went away). */
    public Turn notSentYet(ConversationState submitted, Referral referral) {
        return turn(submitted, List.of(new Reply.Say(ConversationWording.notSentYet(pack.decidedBy(),
                referral.reference()),
                List.of(Choice.of(Command.START)))));
    }

    // ---- editing ------------------------------------------------------------------------------

    private Turn edit(ConversationState state, QuestionId id) {
        if (state.phase() == Phase.SUBMITTED) {
            return reprompt(state, cannotChangeSent(pack.decidedBy()));
        }
        if (!inProgress(state)) {
            return stale(state, id);
        }
        Optional<Question> question = pack.asked(state.answers()).stream()
                .filter(q -> q.id().equals(id) && state.answers().has(id)).findFirst();
        if (question.isEmpty()) {
            return reprompt(state, NO_LONGER_ASKED);
        }
        return askAgain(state, question.get());
    }

    private Turn editLine(ConversationState state, int line) {
        List<Fact> changeable = views.answerFacts(state.answers()).stream()
                .filter(fact -> fact.change().isPresent()).toList();
        if (!inProgress(state) || line < 1 || line > changeable.size()) {
            return reprompt(state, noAnswerNumber(line));
        }
        return edit(state, changeable.get(line - 1).question().orElseThrow());
    }

    // ---- moving on ----------------------------------------------------------------------------

    private Turn accept(ConversationState state, Question question, AnswerValue value) {
        Answers answers = pack.prune(state.answers().with(question.id(), value));
        return settle(state, answers, question.id(), List.of()).understood(value.canonical());
    }

    // ---- contradicting answers ----------------------------------------------------------------

    /** Goes on to the next question, unless the answer just given contradicts another: then asks which stands. */
    private Turn settle(ConversationState state, Answers answers, QuestionId answered, List<Reply> before) {
        Optional<Contradiction> contradiction = pack.contradiction(answers);
        if (contradiction.isPresent()) {
            ConversationState resolving = state.resolving(answers, answered);
            return turn(resolving, join(before, List.of(views.whichStands(resolving, contradiction.get()))));
        }
        return advance(state, answers, before);
    }

    private Turn onKeep(ConversationState state, QuestionId kept) {
        Optional<Contradiction.Side> side = state.phase() == Phase.RESOLVING
                ? contradiction(state).side(kept) : Optional.empty();
        if (side.isEmpty()) {
            return stale(state, kept);
        }
        Contradiction contradiction = contradiction(state);
        Contradiction.Side changed = contradiction.other(side.get());
        Answers answers = pack.prune(contradiction.keeping(side.get(), state.answers()));
        return settle(state, answers, changed.question(), List.of(new Reply.Say(kept(side.get().meaning(),
                pack.question(changed.question()).label(), changed.ifOtherStands().label()))));
    }

    /** 1 or 2 keeps the first or the second answer named. */
    private Turn onResolvingText(ConversationState state, String text) {
        Contradiction contradiction = contradiction(state);
        return switch (text) {
            case "1" -> onKeep(state, contradiction.first().question()).understood(text);
            case "2" -> onKeep(state, contradiction.second().question()).understood(text);
            default -> notUnderstood(state, text, CHOOSE_WHICH_STANDS);
        };
    }

    /** A stored RESOLVING state whose answers no longer contradict (a newer pack) asks its question again. */
    private ConversationState settled(ConversationState state) {
        return state.phase() == Phase.RESOLVING && pack.contradiction(state.answers()).isEmpty()
                ? state.asking(state.answers(), state.current().orElseThrow()) : state;
    }

    private Contradiction contradiction(ConversationState state) {
        return pack.contradiction(state.answers()).orElseThrow(
                () -> new IllegalStateException("resolving with no contradiction in the answers"));
    }

    private Turn advance(ConversationState state, Answers answers, List<Reply> before) {
        Optional<Question> next = pack.next(answers);
        if (next.isPresent()) {
            return turn(state.asking(answers, next.get().id()),
                    join(before, List.of(views.ask(next.get(), answers))));
        }
        return turn(state.in(Phase.REVIEWING, answers), join(before, List.of(recommended(answers))));
    }

    private List<Reply> where(ConversationState state) {
        return views.where(state, state.phase() == Phase.RESOLVING ? Optional.of(contradiction(state))
                : Optional.empty());
    }

    private Reply.Recommended recommended(Answers answers) {
        return views.recommended(answers, boardQuestion());
    }

    private Turn reprompt(ConversationState state, String message) {
        List<Reply> replies = new ArrayList<>();
        List<Reply> here = where(state);
        if (!here.isEmpty() && here.get(0) instanceof Reply.Say say) {
            replies.add(new Reply.Say(message + say.text(), say.choices()));
        } else {
            replies.add(new Reply.Say(message.trim()));
            replies.addAll(here);
        }
        return turn(state, replies);
    }

    /** Text that was not an answer or a command: refused (and not stored) if it may hold personal details. */
    private Turn notUnderstood(ConversationState state, String text, String message) {
        Optional<PersonalDetails.Suspicion> suspicion = PersonalDetails.suspect(text);
        if (suspicion.isPresent()) {
            return refused(reprompt(state, messageNotKept(suspicion.get().because())), suspicion.get());
        }
        return reprompt(state, message.isEmpty() ? NOT_UNDERSTOOD : message);
    }

    /** The note on deleting the message from the chat follows, worded per platform ({@link DeleteNote}). */
    private static Turn refused(Turn turn, PersonalDetails.Suspicion suspicion) {
        return new Turn(turn.state(), turn.replies(), turn.effects(), Optional.of(suspicion.because()));
    }

    private static Turn turn(ConversationState state, List<Reply> replies) {
        return new Turn(state, replies, List.of(), Optional.empty());
    }

    // ---- small helpers ------------------------------------------------------------------------

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), LONDON);
    }

    private QuestionId boardQuestion() {
        return questionOfType(AnswerType.BOARD);
    }

    private QuestionId caseReferenceQuestion() {
        return questionOfType(AnswerType.CASE_REFERENCE);
    }

    private QuestionId notifiedQuestion() {
        return questionOfType(AnswerType.PAST_DATE);
    }

    private QuestionId questionOfType(AnswerType type) {
        return pack.questions().stream().filter(q -> q.type() == type).findFirst()
                .orElseThrow(() -> new IllegalStateException("rule pack " + pack.id() + " has no " + type + " question"))
                .id();
    }

    private static <T> List<T> join(List<? extends T> first, List<? extends T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
