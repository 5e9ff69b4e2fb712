package uk.lscb.casereview.core.reports;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import uk.lscb.casereview.core.learning.Finding;
import uk.lscb.casereview.core.learning.LearningAction;
import uk.lscb.casereview.core.learning.ReviewLearning;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.CaseReference;
import uk.lscb.casereview.core.rules.Outcome;
import uk.lscb.casereview.core.deadlines.London;

/**
 * What a board's learning log says for its annual report: the findings of every review below the Serious Case Review
 * threshold whose learning was recorded (shared) in the year — the framework asks the annual report to summarise
 * them —, the learning themes of every review shared in the year with how many findings touch each, and the agencies'
 * actions completed in the year (marked done with evidence) and overdue on the report's day, and all of them by where
 * they stand on that day.
 *
 * @param themes by number of findings, most first, then by name
 */
public record LearningSummary(List<Review> belowThreshold, Map<String, Integer> themes, int actionsCompleted,
                              int actionsOverdue, ActionsByStatus actionsByStatus) {

    public LearningSummary {
        belowThreshold = List.copyOf(belowThreshold);
        themes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(themes));
        Objects.requireNonNull(actionsByStatus, "actionsByStatus");
    }

    /** One review below the threshold and its findings. */
    public record Review(CaseReference reference, Outcome type, LocalDate sharedOn, List<Finding> findings) {
        public Review {
            Objects.requireNonNull(reference, "reference");
            findings = List.copyOf(findings);
        }
    }

    /** @param learning the board's reviews with learning; another board's are ignored */
    public static LearningSummary of(BoardId board, ReportingYear year, List<ReviewLearning> learning, LocalDate asOf) {
        List<Review> below = new java.util.ArrayList<>();
        Map<String, Integer> counted = new TreeMap<>();
        int completed = 0;
        int overdue = 0;
        for (ReviewLearning review : learning) {
            if (!review.board().equals(board)) {
                continue;
            }
            boolean sharedThisYear = review.sharedOn().filter(year::contains).isPresent();
            if (sharedThisYear) {
                review.findings().forEach(finding -> finding.themes().forEach(theme -> counted.merge(theme, 1,
                        Integer::sum)));
                if (review.reviewType() != Outcome.SERIOUS_CASE_REVIEW && !review.findings().isEmpty()) {
                    below.add(new Review(review.reference(), review.reviewType(), review.sharedOn().get(),
                            review.findings()));
                }
            }
            for (LearningAction action : review.actions()) {
                if (action.evidence().map(evidence -> London.dateOf(evidence.mark().at())).filter(year::contains)
                        .isPresent()) {
                    completed++;
                }
                if (action.status(asOf) == LearningAction.Status.OVERDUE) {
                    overdue++;
                }
            }
        }
        below.sort(Comparator.comparing(Review::sharedOn).thenComparing(review -> review.reference().value()));
        Map<String, Integer> themes = new LinkedHashMap<>();
        counted.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).forEach(entry -> themes.put(entry.getKey(), entry.getValue()));
        return new LearningSummary(below, themes, completed, overdue, ActionsByStatus.of(board, learning, asOf));
    }
}
