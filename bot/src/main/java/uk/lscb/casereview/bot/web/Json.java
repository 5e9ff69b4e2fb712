package uk.lscb.casereview.bot.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import uk.lscb.casereview.core.actions.Command;
import uk.lscb.casereview.core.conversation.PlainText;
import uk.lscb.casereview.core.conversation.RecommendationView;
import uk.lscb.casereview.core.messages.Choice;
import uk.lscb.casereview.core.messages.Fact;
import uk.lscb.casereview.core.messages.Reply;
import uk.lscb.casereview.core.messages.StepField;
import uk.lscb.casereview.core.messages.StepForm;
import uk.lscb.casereview.core.rules.Citation;
import uk.lscb.casereview.core.rules.Methodology;
import uk.lscb.casereview.core.rules.Outcome;
import uk.lscb.casereview.core.rules.QuestionId;
import uk.lscb.casereview.core.rules.Reason;
import uk.lscb.casereview.core.rules.Recommendation;
import uk.lscb.casereview.core.rules.RulePack;
import uk.lscb.casereview.core.rules.RulePacks;

/** The JSON shapes of the HTTP API: recommendations and chat replies, rendered from core's values. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    // ---- assessment API -------------------------------------------------------------------------

    /** {@code POST /api/assessments}: outcome codes, reasons with the framework's words, the pack that decided. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Assessed(String outcome, String outcomeLabel, String fallbackOutcome, List<String> additionalActions,
                    List<String> uncertain, List<ReasonJson> reasons, List<String> openQuestions,
                    List<MethodologyJson> methodologies, List<String> nextSteps, PackJson rulePack, String advice,
                    List<DeadlineJson> deadlines) {

        /** The same, listing the deadlines that follow from the day of awareness (rule pack wt2023). */
        Assessed withDeadlines(List<DeadlineJson> listed) {
            return new Assessed(outcome, outcomeLabel, fallbackOutcome, additionalActions, uncertain, reasons,
                    openQuestions, methodologies, nextSteps, rulePack, advice, listed);
        }
    }

    /** A deadline with its ISO due date ({@code YYYY-MM-DD}) and the passage it comes from. */
    record DeadlineJson(String id, String label, int workingDays, String due, String quote, String source,
                        String section) {
    }

    static DeadlineJson deadline(String id, String label, int workingDays, java.time.LocalDate due,
                                 Citation citation) {
        return new DeadlineJson(id, label, workingDays, due.toString(), citation.passage(),
                citation.source().title(), citation.section());
    }

    /**
     * @param verbatim whether {@code quote} is the source's own words (the framework) or a paraphrase (Working
     *                 Together 2015), which is never shown in quotation marks
     * @param credit   where it comes from, in words, to show beneath it
     */
    record ReasonJson(String statement, String quote, String source, String section, boolean verbatim,
                      String credit) {
    }

    record MethodologyJson(String name, String line, String source, String section) {
    }

    record PackJson(String id, String version) {
    }

    static Assessed assessed(Recommendation rec) {
        return new Assessed(rec.outcome().name(), rec.outcome().label(),
                rec.fallbackOutcome().map(Outcome::name).orElse(null),
                rec.additionalActions().stream().map(Enum::name).toList(),
                ids(rec.uncertain()), reasons(rec), ids(rec.openQuestions()), methodologies(rec), rec.nextSteps(),
                new PackJson(rec.rulePack().id(), rec.rulePack().version()), RecommendationView.advice(rec), null);
    }

    static List<ReasonJson> reasons(Recommendation rec) {
        return rec.reasons().stream().map(Json::reason).toList();
    }

    static ReasonJson reason(Reason reason) {
        Citation citation = reason.citation();
        return new ReasonJson(reason.statement(), citation.passage(), citation.source().title(), citation.section(),
                citation.isVerbatim(), citation.credit());
    }

    static List<MethodologyJson> methodologies(Recommendation rec) {
        return rec.methodologies().stream().map(Json::methodology).toList();
    }

    static MethodologyJson methodology(Methodology methodology) {
        Citation line = methodology.line();
        return new MethodologyJson(methodology.name(), line.passage(), line.source().title(), line.section());
    }

    private static List<String> ids(List<QuestionId> ids) {
        return ids.stream().map(QuestionId::value).toList();
    }

    // ---- chat replies -----------------------------------------------------------------------------

    /** A button; {@code primary} (true or absent) marks the conversation's one primary button, Send to the Chair. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ChoiceJson(String label, String payload, Boolean primary) {
        static ChoiceJson of(Choice choice) {
            return new ChoiceJson(choice.label(), choice.payload(),
                    choice.runs(Command.SUBMIT) ? Boolean.TRUE : null);
        }
    }

    record FactJson(String question, String label, String value, ChoiceJson change) {
    }

    record Coded(String code, String label) {
    }

    record QuestionRef(String id, String label) {
    }

    /** One reply of the bot, with its kind ({@code say}, {@code ask}, {@code summary}, {@code recommendation}, {@code form}). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ReplyJson(String kind, String text, List<ChoiceJson> choices, String question, Integer number,
                     String hint, String currentAnswer, List<ChoiceJson> commands, String title, List<FactJson> facts,
                     List<ChoiceJson> actions, RecommendationJson recommendation, List<FactJson> caseFacts,
                     List<FactJson> answers, String plainText, FormJson form, LinkJson page) {
    }

    /** A link to a web page: what it says and where. */
    record LinkJson(String label, String url) {
    }

    /**
     * A step's form ({@link StepForm}): typed fields a page renders without knowing the step, what was typed, the
     * messages beside fields (by field id; {@code ""} for the form as a whole) and the submit button, whose payload is
     * posted to {@code /local/api/case-action} with the fields' values as {@code inputs}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FormJson(String title, List<String> intro, String copyable, List<FieldJson> fields,
                    Map<String, String> values, Map<String, String> errors, ChoiceJson submit) {
        static FormJson of(StepForm form) {
            return new FormJson(form.title(), form.intro(), form.copyable().orElse(null),
                    form.fields().stream().map(FieldJson::of).toList(), form.values(), form.errors(),
                    ChoiceJson.of(form.submit()));
        }
    }

    /**
     * One field: {@code type} is date, text, line (text on one line), choice, choices (any of the options, sent as
     * their values separated by commas), url, boolean or person (a platform id, typed on one line).
     */
    record FieldJson(String id, String label, String type, boolean required, String hint, List<Coded> options) {
        static FieldJson of(StepField field) {
            return new FieldJson(field.id(), field.label(), field.type().name().toLowerCase(java.util.Locale.ROOT),
                    field.required(), field.hint(), field.options().stream()
                    .map(option -> new Coded(option.value(), option.label())).toList());
        }
    }

    /**
     * @param fallbackLine    the fallback outcome as every platform words it ("If the Chair decides …: …")
     * @param additionalLines the additional actions as every platform words them ("Also recommended: …")
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RecommendationJson(Coded outcome, Coded fallbackOutcome, List<Coded> additionalActions,
                              List<QuestionRef> uncertain, List<QuestionRef> openQuestions, List<ReasonJson> reasons,
                              List<MethodologyJson> methodologies, List<String> nextSteps, PackJson rulePack,
                              String advice, String fallbackLine, List<String> additionalLines) {
    }

    /** A reply as JSON; a recommendation's questions are named as the pack it follows (one of {@code packs}) names them. */
    static ReplyJson reply(Reply reply, RulePacks packs) {
        String plain = PlainText.render(reply);
        if (reply instanceof Reply.Say say) {
            return new ReplyJson("say", say.text(), choices(say.choices()), null, null, null, null, null, null,
                    null, null, null, null, null, plain, null, null);
        }
        if (reply instanceof Reply.Ask ask) {
            return new ReplyJson("ask", ask.text(), choices(ask.choices()), ask.question().value(), ask.number(),
                    ask.hint(), ask.currentAnswer().orElse(null), choices(ask.commands()), null, null, null, null,
                    null, null, plain, null, null);
        }
        if (reply instanceof Reply.Summary summary) {
            return new ReplyJson("summary", null, null, null, null, null, null, null, summary.title(),
                    facts(summary.facts()), choices(summary.actions()), null, null, null, plain, null,
                    summary.page().map(link -> new LinkJson(link.label(), link.url())).orElse(null));
        }
        if (reply instanceof Reply.Form form) {
            return new ReplyJson("form", null, null, null, null, null, null, null, form.form().title(), null, null,
                    null, null, null, plain, FormJson.of(form.form()), null);
        }
        Reply.Recommended card = (Reply.Recommended) reply;
        return new ReplyJson("recommendation", null, null, null, null, null, null, null, null, null,
                choices(card.actions()), recommendation(card.recommendation(),
                packs.require(card.recommendation().rulePack().id())), facts(card.caseFacts()),
                facts(card.answers()), plain, null, null);
    }

    static RecommendationJson recommendation(Recommendation rec, RulePack pack) {
        RecommendationView view = RecommendationView.of(rec, List.of());
        return new RecommendationJson(coded(rec.outcome()), rec.fallbackOutcome().map(Json::coded).orElse(null),
                rec.additionalActions().stream().map(action -> new Coded(action.name(), action.label())).toList(),
                questions(rec.uncertain(), pack), questions(rec.openQuestions(), pack), reasons(rec),
                methodologies(rec), rec.nextSteps(), new PackJson(rec.rulePack().id(), rec.rulePack().version()),
                RecommendationView.advice(rec), view.fallback().map(RecommendationView.Line::text).orElse(null),
                view.additional().stream().map(RecommendationView.Line::text).toList());
    }

    private static Coded coded(Outcome outcome) {
        return new Coded(outcome.name(), outcome.label());
    }

    private static List<QuestionRef> questions(List<QuestionId> ids, RulePack pack) {
        return ids.stream().map(id -> new QuestionRef(id.value(),
                pack.find(id).map(question -> question.label()).orElse(id.value()))).toList();
    }

    private static List<ChoiceJson> choices(List<Choice> choices) {
        return choices.stream().map(ChoiceJson::of).toList();
    }

    private static List<FactJson> facts(List<Fact> facts) {
        return facts.stream().map(fact -> new FactJson(fact.question().map(QuestionId::value).orElse(null),
                fact.label(), fact.value(), fact.change().map(ChoiceJson::of)
                .orElse(null))).toList();
    }
}
