package uk.lscb.casereview.bot.driver;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.lscb.casereview.core.cases.CaseStep;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.rules.Outcome;

/**
 * The people of one case on one platform, for the scripted case of {@link WholeCaseOnEveryPlatformIT}: the
 * practitioner refers, the Chair decides, the business manager records the steps after the decision and asks agencies
 * for information, the police's contact marks it provided; and what reached the board's panel channel, the Chair's
 * chat and the contact's chat, as text. Each call returns what the person was told (the store says what changed).
 */
interface LifecycleDriver {

    /** The people of the script. */
    enum Who { PRACTITIONER, CHAIR, MANAGER, CONTACT }

    /** An agency asked for information: by whom, the agency, its contact in chat (if any), the due date, what. */
    record Ask(String agency, Optional<Who> contact, LocalDate due, String asked) {
    }

    String platform();

    /**
     * Whether its feeds show a post as it now is (the local page's, which replaces a message in place), not as it was
     * first posted (the stubs of Teams and Slack, which keep the post and record its updates apart).
     */
    default boolean showsPostsAsTheyNowAre() {
        return false;
    }

    /** Before the script: what the platform needs first (people who have written to the bot, the panel channel). */
    default void introduce() {
    }

    void refer(Map<String, String> answers);

    /** The Chair decides on the case's card; what they were told (a refusal too). */
    String decide(CaseId id, Outcome outcome, Map<String, String> inputs);

    /** The steps {@code case <reference>} offers this person as buttons (for the API: its next steps). */
    List<String> offered(Who who, CaseId id);

    /** Records a step as the platform does (the step's button, its form, submitted); what the person was told. */
    String record(Who who, CaseId id, CaseStep step, Map<String, String> values);

    /**
     * Presses a step's button as it was shown earlier (it may be stale, or someone else's), or for the API posts the
     * step again; what the person was told when no form opened.
     */
    String press(Who who, CaseId id, CaseStep step, Map<String, String> values);

    /** Asks an agency for information on the case; what the asker was told. */
    String ask(Who who, CaseId id, Ask ask);

    /** Marks an agency request provided (the contact from their message, anyone else by typing); what they were told. */
    String provided(Who who, CaseId id, int number);

    /** Everything posted in the board's panel channel, each post as text. */
    List<String> panel();

    /** Everything posted to this person's 1:1 chat by the assistant, each post as text. */
    List<String> chatOf(Who who);
}
