package uk.lscb.casereview.adapters.mongo;

import static uk.lscb.casereview.adapters.mongo.Documents.date;
import static uk.lscb.casereview.adapters.mongo.Documents.documents;
import static uk.lscb.casereview.adapters.mongo.Documents.mapped;
import static uk.lscb.casereview.adapters.mongo.Documents.required;
import static uk.lscb.casereview.adapters.mongo.Documents.strings;
import static uk.lscb.casereview.adapters.mongo.Documents.subdocument;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import uk.lscb.casereview.core.cases.Referral;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.CaseReference;
import uk.lscb.casereview.core.rules.AdditionalAction;
import uk.lscb.casereview.core.rules.Answers;
import uk.lscb.casereview.core.rules.Citation;
import uk.lscb.casereview.core.rules.Methodology;
import uk.lscb.casereview.core.rules.Outcome;
import uk.lscb.casereview.core.rules.QuestionId;
import uk.lscb.casereview.core.rules.Reason;
import uk.lscb.casereview.core.rules.Recommendation;
import uk.lscb.casereview.core.rules.RulePack;
import uk.lscb.casereview.core.rules.RulePackRef;
import uk.lscb.casereview.core.rules.RulePacks;
import uk.lscb.casereview.core.rules.Source;

/** Answers, recommendations and referrals as sub-documents, in full: what was advised and why. */
final class RulesDocuments {
    private static final String CONSIDERED = "consideredForSeriousCaseReview";
    private final RulePacks packs;

    RulesDocuments(RulePacks packs) {
        this.packs = packs;
    }

    /**
     * {@code {values: {question id: canonical text, ...}, implied: [question id, ...]}}. Question ids are
     * lower-case letters, digits and underscores, so they are safe as field names.
     */
    static Document answers(Answers answers) {
        return new Document("values", new Document(new LinkedHashMap<>(answers.encoded())))
                .append("implied", List.copyOf(answers.impliedIds()));
    }

    /** Reads answers with the question types of the named pack. */
    Answers answers(Document document, String rulePack) {
        Document values = subdocument(document, "values");
        Map<String, String> encoded = new LinkedHashMap<>();
        values.forEach((id, value) -> encoded.put(id, (String) value));
        return Answers.decode(packs.require(rulePack), encoded, strings(document, "implied"));
    }

    static Document recommendation(Recommendation recommendation) {
        Document document = new Document("rulePack", rulePack(recommendation.rulePack()))
                .append("outcome", recommendation.outcome().name());
        recommendation.fallbackOutcome().ifPresent(fallback -> document.append("fallbackOutcome", fallback.name()));
        return document
                .append("additionalActions", recommendation.additionalActions().stream().map(Enum::name).toList())
                .append("uncertain", recommendation.uncertain().stream().map(QuestionId::value).toList())
                .append("openQuestions", recommendation.openQuestions().stream().map(QuestionId::value).toList())
                .append("reasons", recommendation.reasons().stream().map(reason -> new Document(
                        "statement", reason.statement()).append("citation", citation(reason.citation()))).toList())
                .append("methodologies", recommendation.methodologies().stream().map(methodology -> new Document(
                        "name", methodology.name()).append("line", citation(methodology.line()))).toList())
                .append("nextSteps", recommendation.nextSteps())
                .append(CONSIDERED, recommendation.consideredForSeriousCaseReview());
    }

    /**
     * A recommendation stored with its answers. One stored before the recommendation said whether the case
     * was considered for a Serious Case Review has no {@value #CONSIDERED}: the pack works it out again from
     * the answers, so a case considered below the threshold still owes the national panel its decision.
     */
    Recommendation recommendation(Document document, Answers answers) {
        Recommendation stored = recommendation(document);
        if (document.containsKey(CONSIDERED)) {
            return stored;
        }
        RulePack pack = packs.require(stored.rulePack().id());
        // decide(), not recommend(): a case stored before contradictions were refused must still be readable
        boolean considered = pack.decision().decide(pack.prune(answers)).consideredForSeriousCaseReview();
        return new Recommendation(stored.rulePack(), stored.outcome(), stored.fallbackOutcome(),
                stored.additionalActions(), stored.uncertain(), stored.openQuestions(), stored.reasons(),
                stored.methodologies(), stored.nextSteps(), considered);
    }

    private static Recommendation recommendation(Document document) {
        Outcome outcome = Outcome.valueOf(required(document, "outcome", String.class));
        return new Recommendation(rulePack(subdocument(document, "rulePack")), outcome,
                Optional.ofNullable(document.getString("fallbackOutcome")).map(Outcome::valueOf),
                strings(document, "additionalActions").stream().map(AdditionalAction::valueOf).toList(),
                strings(document, "uncertain").stream().map(QuestionId::of).toList(),
                strings(document, "openQuestions").stream().map(QuestionId::of).toList(),
                mapped(documents(document, "reasons"), reason -> new Reason(
                        required(reason, "statement", String.class), citation(subdocument(reason, "citation")))),
                mapped(documents(document, "methodologies"), methodology -> new Methodology(
                        required(methodology, "name", String.class), citation(subdocument(methodology, "line")))),
                strings(document, "nextSteps"),
                document.getBoolean(CONSIDERED, outcome == Outcome.SERIOUS_CASE_REVIEW
                        || outcome == Outcome.POSSIBLE_SERIOUS_CASE_REVIEW));
    }

    static Document rulePack(RulePackRef ref) {
        return new Document("id", ref.id()).append("version", ref.version());
    }

    static RulePackRef rulePack(Document document) {
        return new RulePackRef(required(document, "id", String.class), required(document, "version", String.class));
    }

    /**
     * A referral; its answers are read with the pack that produced its recommendation.
     * {@code {board, reference, notifiedOn, answers, recommendation}}.
     */
    static Document referral(Referral referral) {
        return new Document("board", referral.board().value())
                .append("reference", referral.reference().value())
                .append("notifiedOn", date(referral.notifiedOn()))
                .append("answers", answers(referral.answers()))
                .append("recommendation", recommendation(referral.recommendation()));
    }

    Referral referral(Document document) {
        Document stored = subdocument(document, "recommendation");
        Answers answers = answers(subdocument(document, "answers"), rulePack(subdocument(stored, "rulePack")).id());
        return new Referral(new BoardId(required(document, "board", String.class)),
                new CaseReference(required(document, "reference", String.class)),
                date(document, "notifiedOn"), answers, recommendation(stored, answers));
    }

    private static Document citation(Citation citation) {
        return new Document("passage", citation.passage()).append("source", citation.source().name())
                .append("section", citation.section());
    }

    private static Citation citation(Document document) {
        return new Citation(required(document, "passage", String.class),
                Source.valueOf(required(document, "source", String.class)),
                required(document, "section", String.class));
    }
}
