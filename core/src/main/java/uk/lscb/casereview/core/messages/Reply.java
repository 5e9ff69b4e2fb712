package uk.lscb.casereview.core.messages;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.lscb.casereview.core.rules.QuestionId;
import uk.lscb.casereview.core.rules.Recommendation;

/** What the bot says, channel-neutral; adapters render each kind in their platform's format. */
public sealed interface Reply {

    /** Plain text (no markup), with buttons when there is something to do next. */
    record Say(String text, List<Choice> choices) implements Reply {
        public Say {
            Objects.requireNonNull(text, "text");
            choices = List.copyOf(choices);
        }

        public Say(String text) {
            this(text, List.of());
        }
    }

    /**
     * A question to answer.
     *
     * @param number        its position among the questions asked so far (1 for the first)
     * @param choices       the answers as buttons (typed answers work too)
     * @param currentAnswer the answer it has now, when it is being changed
     * @param commands      the commands offered beside it (why, back, summary, start again)
     */
    record Ask(QuestionId question, int number, String text, String hint, List<Choice> choices,
               Optional<String> currentAnswer, List<Choice> commands) implements Reply {
        public Ask {
            choices = List.copyOf(choices);
            commands = List.copyOf(commands);
        }
    }

    /**
     * The answers so far, each with a button to change it; or a case's view, with the link to the case's page on
     * the dashboard when its address is known.
     */
    record Summary(String title, List<Fact> facts, List<Choice> actions, Optional<PageLink> page) implements Reply {
        public Summary {
            facts = List.copyOf(facts);
            actions = List.copyOf(actions);
            Objects.requireNonNull(page, "page");
        }

        public Summary(String title, List<Fact> facts, List<Choice> actions) {
            this(title, facts, actions, Optional.empty());
        }
    }

    /** A form asking what one step of a case needs (see {@link StepForm}). */
    record Form(StepForm form) implements Reply {
        public Form {
            Objects.requireNonNull(form, "form");
        }
    }

    /** The recommendation, with the case details it is for and what can be done next. */
    record Recommended(Recommendation recommendation, List<Fact> caseFacts, List<Fact> answers,
                       List<Choice> actions) implements Reply {
        public Recommended {
            Objects.requireNonNull(recommendation, "recommendation");
            caseFacts = List.copyOf(caseFacts);
            answers = List.copyOf(answers);
            actions = List.copyOf(actions);
        }

        /** The label of an answered question ("Suspected suicide"), e.g. for the uncertain list. */
        public String labelOf(QuestionId question) {
            return Fact.labelOf(answers, question);
        }
    }
}
