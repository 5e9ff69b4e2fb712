package uk.lscb.casereview.core.conversation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.lscb.casereview.core.actions.ActionCodec;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.actions.Command;
import uk.lscb.casereview.core.boards.Board;
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
import uk.lscb.casereview.core.rules.Citation;
import uk.lscb.casereview.core.rules.Contradiction;
import uk.lscb.casereview.core.rules.Question;
import uk.lscb.casereview.core.rules.QuestionId;
import uk.lscb.casereview.core.rules.RulePack;
import uk.lscb.casereview.core.rules.Source;
import uk.lscb.casereview.core.rules.TypedText;

/**
 * The scoping conversation for one rule pack: {@link #handle} is a pure function of (state, input,
 * clock) to a {@link Turn}. It never throws on what a person types or presses: anything it cannot
 * use gets a short, clear re-prompt and leaves the state as it was.
 */
public final class Conversation {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String NEVER_NAMES =
            "Please never type a child's name or date of birth here: use the case reference.";

    private final RulePack pack;
    private final Boards boards;
    private final Clock clock;

    public Conversation(RulePack pack, Boards boards, Clock clock) {
        this.pack = Objects.requireNonNull(pack, "pack");
        this.boards = Objects.requireNonNull(boards, "boards");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public RulePack pack() {
        return pack;
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

    // ---- typed text -------------------------------------------------------------------------

    private Turn onText(ConversationState state, String raw) {
        String text = TypedText.clean(raw);
        if (text.isEmpty()) {
            return state.phase() == Phase.NEW ? begin(state, List.of())
                    : reprompt(state, "I didn't get any text. ");
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
                        "I haven't kept your message: " + s.because() + ". " + NEVER_NAMES))).orElse(List.of());
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
                    .orElseGet(() -> notUnderstood(state, text, "Please answer yes, no or not sure. "));
            case BOARD -> boards.match(text)
                    .map(board -> accept(state, question, new AnswerValue.Board(board.id())))
                    .orElseGet(() -> notUnderstood(state, text, "Please choose " + boardNames() + ". "));
            case CASE_REFERENCE -> onCaseReference(state, question, text);
            case PAST_DATE -> onDate(state, question, text);
        };
    }

    private Turn onCaseReference(ConversationState state, Question question, String text) {
        Optional<PersonalDetails.Suspicion> suspicion = PersonalDetails.suspect(text);
        if (suspicion.isPresent()) {
            return refused(reprompt(state, "I can't accept that as a case reference: " + suspicion.get().because()
                    + ". " + NEVER_NAMES + " "), suspicion.get());
        }
        if (!CaseReference.isWellFormed(text)) {
            return reprompt(state, "A case reference is 3 to 40 letters or digits, and may use / - _ or . "
                    + "(no spaces), for example SCR-2026-014. ");
        }
        if (!CaseReference.isAcceptableNew(text, boards.words())) {
            return reprompt(state, "I haven't kept that: it doesn't look like a case reference. A board's case "
                    + "reference has a number in it, and its letters are short codes (such as SCR or the board's "
                    + "initials), not words or names, for example SCR-2026-014. " + NEVER_NAMES + " ");
        }
        return accept(state, question, new AnswerValue.Reference(text));
    }

    private Turn onDate(ConversationState state, Question question, String text) {
        LocalDate today = today();
        Optional<LocalDate> date = UkDates.parse(text, today);
        if (date.isEmpty()) {
            return notUnderstood(state, text,
                    "I couldn't read that as a date. Type it like 28/11/2026 or 28 Nov 2026, or say today or yesterday. ");
        }
        if (date.get().isAfter(today)) {
            return reprompt(state, UkDates.format(date.get()) + " is in the future: the LSCB can't have been "
                    + "notified yet. Please check the date. ");
        }
        if (date.get().isBefore(today.minusYears(1))) {
            ConversationState confirming = state.confirming(date.get());
            return turn(confirming, List.of(confirmation(confirming))).understood(date.get().toString());
        }
        return accept(state, question, new AnswerValue.Date(date.get()));
    }

    /** Yes or no confirms the date; a date typed instead is the corrected answer. */
    private Turn onConfirmingText(ConversationState state, String text) {
        Optional<Answer> answer = Answer.read(text);
        if (answer.isEmpty() && UkDates.parse(text, today()).isPresent()) {
            Question question = pack.question(state.current().orElseThrow());
            return onDate(state.asking(state.answers(), question.id()), question, text);
        }
        return onConfirmation(state, answer, text);
    }

    private Turn onConfirmation(ConversationState state, Optional<Answer> answer, String text) {
        if (answer.isEmpty() || answer.get() == Answer.UNSURE) {
            return notUnderstood(state, text, "Please answer yes or no. ");
        }
        Question question = pack.question(state.current().orElseThrow());
        if (answer.get() == Answer.YES) {
            return accept(state, question, new AnswerValue.Date(state.pendingDate().orElseThrow()))
                    .understood(answer.get().code());
        }
        return turn(state.asking(state.answers(), question.id()),
                List.of(new Reply.Say("Please type the date again."), ask(question, state.answers())))
                .understood(answer.get().code());
    }

    // ---- buttons ------------------------------------------------------------------------------

    private Turn onButton(ConversationState state, String payload) {
        Optional<ButtonAction> read = ActionCodec.decode(payload);
        if (read.isEmpty()) {
            return reprompt(state, "Sorry, I didn't recognise that button. ");
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
            return discard.confirmed() ? discarding(state, discard.command())
                    : reprompt(state, "Your answers are kept. ");
        }
        if (pressed instanceof ButtonAction.ConfirmAnswer confirm) {
            if (state.phase() == Phase.CONFIRMING && state.current().orElseThrow().equals(confirm.question())) {
                return onConfirmation(state, Optional.of(confirm.confirmed() ? Answer.YES : Answer.NO), "");
            }
            return stale(state, confirm.question());
        }
        ButtonAction.Answer answer = (ButtonAction.Answer) pressed;
        if (state.phase() == Phase.ASKING && state.current().orElseThrow().equals(answer.question())) {
            return onAnswer(state, pack.question(answer.question()), answer.value());
        }
        return stale(state, answer.question());
    }

    private Turn stale(ConversationState state, QuestionId question) {
        String which = pack.find(question).map(q -> " (\u201C" + q.label() + "\u201D)").orElse("");
        return reprompt(state, "That button is from an earlier question" + which
                + ", so I haven't changed anything. To change an answer, type back or summary. ");
    }

    // ---- commands -----------------------------------------------------------------------------

    private Turn onCommand(ConversationState state, Command command) {
        return switch (command) {
            case START -> inProgress(state)
                    ? reprompt(state, "You already have a referral in progress. To clear it and start again, "
                    + "type restart. ")
                    : begin(state, List.of());
            case RESTART -> answersGiven(state) > 0 ? confirmDiscard(state, command) : discarding(state, command);
            case BACK -> back(state);
            case WHY -> why(state);
            case HELP -> turn(state, join(List.of(new Reply.Say(help())), where(state)));
            case SUMMARY -> turn(state, join(List.of(summary(state)), where(state)));
            case CANCEL -> answersGiven(state) > 0 ? confirmDiscard(state, command) : discarding(state, command);
            case SUBMIT -> submit(state);
        };
    }

    /** Start again or cancel, once confirmed (or with nothing to lose). */
    private Turn discarding(ConversationState state, Command command) {
        if (command == Command.CANCEL) {
            return cancel(state);
        }
        return begin(state, inProgress(state)
                ? List.of(new Reply.Say("Starting again: your earlier answers are cleared.")) : List.of());
    }

    /** The answers a person gave (not those implied by the channel) that starting again or cancelling would lose. */
    private long answersGiven(ConversationState state) {
        return inProgress(state)
                ? answerFacts(state.answers()).stream().filter(fact -> fact.change().isPresent()).count() : 0;
    }

    private Turn confirmDiscard(ConversationState state, Command command) {
        long given = answersGiven(state);
        String lost = "This will discard " + given + (given == 1 ? " answer" : " answers") + ". ";
        return turn(state, List.of(new Reply.Say(lost + (command == Command.CANCEL ? "Cancel the referral?"
                : "Start again?"), List.of(discardChoice(command, true), discardChoice(command, false)))));
    }

    private static Choice discardChoice(Command command, boolean confirmed) {
        String yes = command == Command.CANCEL ? "Yes, cancel it" : "Yes, start again";
        return Choice.of(confirmed ? yes : "No, keep my answers", new ButtonAction.Discard(command, confirmed));
    }

    private static boolean inProgress(ConversationState state) {
        return state.phase() == Phase.ASKING || state.phase() == Phase.CONFIRMING
                || state.phase() == Phase.RESOLVING || state.phase() == Phase.REVIEWING;
    }

    private Turn begin(ConversationState state, List<Reply> before) {
        Answers implied = state.answers().impliedOnly();
        List<Reply> replies = new ArrayList<>(before);
        String board = implied.get(boardQuestion())
                .map(value -> " This referral is for " + boardName(((AnswerValue.Board) value).board())
                        + " (from this channel).")
                .orElse("");
        replies.add(new Reply.Say("I'll ask the scoping questions one at a time, then recommend whether the case "
                + "meets the threshold for a Serious Case Review or a learning review, with the framework's "
                + "reasons. The board's Independent Chair makes the final decision." + board + " " + NEVER_NAMES
                + " Type help at any time."));
        return advance(ConversationState.fresh(pack.id(), implied), implied, replies);
    }

    private Turn back(ConversationState state) {
        List<Question> asked = pack.asked(state.answers());
        return switch (state.phase()) {
            case ASKING -> {
                int at = indexOf(asked, state.current().orElseThrow());
                yield at <= 0
                        ? reprompt(state, "This is the first question. ")
                        : askAgain(state, asked.get(at - 1));
            }
            case CONFIRMING, RESOLVING -> askAgain(state, pack.question(state.current().orElseThrow()));
            case REVIEWING -> askAgain(state, asked.get(asked.size() - 1));
            case NEW, CANCELLED, SUBMITTED -> reprompt(state, "There is nothing to go back to. ");
        };
    }

    private Turn askAgain(ConversationState state, Question question) {
        return turn(state.asking(state.answers(), question.id()), List.of(ask(question, state.answers())));
    }

    private Turn why(ConversationState state) {
        if (state.phase() == Phase.RESOLVING) {
            return turn(state, join(List.of(new Reply.Say(contradiction(state).explanation())), where(state)));
        }
        if (state.phase() == Phase.ASKING || state.phase() == Phase.CONFIRMING) {
            Question question = pack.question(state.current().orElseThrow());
            return turn(state, join(List.of(new Reply.Say(whyText(question))), where(state)));
        }
        if (state.phase() == Phase.REVIEWING) {
            return turn(state, List.of(new Reply.Say("The reasons for the recommendation, in the framework's "
                    + "words, are shown with it:"), recommended(state.answers())));
        }
        return turn(state, join(List.of(new Reply.Say(help())), where(state)));
    }

    private Turn cancel(ConversationState state) {
        if (inProgress(state)) {
            return turn(state.in(Phase.CANCELLED, state.answers().impliedOnly()), List.of(new Reply.Say(
                    "Cancelled. Nothing has been sent to the Chair, and your answers have been cleared.",
                    List.of(Choice.of(Command.START)))));
        }
        if (state.phase() == Phase.SUBMITTED) {
            return reprompt(state, "This referral has already been sent to the Chair, so it can't be cancelled "
                    + "here. If it should be withdrawn, ask the board's business unit. ");
        }
        return reprompt(state, "There is no referral in progress. ");
    }

    private Turn submit(ConversationState state) {
        if (state.phase() == Phase.SUBMITTED) {
            return turn(state, List.of(new Reply.Say("This referral has already been sent to the Chair. To begin a "
                    + "new one, type start.", List.of(Choice.of(Command.START)))));
        }
        if (state.phase() != Phase.REVIEWING) {
            return reprompt(state, "There is nothing to send yet: the scoping questions come first. ");
        }
        Referral referral = referralOf(state).orElseThrow();
        ConversationState submitted = state.in(Phase.SUBMITTED, state.answers());
        return new Turn(submitted, List.of(new Reply.Say("Your referral " + referral.reference().value()
                + " has been sent to the " + boardName(referral.board()) + " Independent Chair for a decision, with "
                + "the recommendation: " + referral.recommendation().outcome().label() + ".",
                List.of(Choice.of(Command.START)))),
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
            return pack.find(edit.question()).map(q -> "Change: " + q.label());
        }
        if (pressed instanceof ButtonAction.Keep keep) {
            return pack.find(keep.question()).map(q -> "Keep: " + q.label());
        }
        if (pressed instanceof ButtonAction.ConfirmAnswer confirm) {
            return Optional.of(confirm.confirmed() ? "Yes, that's right" : "No, change it");
        }
        if (pressed instanceof ButtonAction.Discard discard) {
            return Optional.of(discardChoice(discard.command(), discard.confirmed()).label());
        }
        ButtonAction.Answer answer = (ButtonAction.Answer) pressed;
        return pack.find(answer.question()).flatMap(question -> choices(question).stream()
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
        return reprompt(state, "This board already has a case with the reference " + existing.value()
                + ", so it can't be used for this referral. " + repeatReference(existing) + " ");
    }

    /**
     * A submitted referral whose case was not created because another conversation took its
     * reference first: nothing reached the Chair, and the answers are kept for review.
     */
    public Turn notSent(ConversationState submitted, CaseReference taken) {
        return reprompt(submitted.in(Phase.REVIEWING, submitted.answers()), "I haven't sent your referral: "
                + "another referral with the reference " + taken.value() + " reached this board a moment before "
                + "it, so nothing has gone to the Chair. Your answers are kept: to change the reference, type summary. "
                + repeatReference(taken) + " ");
    }

    /** What a submitted referral's sender is told when its case could not be created yet (the store went away). */
    public Turn notSentYet(ConversationState submitted, Referral referral) {
        return turn(submitted, List.of(new Reply.Say("Your referral " + referral.reference().value() + " is saved, "
                + "but it has not reached the Chair yet: I couldn't record the case just now. It will be sent as "
                + "soon as the store is back, so you don't need to send it again. Type status "
                + referral.reference().value() + " later to check it has arrived.", List.of(Choice.of(Command.START)))));
    }

    private static String repeatReference(CaseReference reference) {
        return "A new incident needs a new reference; to see the existing case, type "
                + "status " + reference.value() + ".";
    }

    // ---- editing ------------------------------------------------------------------------------

    private Turn edit(ConversationState state, QuestionId id) {
        if (state.phase() == Phase.SUBMITTED) {
            return reprompt(state, "This referral has already been sent to the Chair, so its answers can't be "
                    + "changed here. ");
        }
        if (!inProgress(state)) {
            return stale(state, id);
        }
        Optional<Question> question = pack.asked(state.answers()).stream()
                .filter(q -> q.id().equals(id) && state.answers().has(id)).findFirst();
        if (question.isEmpty()) {
            return reprompt(state, "That answer can't be changed now: the question is no longer asked. ");
        }
        return askAgain(state, question.get());
    }

    private Turn editLine(ConversationState state, int line) {
        List<Fact> changeable = answerFacts(state.answers()).stream().filter(fact -> fact.change().isPresent())
                .toList();
        if (!inProgress(state) || line < 1 || line > changeable.size()) {
            return reprompt(state, "There is no answer number " + line + " to change. Type summary to see your "
                    + "answers. ");
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
        if (pack.contradiction(answers).isPresent()) {
            ConversationState resolving = state.resolving(answers, answered);
            return turn(resolving, join(before, List.of(whichStands(resolving))));
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
        return settle(state, answers, changed.question(), List.of(new Reply.Say("Kept: " + side.get().meaning()
                + ". I've changed \u201C" + pack.question(changed.question()).label() + "\u201D to "
                + changed.ifOtherStands().label() + ".")));
    }

    /** 1 or 2 keeps the first or the second answer named. */
    private Turn onResolvingText(ConversationState state, String text) {
        Contradiction contradiction = contradiction(state);
        return switch (text) {
            case "1" -> onKeep(state, contradiction.first().question()).understood(text);
            case "2" -> onKeep(state, contradiction.second().question()).understood(text);
            default -> notUnderstood(state, text, "Please choose which answer stands: press a button, or type 1 "
                    + "or 2. ");
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

    /** Names both answers and asks which stands, with a button to keep each. */
    private Reply.Ask whichStands(ConversationState state) {
        Contradiction contradiction = contradiction(state);
        Contradiction.Side first = contradiction.first();
        Contradiction.Side second = contradiction.second();
        QuestionId answered = state.current().orElseThrow();
        return new Reply.Ask(answered, indexOf(pack.asked(state.answers()), answered) + 1,
                "Two of your answers contradict each other: you answered " + first.answer().label() + " to \u201C"
                        + pack.question(first.question()).label() + "\u201D and " + second.answer().label()
                        + " to \u201C" + pack.question(second.question()).label() + "\u201D. "
                        + contradiction.explanation() + " Which answer stands?",
                "Keeping one changes the other to match, and I ask again only what depends on it. Press a button, "
                        + "or type 1 or 2.",
                List.of(Choice.of("Keep: " + first.meaning(), new ButtonAction.Keep(first.question())),
                        Choice.of("Keep: " + second.meaning(), new ButtonAction.Keep(second.question()))),
                Optional.empty(), List.of(Choice.of(Command.WHY), Choice.of(Command.BACK), Choice.of(Command.SUMMARY),
                        Choice.of(Command.RESTART)));
    }

    private Turn advance(ConversationState state, Answers answers, List<Reply> before) {
        Optional<Question> next = pack.next(answers);
        if (next.isPresent()) {
            return turn(state.asking(answers, next.get().id()), join(before, List.of(ask(next.get(), answers))));
        }
        return turn(state.in(Phase.REVIEWING, answers), join(before, List.of(recommended(answers))));
    }

    /** What shows where the conversation is: the question, the confirmation, or what to do next. */
    private List<Reply> where(ConversationState state) {
        return switch (state.phase()) {
            case ASKING -> List.of(ask(pack.question(state.current().orElseThrow()), state.answers()));
            case CONFIRMING -> List.of(confirmation(state));
            case RESOLVING -> List.of(whichStands(state));
            case REVIEWING -> List.of(new Reply.Say("Every question is answered. You can send the referral to the "
                    + "Chair, change an answer, or start again.",
                    List.of(Choice.of(Command.SUBMIT), Choice.of(Command.SUMMARY), Choice.of(Command.RESTART))));
            case SUBMITTED -> List.of(new Reply.Say("Your referral has been sent to the Chair. To begin a new one, "
                    + "type start.", List.of(Choice.of(Command.START))));
            case NEW, CANCELLED -> List.of(new Reply.Say("To begin a referral, type start.",
                    List.of(Choice.of(Command.START))));
        };
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
            return refused(reprompt(state, "I haven't kept that message: " + suspicion.get().because() + ". "
                    + NEVER_NAMES + " "), suspicion.get());
        }
        return reprompt(state, message.isEmpty() ? "Sorry, I didn't understand that. " : message);
    }

    /** The note on deleting the message from the chat follows, worded per platform ({@link DeleteNote}). */
    private static Turn refused(Turn turn, PersonalDetails.Suspicion suspicion) {
        return new Turn(turn.state(), turn.replies(), turn.effects(), Optional.of(suspicion.because()));
    }

    private static Turn turn(ConversationState state, List<Reply> replies) {
        return new Turn(state, replies, List.of(), Optional.empty());
    }

    // ---- what is shown ------------------------------------------------------------------------

    private Reply.Ask ask(Question question, Answers answers) {
        List<Question> asked = pack.asked(answers);
        int number = indexOf(asked, question.id()) + 1;
        List<Choice> commands = new ArrayList<>();
        commands.add(Choice.of(Command.WHY));
        if (number > 1) {
            commands.add(Choice.of(Command.BACK));
        }
        commands.add(Choice.of(Command.SUMMARY));
        commands.add(Choice.of(Command.RESTART));
        return new Reply.Ask(question.id(), number, question.text(), question.hint(), choices(question),
                answers.isImplied(question.id()) ? Optional.empty() : answers.get(question.id()).map(v -> show(v)),
                commands);
    }

    private Reply.Ask confirmation(ConversationState state) {
        Question question = pack.question(state.current().orElseThrow());
        LocalDate date = state.pendingDate().orElseThrow();
        return new Reply.Ask(question.id(), indexOf(pack.asked(state.answers()), question.id()) + 1,
                "You said " + UkDates.format(date) + ", which is more than a year ago. Is that right?",
                "Answer yes to keep this date, or no to type it again.",
                List.of(Choice.of("Yes, that's right", new ButtonAction.ConfirmAnswer(question.id(), true)),
                        Choice.of("No, change it", new ButtonAction.ConfirmAnswer(question.id(), false))),
                Optional.empty(), List.of(Choice.of(Command.WHY), Choice.of(Command.BACK)));
    }

    private List<Choice> choices(Question question) {
        return switch (question.type()) {
            case YES_NO_UNSURE -> List.of(Answer.values()).stream()
                    .map(answer -> Choice.of(answer.label(), new ButtonAction.Answer(question.id(), answer.code()))).toList();
            case BOARD -> boards.all().stream()
                    .map(board -> Choice.of(board.name(), new ButtonAction.Answer(question.id(), board.id().value()))).toList();
            case PAST_DATE -> List.of(Choice.of("Today", new ButtonAction.Answer(question.id(), "today")),
                    Choice.of("Yesterday", new ButtonAction.Answer(question.id(), "yesterday")));
            case CASE_REFERENCE -> List.of();
        };
    }

    private Reply.Summary summary(ConversationState state) {
        List<Fact> facts = answerFacts(state.answers());
        String title = facts.isEmpty() ? "No answers yet."
                : "Your answers so far. To change one, press its button or type change and its number.";
        return new Reply.Summary(title, facts, List.of());
    }

    /** The answers as facts in asking order; those that can be changed are numbered and carry a button. */
    private List<Fact> answerFacts(Answers answers) {
        List<Fact> facts = new ArrayList<>();
        int number = 0;
        for (Question question : pack.questions()) {
            Optional<AnswerValue> value = answers.get(question.id());
            if (value.isEmpty()) {
                continue;
            }
            if (answers.isImplied(question.id())) {
                facts.add(new Fact(Optional.of(question.id()), question.label(),
                        show(value.get()) + " (from this channel)", Optional.empty()));
            } else {
                number++;
                facts.add(new Fact(Optional.of(question.id()), number + ". " + question.label(),
                        show(value.get()),
                        Optional.of(Choice.of("Change", new ButtonAction.Edit(question.id())))));
            }
        }
        return facts;
    }

    private Reply.Recommended recommended(Answers answers) {
        List<Fact> caseFacts = new ArrayList<>();
        List<Fact> decisive = new ArrayList<>();
        for (Question question : pack.asked(answers)) {
            answers.get(question.id()).ifPresent(value -> (question.decisive() ? decisive : caseFacts)
                    .add(Fact.answer(question.id(), question.label(), show(value))));
        }
        answers.get(boardQuestion()).filter(value -> answers.isImplied(boardQuestion()))
                .ifPresent(value -> caseFacts.add(0, Fact.of(pack.question(boardQuestion()).label(),
                        show(value))));
        return new Reply.Recommended(pack.recommend(answers), caseFacts, decisive,
                List.of(Choice.of(Command.SUBMIT), Choice.of(Command.SUMMARY), Choice.of(Command.RESTART)));
    }

    private String show(AnswerValue value) {
        if (value instanceof AnswerValue.YesNo yesNo) {
            return yesNo.answer().label();
        }
        if (value instanceof AnswerValue.Date date) {
            return UkDates.format(date.date());
        }
        if (value instanceof AnswerValue.Board board) {
            return boardName(board.board());
        }
        return value.canonical();
    }

    private static String whyText(Question question) {
        StringBuilder text = new StringBuilder("Why this is asked: ").append(question.why().explanation());
        for (Citation citation : question.why().citations()) {
            text.append("\n\n");
            if (citation.source() == Source.LOCAL_FRAMEWORK) {
                text.append("The framework says (").append(citation.section()).append("): \u201C")
                        .append(citation.passage()).append("\u201D");
            } else {
                text.append("From ").append(citation.source().title()).append(": ").append(citation.passage());
            }
        }
        return text.toString();
    }

    private static String help() {
        return "I ask the scoping questions one at a time. Answer with the buttons, or type yes, no or not sure "
                + "(dates like 28/11/2026, 28 Nov 2026, today or yesterday). At any point you can type: "
                + "back (the previous question), why (why a question is asked, in the framework's words), "
                + "summary (your answers so far, to change one), restart (start again), cancel (stop without "
                + "sending anything) or help. " + NEVER_NAMES;
    }

    // ---- small helpers ------------------------------------------------------------------------

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), LONDON);
    }

    private String boardName(BoardId id) {
        return boards.get(id).map(Board::name).orElse(id.value());
    }

    private String boardNames() {
        List<String> names = boards.all().stream().map(Board::name).toList();
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    private static int indexOf(List<Question> questions, QuestionId id) {
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
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
