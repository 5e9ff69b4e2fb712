package uk.lscb.casereview.core.driver;

import java.util.List;
import java.util.Map;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.rules.Outcome;
import uk.lscb.casereview.core.rules.QuestionId;

/**
 * One person's side of the assistant on one platform, for tests: type, press a button by its payload, and read
 * what is asked by question id and payloads, never by wording. Every call returns once the platform has shown its
 * answer (waiting on the platform's received posts, with a deadline), so posts made after the inbound request
 * returned are waited for too. Implemented for the core (the scoping service itself), the local page's JSON API,
 * Teams (the Bot Framework SDK against a stub connector) and Slack (Bolt against a stub Web API).
 */
public interface ChatDriver {

    /** The platform's name, for test names and failure messages. */
    String platform();

    /** The practitioner types this; returns what the assistant then asks. */
    Asking type(String text);

    /** The practitioner presses the button with this payload; returns what the assistant then asks. */
    Asking press(String payload);

    /**
     * The board's Chair decides this outcome on the decision card of this case, as the platform shows it to them
     * (its Decide action, with the outcome chosen where the platform asks for it), with these card inputs.
     */
    void chairDecides(CaseId id, Outcome outcome, Map<String, String> inputs);

    /**
     * The lead representative of one of the board's safeguarding partners ({@code lead}: their id on this platform)
     * presses Agree on the case's card, as the platform shows it to them (a case the partners decide).
     */
    void partnerAgrees(CaseId id, String lead);

    /** Someone in the board's panel channel presses Mark done on the reminder posted for this case's deadline. */
    void panelMarksDone(CaseId id, DeadlineKind kind);

    /**
     * Starts a referral and answers each question asked by its id from {@code answers} (pressing the button with
     * that value when there is one, else typing it; confirming what it is asked to confirm), until the
     * recommendation offers to submit it; returns what is asked then.
     */
    default Asking answer(Map<String, String> answers) {
        Asking asked = type("start");
        for (int step = 0; step < 50; step++) {
            if (asked.offers(Asking.SUBMIT)) {
                return asked;
            }
            List<String> shown = asked.payloads();
            String question = asked.question().orElseThrow(() -> new AssertionError(platform()
                    + ": nothing asked; buttons " + shown));
            String confirm = new ButtonAction.ConfirmAnswer(QuestionId.of(question), true).payload();
            if (asked.offers(confirm)) {
                asked = press(confirm);
                continue;
            }
            String value = answers.get(question);
            if (value == null) {
                throw new AssertionError(platform() + ": no answer in the table for " + question);
            }
            String button = new ButtonAction.Answer(QuestionId.of(question), value).payload();
            asked = asked.offers(button) ? press(button) : type(value);
        }
        throw new AssertionError(platform() + ": the referral did not reach its recommendation");
    }

    /** A whole referral: {@link #answer}, then submitted. */
    default void refer(Map<String, String> answers) {
        answer(answers);
        press(Asking.SUBMIT);
    }
}
