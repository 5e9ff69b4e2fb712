package uk.lscb.casereview.core.reports;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.lscb.casereview.core.learning.LearningAction;
import uk.lscb.casereview.core.learning.LearningAction.Status;
import uk.lscb.casereview.core.learning.ReviewLearning;
import uk.lscb.casereview.core.refs.BoardId;

/**
 * A board's agencies' actions on its reviews' recommendations, counted by where each stands on a day (not started,
 * in progress, done, overdue: {@link LearningAction#status}); every status is present, with 0 when none.
 */
public record ActionsByStatus(Map<Status, Integer> counts) {

    public ActionsByStatus {
        Map<Status, Integer> all = new EnumMap<>(Status.class);
        for (Status status : Status.values()) {
            all.put(status, counts.getOrDefault(status, 0));
        }
        counts = Collections.unmodifiableMap(all);
    }

    /** @param learning the board's reviews with learning; another board's are ignored */
    public static ActionsByStatus of(BoardId board, List<ReviewLearning> learning, LocalDate today) {
        Map<Status, Integer> counted = new EnumMap<>(Status.class);
        learning.stream().filter(review -> review.board().equals(board)).flatMap(review -> review.actions().stream())
                .forEach(action -> counted.merge(action.status(today), 1, Integer::sum));
        return new ActionsByStatus(counted);
    }

    public int count(Status status) {
        return counts.get(status);
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
