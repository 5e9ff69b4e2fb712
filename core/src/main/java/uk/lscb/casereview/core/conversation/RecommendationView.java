package uk.lscb.casereview.core.conversation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.lscb.casereview.core.messages.Fact;
import uk.lscb.casereview.core.messages.Reply;
import uk.lscb.casereview.core.rules.DecisionMaker;
import uk.lscb.casereview.core.rules.Methodology;
import uk.lscb.casereview.core.rules.Reason;
import uk.lscb.casereview.core.rules.Recommendation;

/**
 * A recommendation as every renderer shows it, section by section and in this order: the headline outcome, the
 * fallback if the criteria are not met, the additional actions, the reasons with the framework's words, what the
 * referrer was not sure of, the methodologies, what happens next, and the rule pack with the one advice line.
 * Each platform lays the sections out its own way (an Adaptive Card, Block Kit, the local page, plain text) but
 * takes their words from here, so that they say the same thing.
 *
 * @param headline      "Recommendation: Serious Case Review"
 * @param fallback      with a possible Serious Case Review: what applies if the Chair decides the criteria are not met
 * @param additional    one line per additional action ("Also recommended: …")
 * @param reasons       each reason with the passage it rests on, quoted as {@link PlainText#quote} quotes it
 * @param notSure       the labels of the questions answered "not sure" (what is unknown), in asking order
 * @param methodologies for a commissioned review: each methodology's name with the framework's line
 * @param nextSteps     what happens next, in plain words
 * @param rulePack      "Rule pack wt2015 1.1.0."
 * @param advice        the advice line: who decides ({@link DecisionMaker#advice()})
 */
public record RecommendationView(String headline, Optional<Line> fallback, List<Line> additional,
                                 List<Quoted> reasons, List<String> notSure, List<Quoted> methodologies,
                                 List<String> nextSteps, String rulePack, String advice) {
    /** The advice line of the boards' framework ({@code wt2015}), wherever one of its recommendations is shown. */
    public static final String ADVICE = DecisionMaker.CHAIR.advice();
    public static final String WHY = "Why";
    public static final String NOT_SURE = "Answered not sure";
    public static final String METHODOLOGIES = "Methodologies the framework names";
    public static final String NEXT_STEPS = "What happens next";
    /** The heading of the answers given, under a recommendation. */
    public static final String ANSWERS = "Answers";

    /** A line that names an outcome or an action: its lead-in and the name, which some renderers emphasise. */
    public record Line(String lead, String name) {
        public Line {
            Objects.requireNonNull(lead, "lead");
            Objects.requireNonNull(name, "name");
        }

        /** "Also recommended: Further audit …". */
        public String text() {
            return lead + name;
        }
    }

    /** A statement (a reason, a methodology's name) with the words it rests on. */
    public record Quoted(String statement, String quote) {
        public Quoted {
            Objects.requireNonNull(statement, "statement");
            Objects.requireNonNull(quote, "quote");
        }
    }

    public RecommendationView {
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(fallback, "fallback");
        additional = List.copyOf(additional);
        reasons = List.copyOf(reasons);
        notSure = List.copyOf(notSure);
        methodologies = List.copyOf(methodologies);
        nextSteps = List.copyOf(nextSteps);
        Objects.requireNonNull(rulePack, "rulePack");
        Objects.requireNonNull(advice, "advice");
    }

    /** The view of a recommendation; {@code answers} label the questions answered "not sure". */
    public static RecommendationView of(Recommendation rec, List<Fact> answers) {
        return new RecommendationView("Recommendation: " + rec.outcome().label(),
                rec.fallbackOutcome().map(fallback -> new Line("If the Chair decides the Serious Case Review criteria "
                        + "are not met: ", fallback.label())),
                rec.additionalActions().stream().map(action -> new Line("Also recommended: ", action.label())).toList(),
                rec.reasons().stream().map(RecommendationView::reason).toList(),
                rec.uncertain().stream().map(id -> Fact.labelOf(answers, id)).toList(),
                rec.methodologies().stream().map(RecommendationView::methodology).toList(),
                rec.nextSteps(), "Rule pack " + rec.rulePack() + ".", advice(rec));
    }

    public static RecommendationView of(Reply.Recommended reply) {
        return of(reply.recommendation(), reply.answers());
    }

    /** The last line: the rule pack and the advice line. */
    public String footer() {
        return rulePack + " " + advice;
    }

    /** The advice line of a recommendation: who decides on it (the Chair, or the safeguarding partners). */
    public static String advice(Recommendation rec) {
        return rec.outcome().decidedBy().advice();
    }

    private static Quoted reason(Reason reason) {
        return new Quoted(reason.statement(), PlainText.quote(reason.citation()));
    }

    private static Quoted methodology(Methodology methodology) {
        return new Quoted(methodology.name(), PlainText.quote(methodology.line()));
    }
}
