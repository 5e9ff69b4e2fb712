package uk.lscb.casereview.bot.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.lscb.casereview.core.boards.Board;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.learning.Finding;
import uk.lscb.casereview.core.learning.LearningAction;
import uk.lscb.casereview.core.learning.LearningService;
import uk.lscb.casereview.core.learning.ReviewLearning;
import uk.lscb.casereview.core.learning.ReviewRecommendation;

/**
 * A review's learning as the API shows it: {@code GET /api/cases/{reference}/learning}, the {@code learning} of
 * {@code GET /api/cases/{reference}} and the answers to its entries, and the findings and actions the learning log's
 * lists show.
 */
@Component
class LearningJson {
    private final LearningService learning;
    private final Boards boards;

    LearningJson(LearningService learning, Boards boards) {
        this.learning = learning;
        this.boards = boards;
    }

    /** The case's learning, or empty lists when none is entered yet. */
    Map<String, Object> of(CaseRecord record) {
        return learning.of(record.id()).map(this::whole).orElseGet(() -> {
            Map<String, Object> none = new LinkedHashMap<>();
            none.put("reference", record.reference().value());
            none.put("findings", List.of());
            none.put("recommendations", List.of());
            none.put("actions", List.of());
            return none;
        });
    }

    Map<String, Object> review(ReviewLearning review) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("board", review.board().value());
        json.put("boardName", boards.get(review.board()).map(Board::name).orElse(review.board().value()));
        json.put("reference", review.reference().value());
        json.put("reviewType", review.reviewType().label());
        json.put("source", review.source().label());
        json.put("year", review.sharedOn().map(LocalDate::getYear).orElse(null));
        json.put("recordedOn", review.sharedOn().map(LocalDate::toString).orElse(null));
        return json;
    }

    Map<String, Object> whole(ReviewLearning review) {
        Map<String, Object> json = review(review);
        json.put("leadReviewers", review.leadReviewers().stream().map(person -> Map.of("platform",
                person.platform().id(), "id", person.id())).toList());
        json.put("findings", review.findings().stream().map(LearningJson::finding).toList());
        json.put("recommendations", review.recommendations().stream().map(LearningJson::recommendation)
                .toList());
        LocalDate today = learning.today();
        json.put("actions", review.actions().stream().map(action -> action(action, action.status(today))).toList());
        return json;
    }

    static Map<String, Object> finding(Finding finding) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("number", finding.number());
        json.put("title", finding.title());
        json.put("text", finding.text());
        json.put("themes", finding.themes());
        json.put("kind", finding.kind().id());
        return json;
    }

    private static Map<String, Object> recommendation(ReviewRecommendation recommendation) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("number", recommendation.number());
        json.put("text", recommendation.text());
        json.put("findings", recommendation.findings());
        json.put("agencies", recommendation.agencies());
        json.put("addressedTo", recommendation.addressedTo());
        return json;
    }

    static Map<String, Object> action(LearningAction action, LearningAction.Status status) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("number", action.number());
        json.put("recommendation", action.recommendation());
        json.put("agency", action.agency());
        json.put("owner", action.owner().map(owner -> Map.of("platform", owner.platform().id(), "id", owner.id()))
                .orElse(null));
        json.put("due", action.due().toString());
        json.put("status", status.id());
        json.put("evidence", action.evidence().map(evidence -> {
            Map<String, Object> proof = new LinkedHashMap<>();
            proof.put("text", evidence.text());
            proof.put("link", evidence.link());
            proof.put("embedded", evidence.embedded().orElse(null));
            proof.put("by", evidence.mark().who().displayName());
            proof.put("at", evidence.mark().at().toString());
            return proof;
        }).orElse(null));
        return json;
    }
}
