package uk.lscb.casereview.core.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.refs.CaseReference;

/**
 * What the board's overview and annual report read of a case: its reference, stage, dates, decision and deadlines,
 * and the last entry of each of the {@link #REPORTED} steps — not its answers, transcript or whole audit trail.
 *
 * @param reported the last entry of each {@link #REPORTED} step recorded on the case
 */
public record CaseSummary(CaseId id, BoardId board, CaseReference reference, CaseStatus status, LocalDate notifiedOn,
                          Optional<ChairDecision> decision, List<CaseDeadline> deadlines,
                          Map<CaseStep, StepEntry> reported) {
    /** The steps whose last entry a summary keeps: what the annual report counts. */
    public static final Set<CaseStep> REPORTED = Collections.unmodifiableSet(EnumSet.of(
            CaseStep.FINAL_REPORT_AGREED, CaseStep.PUBLISHED, CaseStep.NOT_PUBLISHING));

    /** A step's entry in the audit trail: when, and the values recorded. */
    public record StepEntry(Instant at, Map<String, String> values) {
        public StepEntry {
            Objects.requireNonNull(at, "at");
            values = Map.copyOf(values);
        }
    }

    public CaseSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(board, "board");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(notifiedOn, "notifiedOn");
        Objects.requireNonNull(decision, "decision");
        deadlines = List.copyOf(deadlines);
        if (!REPORTED.containsAll(reported.keySet())) {
            throw new IllegalArgumentException("a summary keeps only the steps " + REPORTED);
        }
        reported = reported.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(reported));
    }

    /** The summary of a whole case. */
    public static CaseSummary of(CaseRecord record) {
        Map<CaseStep, StepEntry> reported = new EnumMap<>(CaseStep.class);
        for (CaseStep step : REPORTED) {
            step.lastEntry(record).ifPresent(event -> reported.put(step, new StepEntry(event.at(), event.values())));
        }
        return new CaseSummary(record.id(), record.board(), record.reference(), record.status(), record.notifiedOn(),
                record.decision(), record.deadlines(), reported);
    }

    /** The step's last entry. @throws IllegalArgumentException for a step a summary does not keep */
    public Optional<StepEntry> lastEntry(CaseStep step) {
        if (!REPORTED.contains(step)) {
            throw new IllegalArgumentException("a summary does not keep the step " + step);
        }
        return Optional.ofNullable(reported.get(step));
    }
}
