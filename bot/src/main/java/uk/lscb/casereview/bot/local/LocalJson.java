package uk.lscb.casereview.bot.local;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.lscb.casereview.core.actions.ActionCodec;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.actions.DecisionVerb;
import uk.lscb.casereview.core.cases.CaseLifecycle;
import uk.lscb.casereview.core.cases.DecisionCard;
import uk.lscb.casereview.core.cases.TextForm;
import uk.lscb.casereview.core.conversation.RecommendationView;
import uk.lscb.casereview.core.deadlines.London;
import uk.lscb.casereview.core.messages.Choice;
import uk.lscb.casereview.core.messages.Fact;
import uk.lscb.casereview.core.messages.PageLink;
import uk.lscb.casereview.core.rules.Outcome;
import uk.lscb.casereview.core.rules.QuestionId;
import uk.lscb.casereview.core.rules.Reason;
import uk.lscb.casereview.core.rules.Recommendation;

/** The local page's JSON: decision cards with every field, and posted notifications. */
final class LocalJson {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK).withZone(London.ZONE);

    private LocalJson() {
    }

    static String when(Instant at) {
        return WHEN.format(at);
    }

    /** A decision card: title, facts, recommendation with reasons, answers, inputs, actions, decided line. */
    static Map<String, Object> card(DecisionCard card) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("caseId", card.caseId().value());
        json.put("version", card.version());
        json.put("title", card.title());
        json.put("facts", facts(card.facts()));
        json.put("recommendation", recommendation(card.recommendation(), card.answers()));
        json.put("answers", facts(card.answers()));
        json.put("inputs", card.inputs().stream().map(LocalJson::input).toList());
        // The inputs each outcome needs, by the rules deciding applies: the page shows only the chosen outcome's.
        Map<String, List<String>> needs = new LinkedHashMap<>();
        card.inputs().stream().filter(input -> input.id().equals(DecisionCard.OUTCOME))
                .flatMap(input -> input.options().stream()).map(option -> Outcome.valueOf(option.payload()))
                .forEach(outcome -> needs.put(outcome.name(),
                        CaseLifecycle.inputsNeeded(card.recommendation(), outcome)));
        json.put("needs", needs);
        json.put("actions", choices(card.actions()));
        json.put("decided", card.decided().orElse(null));
        json.put("page", card.page().map(LocalJson::link).orElse(null));
        return json;
    }

    static Map<String, Object> recommendation(Recommendation rec, List<Fact> answers) {
        RecommendationView view = RecommendationView.of(rec, answers);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("headline", view.headline());
        json.put("outcome", coded(rec.outcome()));
        json.put("fallbackOutcome", rec.fallbackOutcome().map(LocalJson::coded).orElse(null));
        json.put("additionalActions", rec.additionalActions().stream()
                .map(action -> Map.of("code", action.name(), "label", action.label())).toList());
        json.put("reasons", rec.reasons().stream().map(LocalJson::reason).toList());
        // Labelled as the card's answers label them, the same on every platform.
        json.put("uncertain", questions(rec.uncertain(), answers));
        json.put("openQuestions", questions(rec.openQuestions(), answers));
        json.put("nextSteps", rec.nextSteps());
        json.put("rulePack", Map.of("id", rec.rulePack().id(), "version", rec.rulePack().version()));
        json.put("advice", RecommendationView.advice(rec));
        json.put("fallbackLine", view.fallback().map(RecommendationView.Line::text).orElse(null));
        json.put("additionalLines", view.additional().stream().map(RecommendationView.Line::text).toList());
        return json;
    }

    private static Map<String, Object> reason(Reason reason) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("statement", reason.statement());
        json.put("quote", reason.citation().passage());
        json.put("source", reason.citation().source().title());
        json.put("section", reason.citation().section());
        // As the chat's recommendation has them: the card quoted the framework without quotation marks or credit.
        json.put("verbatim", reason.citation().isVerbatim());
        json.put("credit", reason.citation().credit());
        return json;
    }

    private static List<Map<String, String>> questions(List<QuestionId> ids, List<Fact> answers) {
        return ids.stream().map(id -> Map.of("id", id.value(), "label", Fact.labelOf(answers, id))).toList();
    }

    private static Map<String, String> coded(Outcome outcome) {
        return Map.of("code", outcome.name(), "label", outcome.label());
    }

    private static Map<String, Object> input(DecisionCard.Input input) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", input.id());
        json.put("label", input.label());
        json.put("kind", input.kind().name().toLowerCase(Locale.ROOT));
        json.put("options", input.options().stream()
                .map(option -> Map.of("label", option.label(), "value", option.payload())).toList());
        json.put("hint", input.hint().isBlank() ? null : input.hint());
        return json;
    }

    static List<Map<String, Object>> facts(List<Fact> facts) {
        return facts.stream().map(fact -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("question", fact.question().map(QuestionId::value).orElse(null));
            json.put("label", fact.label());
            json.put("value", fact.value());
            return json;
        }).toList();
    }

    /**
     * Buttons; one that asks for text first (a {@link TextForm}) also carries its {@code form}, and a decision
     * card's Decide button {@code choosesOutcome} (it decides the outcome chosen in the card's list).
     */
    static List<Map<String, Object>> choices(List<Choice> choices) {
        return choices.stream().map(choice -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("label", choice.label());
            json.put("payload", choice.payload());
            ActionCodec.decode(choice.payload()).filter(action -> action instanceof ButtonAction.Decision decision
                    && decision.verb() == DecisionVerb.DECIDE).ifPresent(decide -> json.put("choosesOutcome", true));
            TextForm.of(choice.payload()).ifPresent(form -> json.put("form", Map.of("title", form.title(),
                    "input", form.inputId(), "label", form.label(), "hint", form.hint(), "submit", form.submit(),
                    "maxLength", TextForm.MAX_LENGTH)));
            return json;
        }).toList();
    }

    /** A posted notification; {@code done} says who marked its deadline done, once someone has. */
    static Map<String, Object> post(LocalPlatform.Post post, Optional<String> done) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", post.id());
        json.put("at", post.at().toString());
        json.put("when", when(post.at()));
        json.put("to", post.notification().to().stream().map(to -> to.name().toLowerCase(Locale.ROOT)).toList());
        json.put("title", post.notification().title());
        json.put("text", post.notification().text());
        json.put("facts", facts(post.notification().facts()));
        json.put("actions", done.isPresent() ? List.of() : choices(post.notification().actions()));
        json.put("done", done.orElse(null));
        json.put("page", post.notification().page().map(LocalJson::link).orElse(null));
        return json;
    }

    /** A link to a page: {@code {"label", "url"}}. */
    private static Map<String, Object> link(PageLink link) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("label", link.label());
        json.put("url", link.url());
        return json;
    }
}
