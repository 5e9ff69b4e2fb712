package uk.lscb.casereview.core.conversation;

import java.util.stream.Collectors;
import uk.lscb.casereview.core.messages.Choice;
import uk.lscb.casereview.core.messages.Reply;
import uk.lscb.casereview.core.messages.StepForm;
import uk.lscb.casereview.core.rules.Citation;
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
        if (reply instanceof Reply.Form) {
            return "form";
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
            summary.page().ifPresent(link -> out.append("\n").append(link.label()).append(": ").append(link.url()));
            appendChoices(out, summary.actions());
        } else if (reply instanceof Reply.Recommended recommended) {
            recommendation(out, recommended);
            appendChoices(out, recommended.actions());
        } else if (reply instanceof Reply.Form form) {
            form(out, form.form());
        }
        return out.toString();
    }

    /**
     * A step's form as text, for a transcript or a notification's text: what it asks. Every platform fills forms in
     * its own way (the local page's form, a Teams card, a Slack modal, the terminal's questions one by one).
     */
    private static void form(StringBuilder out, StepForm form) {
        out.append(form.title());
        form.intro().forEach(line -> out.append("\n").append(line));
        form.copyable().ifPresent(text -> out.append("\n\n").append(text));
        out.append("\n\nIt asks for:");
        form.fields().forEach(field -> out.append("\n- ").append(field.label())
                .append(field.required() ? " (required)" : " (optional)"));
    }

    private static void recommendation(StringBuilder out, Reply.Recommended card) {
        RecommendationView view = RecommendationView.of(card);
        out.append(view.headline());
        view.fallback().ifPresent(fallback -> out.append("\n").append(fallback.text()));
        view.additional().forEach(action -> out.append("\n").append(action.text()));
        card.caseFacts().forEach(fact -> out.append("\n").append(fact.label()).append(": ").append(fact.value()));
        out.append("\n\n").append(RecommendationView.WHY).append(":");
        for (RecommendationView.Quoted reason : view.reasons()) {
            out.append("\n- ").append(reason.statement()).append("\n  ").append(reason.quote());
        }
        if (!view.notSure().isEmpty()) {
            out.append("\n\n").append(RecommendationView.NOT_SURE).append(": ").append(String.join(", ", view.notSure()));
        }
        if (!view.methodologies().isEmpty()) {
            out.append("\n\n").append(RecommendationView.METHODOLOGIES).append(":");
            for (RecommendationView.Quoted methodology : view.methodologies()) {
                out.append("\n- ").append(methodology.statement()).append(": ").append(methodology.quote());
            }
        }
        out.append("\n\n").append(RecommendationView.NEXT_STEPS).append(":");
        view.nextSteps().forEach(step -> out.append("\n- ").append(step));
        if (!card.answers().isEmpty()) {
            out.append("\n\n").append(RecommendationView.ANSWERS).append(":");
            card.answers().forEach(fact -> out.append("\n  ").append(fact.label()).append(": ").append(fact.value()));
        }
        out.append("\n\n").append(view.footer());
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
