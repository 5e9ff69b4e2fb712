package uk.lscb.casereview.core.conversation;

import java.util.stream.Collectors;
import uk.lscb.casereview.core.messages.Choice;
import uk.lscb.casereview.core.messages.Reply;
import uk.lscb.casereview.core.rules.Citation;
import uk.lscb.casereview.core.rules.Methodology;
import uk.lscb.casereview.core.rules.Reason;
import uk.lscb.casereview.core.rules.Recommendation;
import uk.lscb.casereview.core.rules.Source;

/**
 * Replies rendered as plain text: for transcripts and for text-only channels (the terminal chat).
 * Buttons are listed by label so that a transcript shows what was offered.
 */
public final class PlainText {
    private PlainText() {
    }

    /** The kind of a reply as transcripts name it. */
    public static String kind(Reply reply) {
        if (reply instanceof Reply.Ask) {
            return "ask";
        }
        if (reply instanceof Reply.Summary) {
            return "summary";
        }
        if (reply instanceof Reply.Recommended) {
            return "recommendation";
        }
        return "say";
    }

    public static String render(Reply reply) {
        StringBuilder out = new StringBuilder();
        if (reply instanceof Reply.Say say) {
            out.append(say.text());
            appendChoices(out, say.choices());
        } else if (reply instanceof Reply.Ask ask) {
            out.append("Question ").append(ask.number()).append(": ").append(ask.text());
            if (!ask.hint().isEmpty()) {
                out.append("\n").append(ask.hint());
            }
            ask.currentAnswer().ifPresent(answer -> out.append("\nYour answer now: ").append(answer));
            appendChoices(out, ask.choices());
        } else if (reply instanceof Reply.Summary summary) {
            out.append(summary.title());
            summary.facts().forEach(fact -> out.append("\n  ").append(fact.label()).append(": ").append(fact.value()));
            appendChoices(out, summary.actions());
        } else if (reply instanceof Reply.Recommended recommended) {
            recommendation(out, recommended);
            appendChoices(out, recommended.actions());
        }
        return out.toString();
    }

    private static void recommendation(StringBuilder out, Reply.Recommended card) {
        Recommendation rec = card.recommendation();
        out.append("Recommendation: ").append(rec.outcome().label());
        rec.fallbackOutcome().ifPresent(fallback -> out.append("\nIf the Chair decides the Serious Case Review "
                + "criteria are not met: ").append(fallback.label()));
        rec.additionalActions().forEach(action -> out.append("\nAlso: ").append(action.label()));
        card.caseFacts().forEach(fact -> out.append("\n").append(fact.label()).append(": ").append(fact.value()));
        out.append("\n\nWhy:");
        for (Reason reason : rec.reasons()) {
            out.append("\n- ").append(reason.statement()).append("\n  ").append(quote(reason.citation()));
        }
        if (!rec.uncertain().isEmpty()) {
            out.append("\n\nAnswered not sure: ").append(rec.uncertain().stream().map(card::labelOf)
                    .collect(Collectors.joining(", ")));
        }
        if (!rec.methodologies().isEmpty()) {
            out.append("\n\nMethodologies the framework names:");
            for (Methodology methodology : rec.methodologies()) {
                out.append("\n- ").append(methodology.name()).append(": ").append(quote(methodology.line()));
            }
        }
        out.append("\n\nWhat happens next:");
        rec.nextSteps().forEach(step -> out.append("\n- ").append(step));
        if (!card.answers().isEmpty()) {
            out.append("\n\nAnswers:");
            card.answers().forEach(fact -> out.append("\n  ").append(fact.label()).append(": ").append(fact.value()));
        }
        out.append("\n\nRule pack ").append(rec.rulePack()).append(". This is advice: the LSCB Independent Chair "
                + "always makes the final decision.");
    }

    /** A citation as a quoted line with its source. */
    public static String quote(Citation citation) {
        return citation.source() == Source.LOCAL_FRAMEWORK
                ? "\u201C" + citation.passage() + "\u201D (" + citation.where() + ")"
                : citation.passage();
    }

    private static void appendChoices(StringBuilder out, java.util.List<Choice> choices) {
        if (!choices.isEmpty()) {
            out.append("\n[").append(choices.stream().map(Choice::label).collect(Collectors.joining(" | ")))
                    .append("]");
        }
    }
}
