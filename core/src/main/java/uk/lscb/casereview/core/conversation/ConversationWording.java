package uk.lscb.casereview.core.conversation;

import java.time.LocalDate;
import java.util.Optional;
import uk.lscb.casereview.core.actions.Command;
import uk.lscb.casereview.core.messages.UkDates;
import uk.lscb.casereview.core.refs.CaseReference;
import uk.lscb.casereview.core.rules.DecisionMaker;
import uk.lscb.casereview.core.rules.Citation;
import uk.lscb.casereview.core.rules.Question;
import uk.lscb.casereview.core.rules.Source;

/**
 * Every sentence the scoping conversation says, and the labels of the buttons it makes: {@link Conversation}
 * decides which one a turn needs, this class words it. A re-prompt ends with a space, since the question or
 * what to do next follows it on the same line.
 */
final class ConversationWording {
    static final String NEVER_NAMES =
            "Please never type a child's name or date of birth here: use the case reference.";

    static final String NO_TEXT = "I didn't get any text. ";
    static final String NOT_UNDERSTOOD = "Sorry, I didn't understand that. ";
    static final String ANSWER_YES_NO_UNSURE = "Please answer yes, no or not sure. ";
    static final String ANSWER_YES_OR_NO = "Please answer yes or no. ";
    static final String TYPE_DATE_AGAIN = "Please type the date again.";
    static final String UNREADABLE_DATE =
            "I couldn't read that as a date. Type it like 28/11/2026 or 28 Nov 2026, or say today or yesterday. ";
    static final String MALFORMED_REFERENCE = "A case reference is 3 to 40 letters or digits, and may use / - _ "
            + "or . (no spaces), for example SCR-2026-014. ";
    static final String NOT_LIKE_A_REFERENCE = "I haven't kept that: it doesn't look like a case reference. A "
            + "board's case reference has a number in it, and its letters are short codes (such as SCR or the "
            + "board's initials), not words or names, for example SCR-2026-014. " + NEVER_NAMES + " ";
    static final String UNKNOWN_BUTTON = "Sorry, I didn't recognise that button. ";
    static final String ANSWERS_KEPT = "Your answers are kept. ";
    static final String REPLY_DID_NOT_REACH_YOU = "Sorry, my last reply didn't reach you, so I haven't used what you "
            + "just sent: it may have been meant for something you hadn't seen. Here is where we are; send it again if "
            + "it still applies. ";
    static final String REPLY_TO_THAT_DID_NOT_REACH_YOU = "Sorry, my reply to that didn't reach you. Your message was "
            + "recorded; here is where we are. ";
    static final String ALREADY_IN_PROGRESS = "You already have a referral in progress. To clear it and start "
            + "again, type restart. ";
    static final String STARTING_AGAIN = "Starting again: your earlier answers are cleared.";
    static final String FIRST_QUESTION = "This is the first question. ";
    static final String NOTHING_TO_GO_BACK_TO = "There is nothing to go back to. ";
    static final String REASONS_SHOWN_WITH_IT = "The reasons for the recommendation, in the framework's words, "
            + "are shown with it:";
    static final String NO_REFERRAL_IN_PROGRESS = "There is no referral in progress. ";
    static final String NOTHING_TO_SEND = "There is nothing to send yet: the scoping questions come first. ";
    static final String NO_LONGER_ASKED = "That answer can't be changed now: the question is no longer asked. ";
    static final String CHOOSE_WHICH_STANDS = "Please choose which answer stands: press a button, or type 1 or 2. ";
    static final String WHICH_STANDS_HINT = "Keeping one changes the other to match, and I ask again only what "
            + "depends on it. Press a button, or type 1 or 2.";
    static final String TO_BEGIN = "To begin a referral, type start.";
    static final String CONFIRM_DATE_HINT = "Answer yes to keep this date, or no to type it again.";
    static final String DATE_IS_RIGHT = "Yes, that's right";
    static final String CHANGE_DATE = "No, change it";
    static final String TODAY = "Today";
    static final String YESTERDAY = "Yesterday";
    static final String NO_ANSWERS_YET = "No answers yet.";
    static final String ANSWERS_SO_FAR = "Your answers so far. To change one, press its button or type change "
            + "and its number.";
    static final String CHANGE = "Change";
    static final String FROM_THIS_CHANNEL = " (from this channel)";
    static final String KEEP_MY_ANSWERS = "No, keep my answers";
    static final String HELP = "I ask the scoping questions one at a time. Answer with the buttons, or type yes, no "
            + "or not sure (dates like 28/11/2026, 28 Nov 2026, today or yesterday). At any point you can type: "
            + "back (the previous question), why (why a question is asked, in the framework's words), "
            + "summary (your answers so far, to change one), restart (start again), cancel (stop without "
            + "sending anything) or help. " + NEVER_NAMES;

    private ConversationWording() {
    }

    static String cancelled(DecisionMaker who) {
        return "Cancelled. Nothing has been sent to " + who.who() + ", and your answers have been cleared.";
    }

    static String cannotCancelSent(DecisionMaker who) {
        return "This referral has already been sent to " + who.who() + ", so it can't be cancelled here. If it "
                + "should be withdrawn, ask the board's business unit. ";
    }

    static String alreadySent(DecisionMaker who) {
        return "This referral has already been sent to " + who.who() + ". To begin a new one, type start.";
    }

    static String cannotChangeSent(DecisionMaker who) {
        return "This referral has already been sent to " + who.who() + ", so its answers can't be changed here. ";
    }

    static String everyQuestionAnswered(DecisionMaker who) {
        return "Every question is answered. You can send the referral to " + who.who() + ", change an answer, or "
                + "start again.";
    }

    static String sentTo(DecisionMaker who) {
        return "Your referral has been sent to " + who.who() + ". To begin a new one, type start.";
    }

    /** The label of the button that sends the referral. */
    static String sendTo(DecisionMaker who) {
        return "Send to " + who.who();
    }

    /** Said when a conversation begins; {@code channelBoard} is the board the channel implies, if any. */
    static String welcome(DecisionMaker who, Optional<String> channelBoard) {
        return "I'll ask the scoping questions one at a time, then recommend whether the case meets the threshold "
                + "for a Serious Case Review or a learning review, with the framework's reasons. " + who.finalSay()
                + channelBoard.map(board -> " This referral is for " + board + " (from this channel).").orElse("")
                + " " + NEVER_NAMES + " Type help at any time.";
    }

    /** Before the welcome, when the first message was not kept. */
    static String firstMessageNotKept(String because) {
        return "I haven't kept your message: " + because + ". " + NEVER_NAMES;
    }

    static String messageNotKept(String because) {
        return "I haven't kept that message: " + because + ". " + NEVER_NAMES + " ";
    }

    static String notAcceptedAsReference(String because) {
        return "I can't accept that as a case reference: " + because + ". " + NEVER_NAMES + " ";
    }

    static String chooseBoard(String boardNames) {
        return "Please choose " + boardNames + ". ";
    }

    /** {@code why} is {@link uk.lscb.casereview.core.messages.UkDates#impossible}'s sentence. */
    static String impossibleDate(String why) {
        return why + " Please check the date. ";
    }

    static String futureDate(LocalDate date) {
        return UkDates.format(date) + " is in the future: the LSCB can't have been notified yet. Please check the "
                + "date. ";
    }

    static String confirmOldDate(LocalDate date) {
        return "You said " + UkDates.format(date) + ", which is more than a year ago. Is that right?";
    }

    /** {@code label} is the question the pressed button belonged to, if it still exists. */
    static String staleButton(Optional<String> label) {
        return "That button is from an earlier question" + label.map(l -> " (\u201C" + l + "\u201D)").orElse("")
                + ", so I haven't changed anything. To change an answer, type back or summary. ";
    }

    static String discardQuestion(long given, Command command) {
        return "This will discard " + given + (given == 1 ? " answer" : " answers") + ". "
                + (command == Command.CANCEL ? "Cancel the referral?" : "Start again?");
    }

    static String discardLabel(Command command, boolean confirmed) {
        if (!confirmed) {
            return KEEP_MY_ANSWERS;
        }
        return command == Command.CANCEL ? "Yes, cancel it" : "Yes, start again";
    }

    static String sent(DecisionMaker who, CaseReference reference, String boardName, String outcome) {
        return "Your referral " + reference.value() + " has been sent to " + who.of(boardName) + " "
                + "for a decision, with the recommendation: " + outcome + ".";
    }

    static String referenceInUse(CaseReference existing) {
        return "This board already has a case with the reference " + existing.value() + ", so it can't be used for "
                + "this referral. " + repeatReference(existing) + " ";
    }

    static String notSent(DecisionMaker who, CaseReference taken) {
        return "I haven't sent your referral: another referral with the reference " + taken.value() + " reached this "
                + "board a moment before it, so nothing has gone to " + who.who() + ". Your answers are kept: to "
                + "change the reference, type summary. " + repeatReference(taken) + " ";
    }

    static String notSentYet(DecisionMaker who, CaseReference reference) {
        return "Your referral " + reference.value() + " is saved, but it has not reached " + who.who() + " yet: I "
                + "couldn't record the case just now. It will be sent as soon as the store is back, so you don't "
                + "need to send it again. Type status " + reference.value() + " later to check it has arrived.";
    }

    private static String repeatReference(CaseReference reference) {
        return "A new incident needs a new reference; to see the existing case, type status " + reference.value()
                + ".";
    }

    static String noAnswerNumber(int line) {
        return "There is no answer number " + line + " to change. Type summary to see your answers. ";
    }

    /** After keeping one of two contradicting answers: which was kept, and what the other became. */
    static String kept(String meaning, String changedQuestion, String changedTo) {
        return "Kept: " + meaning + ". I've changed \u201C" + changedQuestion + "\u201D to " + changedTo + ".";
    }

    static String keepLabel(String meaning) {
        return "Keep: " + meaning;
    }

    static String pressedChange(String questionLabel) {
        return "Change: " + questionLabel;
    }

    static String contradicting(String firstAnswer, String firstQuestion, String secondAnswer, String secondQuestion,
                                String explanation) {
        return "Two of your answers contradict each other: you answered " + firstAnswer + " to \u201C" + firstQuestion
                + "\u201D and " + secondAnswer + " to \u201C" + secondQuestion + "\u201D. " + explanation
                + " Which answer stands?";
    }

    static String numbered(int number, String label) {
        return number + ". " + label;
    }

    /** Why a question is asked, with the framework's words quoted and other sources named. */
    static String why(Question question) {
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
}
