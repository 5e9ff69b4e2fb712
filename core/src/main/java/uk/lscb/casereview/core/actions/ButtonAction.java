package uk.lscb.casereview.core.actions;

import java.util.Objects;
import java.util.OptionalInt;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.rules.QuestionId;

/**
 * What a button on one of the bot's messages does. Each kind is written as a payload string by
 * {@link ActionCodec} (and only there); adapters put that string on the button and give it back when pressed.
 */
public sealed interface ButtonAction {

    /** The payload string this action travels as. */
    default String payload() {
        return ActionCodec.encode(this);
    }

    /** A button of the scoping conversation. */
    sealed interface InConversation extends ButtonAction {
    }

    /** A button about one case. */
    sealed interface OnCase extends ButtonAction {
        /** The case's id, as {@code CaseId#value()}. */
        String caseId();
    }

    /** A button that changes a case (through its lifecycle), with the values of the card's inputs. */
    sealed interface CaseChange extends OnCase {
    }

    /** An answer to a question: the answer's code, a board id, or a relative date ("today"). */
    record Answer(QuestionId question, String value) implements InConversation {
        public Answer {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(value, "value");
        }
    }

    /** Change the answer to a question (from the summary). */
    record Edit(QuestionId question) implements InConversation {
        public Edit {
            Objects.requireNonNull(question, "question");
        }
    }

    /** "Yes, that's right" / "No, change it" to the question being confirmed. */
    record ConfirmAnswer(QuestionId question, boolean confirmed) implements InConversation {
        public ConfirmAnswer {
            Objects.requireNonNull(question, "question");
        }
    }

    /** Of two contradicting answers, the one that stands. */
    record Keep(QuestionId question) implements InConversation {
        public Keep {
            Objects.requireNonNull(question, "question");
        }
    }

    /** The answer to "This will discard N answers. Start again?" (or "Cancel the referral?"). */
    record Discard(Command command, boolean confirmed) implements InConversation {
        public Discard {
            if (command != Command.RESTART && command != Command.CANCEL) {
                throw new IllegalArgumentException("only restart and cancel discard answers: " + command);
            }
        }
    }

    /** A command pressed (the same as typing it). */
    record Run(Command command) implements InConversation {
        public Run {
            Objects.requireNonNull(command, "command");
        }
    }

    /**
     * A decision card's Confirm, Decide or Ask for more information (the Chair's), or Agree or Disagree (a safeguarding
     * partner's), on the card of one version of the case.
     *
     * @param seen how many entries the case's audit trail had when the card was made, so that a press on a card made
     *             before something it does not show was recorded (the referrer's answer) can be told apart from one
     *             made before mere bookkeeping, which changes the version and not the trail; empty on a card posted
     *             before cards carried it
     */
    record Decision(DecisionVerb verb, String caseId, long version, OptionalInt seen) implements CaseChange {
        public Decision {
            Objects.requireNonNull(verb, "verb");
            caseId = ActionCodec.caseId(caseId);
            Objects.requireNonNull(seen, "seen");
            if (seen.isPresent() && seen.getAsInt() < 1) {
                throw new IllegalArgumentException("a case's audit trail has at least its referral: " + seen);
            }
        }

        /** On the card made of a case whose audit trail had {@code seen} entries. */
        public Decision(DecisionVerb verb, String caseId, long version, int seen) {
            this(verb, caseId, version, OptionalInt.of(seen));
        }

        /** As a card posted before cards carried the length of the audit trail sends it. */
        public Decision(DecisionVerb verb, String caseId, long version) {
            this(verb, caseId, version, OptionalInt.empty());
        }
    }

    /** The referrer's Answer the Chair, on the request for more information. */
    record AnswerChair(String caseId, long version) implements CaseChange {
        public AnswerChair {
            caseId = ActionCodec.caseId(caseId);
        }
    }

    /** A reminder's Mark done. */
    record MarkDone(String caseId, DeadlineKind deadline) implements CaseChange {
        public MarkDone {
            caseId = ActionCodec.caseId(caseId);
            Objects.requireNonNull(deadline, "deadline");
        }
    }

    /** An overdue reminder's Record the reason for the delay. */
    record RecordDelay(String caseId, DeadlineKind deadline) implements CaseChange {
        public RecordDelay {
            caseId = ActionCodec.caseId(caseId);
            Objects.requireNonNull(deadline, "deadline");
        }
    }

    /**
     * Mark an agency's information request provided (its {@code number} on the case, from 1): on the message to the
     * agency's contact and on its reminders.
     */
    record MarkProvided(String caseId, int number) implements CaseChange {
        public MarkProvided {
            caseId = ActionCodec.caseId(caseId);
            if (number < 1) {
                throw new IllegalArgumentException("a request's number counts from 1: " + number);
            }
        }
    }

    /** Open the form of one step of a case (a {@code CaseStep}'s id), from the {@code case} command's buttons. */
    record OpenStep(String caseId, String step) implements OnCase {
        public OpenStep {
            caseId = ActionCodec.caseId(caseId);
            step = ActionCodec.stepId(step);
        }
    }

    /** A step's form submitted, with the values of its fields as the card's inputs. */
    record TakeStep(String caseId, String step) implements CaseChange {
        public TakeStep {
            caseId = ActionCodec.caseId(caseId);
            step = ActionCodec.stepId(step);
        }
    }

    /** Show a case's reasons and answers in full (Slack's Show details on a decision card). */
    record ShowDetails(String caseId, long version) implements OnCase {
        public ShowDetails {
            caseId = ActionCodec.caseId(caseId);
        }
    }

    /** Post a case's decision card to the Chair again ({@code decide <reference>} as a button). */
    record OpenDecisionCard(String reference) implements ButtonAction {
        public OpenDecisionCard {
            if (reference == null || reference.isBlank()) {
                throw new IllegalArgumentException("a case reference is needed");
            }
        }
    }

    /**
     * The summary card's one Change button on Teams: the answer to change is the one chosen in the card's list,
     * whose value is that answer's {@link Edit} payload.
     */
    record ChangeChosen() implements ButtonAction {
    }
}
