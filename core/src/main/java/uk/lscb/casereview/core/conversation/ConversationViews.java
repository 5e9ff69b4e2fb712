package uk.lscb.casereview.core.conversation;

import static uk.lscb.casereview.core.conversation.ConversationWording.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.actions.Command;
import uk.lscb.casereview.core.boards.Board;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.messages.Choice;
import uk.lscb.casereview.core.messages.Fact;
import uk.lscb.casereview.core.messages.Reply;
import uk.lscb.casereview.core.messages.UkDates;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.rules.Answer;
import uk.lscb.casereview.core.rules.AnswerValue;
import uk.lscb.casereview.core.rules.Answers;
import uk.lscb.casereview.core.rules.Contradiction;
import uk.lscb.casereview.core.rules.Question;
import uk.lscb.casereview.core.rules.QuestionId;
import uk.lscb.casereview.core.rules.RulePack;

/**
 * What the scoping conversation shows for a state: the question with its buttons, the confirmation of an old
 * date, the choice between two contradicting answers, the summary and the recommendation. It decides nothing:
 * {@link Conversation} chooses what to show, this class lays it out with {@link ConversationWording}'s words.
 */
final class ConversationViews {
    private final RulePack pack;
    private final Boards boards;

    ConversationViews(RulePack pack, Boards boards) {
        this.pack = pack;
        this.boards = boards;
    }

    /** What shows where the conversation is: the question, the confirmation, or what to do next. */
    List<Reply> where(ConversationState state, Optional<Contradiction> contradiction) {
        return switch (state.phase()) {
            case ASKING -> List.of(ask(pack.question(state.current().orElseThrow()), state.answers()));
            case CONFIRMING -> List.of(confirmation(state));
            case RESOLVING -> List.of(whichStands(state, contradiction.orElseThrow()));
            case REVIEWING -> List.of(new Reply.Say(everyQuestionAnswered(pack.decidedBy()),
                    List.of(send(), Choice.of(Command.SUMMARY), Choice.of(Command.RESTART))));
            case SUBMITTED -> List.of(new Reply.Say(sentTo(pack.decidedBy()), List.of(Choice.of(Command.START))));
            case NEW, CANCELLED -> List.of(new Reply.Say(TO_BEGIN, List.of(Choice.of(Command.START))));
        };
    }

    /** The button that sends the referral, naming who decides under this pack. */
    private Choice send() {
        return Choice.of(sendTo(pack.decidedBy()), new ButtonAction.Run(Command.SUBMIT));
    }

    Reply.Ask ask(Question question, Answers answers) {
        int number = number(answers, question.id());
        List<Choice> commands = new ArrayList<>();
        commands.add(Choice.of(Command.WHY));
        if (number > 1) {
            commands.add(Choice.of(Command.BACK));
        }
        commands.add(Choice.of(Command.SUMMARY));
        commands.add(Choice.of(Command.RESTART));
        return new Reply.Ask(question.id(), number, question.text(), question.hint(), choices(question),
                answers.isImplied(question.id()) ? Optional.empty() : answers.get(question.id()).map(this::show),
                commands);
    }

    Reply.Ask confirmation(ConversationState state) {
        Question question = pack.question(state.current().orElseThrow());
        LocalDate date = state.pendingDate().orElseThrow();
        return new Reply.Ask(question.id(), number(state.answers(), question.id()), confirmOldDate(date),
                CONFIRM_DATE_HINT,
                List.of(Choice.of(DATE_IS_RIGHT, new ButtonAction.ConfirmAnswer(question.id(), true)),
                        Choice.of(CHANGE_DATE, new ButtonAction.ConfirmAnswer(question.id(), false))),
                Optional.empty(), List.of(Choice.of(Command.WHY), Choice.of(Command.BACK)));
    }

    /** Names both answers and asks which stands, with a button to keep each. */
    Reply.Ask whichStands(ConversationState state, Contradiction contradiction) {
        Contradiction.Side first = contradiction.first();
        Contradiction.Side second = contradiction.second();
        QuestionId answered = state.current().orElseThrow();
        return new Reply.Ask(answered, number(state.answers(), answered),
                contradicting(first.answer().label(), pack.question(first.question()).label(),
                        second.answer().label(), pack.question(second.question()).label(),
                        contradiction.explanation()),
                WHICH_STANDS_HINT,
                List.of(Choice.of(keepLabel(first.meaning()), new ButtonAction.Keep(first.question())),
                        Choice.of(keepLabel(second.meaning()), new ButtonAction.Keep(second.question()))),
                Optional.empty(), List.of(Choice.of(Command.WHY), Choice.of(Command.BACK), Choice.of(Command.SUMMARY),
                        Choice.of(Command.RESTART)));
    }

    /** The buttons that answer a question. */
    List<Choice> choices(Question question) {
        return switch (question.type()) {
            case YES_NO_UNSURE -> List.of(Answer.values()).stream()
                    .map(answer -> Choice.of(answer.label(), new ButtonAction.Answer(question.id(), answer.code()))).toList();
            case BOARD -> boards.all().stream()
                    .map(board -> Choice.of(board.name(), new ButtonAction.Answer(question.id(), board.id().value()))).toList();
            case PAST_DATE -> List.of(Choice.of(TODAY, new ButtonAction.Answer(question.id(), "today")),
                    Choice.of(YESTERDAY, new ButtonAction.Answer(question.id(), "yesterday")));
            case CASE_REFERENCE -> List.of();
        };
    }

    static Choice discardChoice(Command command, boolean confirmed) {
        return Choice.of(discardLabel(command, confirmed), new ButtonAction.Discard(command, confirmed));
    }

    Reply.Summary summary(Answers answers) {
        List<Fact> facts = answerFacts(answers);
        return new Reply.Summary(facts.isEmpty() ? NO_ANSWERS_YET : ANSWERS_SO_FAR, facts, List.of());
    }

    /** The answers as facts in asking order; those that can be changed are numbered and carry a button. */
    List<Fact> answerFacts(Answers answers) {
        List<Fact> facts = new ArrayList<>();
        int number = 0;
        for (Question question : pack.questions()) {
            Optional<AnswerValue> value = answers.get(question.id());
            if (value.isEmpty()) {
                continue;
            }
            if (answers.isImplied(question.id())) {
                facts.add(new Fact(Optional.of(question.id()), question.label(),
                        show(value.get()) + FROM_THIS_CHANNEL, Optional.empty()));
            } else {
                number++;
                facts.add(new Fact(Optional.of(question.id()), numbered(number, question.label()),
                        show(value.get()), Optional.of(Choice.of(CHANGE, new ButtonAction.Edit(question.id())))));
            }
        }
        return facts;
    }

    /** The recommendation for complete answers, with the board named first when the channel implied it. */
    Reply.Recommended recommended(Answers answers, QuestionId boardQuestion) {
        List<Fact> caseFacts = new ArrayList<>();
        List<Fact> decisive = new ArrayList<>();
        for (Question question : pack.asked(answers)) {
            answers.get(question.id()).ifPresent(value -> (question.decisive() ? decisive : caseFacts)
                    .add(Fact.answer(question.id(), question.label(), show(value))));
        }
        answers.get(boardQuestion).filter(value -> answers.isImplied(boardQuestion))
                .ifPresent(value -> caseFacts.add(0, Fact.of(pack.question(boardQuestion).label(), show(value))));
        return new Reply.Recommended(pack.recommend(answers), caseFacts, decisive,
                List.of(send(), Choice.of(Command.SUMMARY), Choice.of(Command.RESTART)));
    }

    /** An answer as a person reads it: "Not sure", "28 November 2026", "Staffordshire". */
    String show(AnswerValue value) {
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

    String boardName(BoardId id) {
        return boards.get(id).map(Board::name).orElse(id.value());
    }

    /** "Staffordshire or Stoke-on-Trent". */
    String boardNames() {
        List<String> names = boards.all().stream().map(Board::name).toList();
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    /** The number a question has among those asked for these answers (1 for the first). */
    int number(Answers answers, QuestionId id) {
        return indexOf(pack.asked(answers), id) + 1;
    }

    static int indexOf(List<Question> questions, QuestionId id) {
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
