package uk.lscb.casereview.core.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import uk.lscb.casereview.core.boards.Board;
import uk.lscb.casereview.core.cases.CaseDeadline;
import uk.lscb.casereview.core.cases.CaseStatus;
import uk.lscb.casereview.core.cases.CaseStep;
import uk.lscb.casereview.core.cases.CaseSummary;
import uk.lscb.casereview.core.cases.Cases;
import uk.lscb.casereview.core.cases.ChairDecision;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.deadlines.London;
import uk.lscb.casereview.core.learning.LearningLogs;
import uk.lscb.casereview.core.learning.ReviewLearning;
import uk.lscb.casereview.core.requests.AgencyRequest;
import uk.lscb.casereview.core.requests.AgencyRequests;
import uk.lscb.casereview.core.rules.Outcome;

/**
 * A board's figures for a reporting year (April to March), as its annual report gives them:
 * <ul>
 * <li>referrals: cases whose LSCB was notified in the year;</li>
 * <li>decisions: the Chair's decisions made in the year, by outcome (the reviews of each type), and per month;</li>
 * <li>timeliness against each deadline due in the year: done on or before its due date (on time), done after it or
 * still not done after it (late), not yet due (open); the median days late of those late, counted to the day it was
 * done or, when not done, to {@code asOf}. A deadline is done on the London date it was recorded (the Chair's
 * decision: the day of the decision); an agency's information on the day it was marked provided. The publication
 * minimum is a date to wait for, not a task, and has no timeliness. Rule pack {@code wt2023}'s deadlines are counted
 * alike: the serious incident notification and the rapid review (done when recorded) and a local review's
 * publication;</li>
 * <li>from the learning log: the findings of the reviews below the SCR threshold, the themes, the actions
 * ({@link LearningSummary});</li>
 * <li>Serious Case Reviews started (decided in the year), completed (final report agreed in the year), published
 * (published on a date in the year) and not published (the decision not to publish made in the year).</li>
 * </ul>
 *
 * @param asOf the day the figures are drawn up (late counts to it)
 */
public record AnnualReport(Board board, ReportingYear year, LocalDate asOf, int referrals,
                           Map<Outcome, Integer> decisions, Map<YearMonth, Map<Outcome, Integer>> decisionsByMonth,
                           Map<DeadlineKind, Timeliness> timeliness, int scrsStarted, int scrsCompleted,
                           int scrsPublished, int scrsNotPublished, LearningSummary learning) {
    /**
     * The deadlines whose timeliness is reported, in the order of a case's life: the framework's, then rule pack
     * {@code wt2023}'s (the serious incident notification, the rapid review, a local review's publication).
     */
    public static final List<DeadlineKind> TIMED = List.of(DeadlineKind.CHAIR_DECISION,
            DeadlineKind.NATIONAL_PANEL_NOTIFICATION, DeadlineKind.AGENCY_INFORMATION, DeadlineKind.SCR_COMPLETION,
            DeadlineKind.NATIONAL_PANEL_REPORT_COPY, DeadlineKind.SERIOUS_INCIDENT_NOTIFICATION,
            DeadlineKind.RAPID_REVIEW, DeadlineKind.LOCAL_REVIEW_PUBLICATION);

    public AnnualReport {
        Objects.requireNonNull(board, "board");
        Objects.requireNonNull(year, "year");
        decisions = Collections.unmodifiableMap(new EnumMap<>(decisions));
        decisionsByMonth = Collections.unmodifiableMap(new LinkedHashMap<>(decisionsByMonth));
        timeliness = Collections.unmodifiableMap(new EnumMap<>(timeliness));
        Objects.requireNonNull(learning, "learning");
    }

    /**
     * How a deadline was kept.
     *
     * @param medianDaysLate the median days late of those late; empty when none was
     */
    public record Timeliness(int onTime, int late, int open, Optional<Double> medianDaysLate) {
        public int total() {
            return onTime + late + open;
        }
    }

    /**
     * The deadlines this report shows, of {@link #TIMED}: the framework's always; a rule pack's when the board follows
     * that pack or any of them was due in the year (a board that switched packs still has both).
     */
    public List<DeadlineKind> timed() {
        return TIMED.stream().filter(kind -> kind.declaringPack().map(board.rulePack()::equals).orElse(true)
                || timeliness.get(kind).total() > 0).toList();
    }

    /** All the decisions made in the year. */
    public int decided() {
        return decisions.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * The board's report for the year, read from the stores: what the dashboard's report page and the chat's
     * {@code report} command both show.
     */
    public static AnnualReport read(Board board, ReportingYear year, Cases cases, AgencyRequests requests,
                                    LearningLogs learning, LocalDate asOf) {
        return of(board, year, cases.summariesOfBoard(board.id(), EnumSet.allOf(CaseStatus.class)),
                requests.ofBoard(board.id()), learning.ofBoard(board.id()), asOf);
    }

    /**
     * @param cases    the summaries of every case of the board (open, closed and withdrawn); another board's are
     *                 ignored
     * @param requests the board's agencies' information requests
     * @param learning the board's reviews in the learning log
     */
    public static AnnualReport of(Board board, ReportingYear year, List<CaseSummary> cases,
                                  List<AgencyRequest> requests, List<ReviewLearning> learning, LocalDate asOf) {
        int referrals = 0;
        Map<Outcome, Integer> decisions = new EnumMap<>(Outcome.class);
        Map<YearMonth, Map<Outcome, Integer>> byMonth = new LinkedHashMap<>();
        year.months().forEach(month -> byMonth.put(month, new EnumMap<>(Outcome.class)));
        Map<DeadlineKind, List<Kept>> kept = new EnumMap<>(DeadlineKind.class);
        TIMED.forEach(kind -> kept.put(kind, new ArrayList<>()));
        int started = 0;
        int completed = 0;
        int published = 0;
        int notPublished = 0;
        for (CaseSummary record : cases) {
            if (!record.board().equals(board.id())) {
                continue;
            }
            if (year.contains(record.notifiedOn())) {
                referrals++;
            }
            Optional<ChairDecision> decision = record.decision();
            if (decision.isPresent() && year.contains(London.dateOf(decision.get().at()))) {
                LocalDate on = London.dateOf(decision.get().at());
                decisions.merge(decision.get().outcome(), 1, Integer::sum);
                byMonth.get(YearMonth.from(on)).merge(decision.get().outcome(), 1, Integer::sum);
                if (decision.get().outcome() == Outcome.SERIOUS_CASE_REVIEW) {
                    started++;
                }
            }
            for (CaseDeadline deadline : record.deadlines()) {
                if (kept.containsKey(deadline.kind()) && year.contains(deadline.due())) {
                    kept.get(deadline.kind()).add(new Kept(deadline.due(),
                            deadline.done().map(mark -> London.dateOf(mark.at()))));
                }
            }
            boolean scr = decision.filter(decided -> decided.outcome() == Outcome.SERIOUS_CASE_REVIEW).isPresent();
            if (scr && inYear(record.lastEntry(CaseStep.FINAL_REPORT_AGREED), year)) {
                completed++;
            }
            if (scr && record.lastEntry(CaseStep.PUBLISHED)
                    .map(entry -> entry.values().get(CaseStep.Fields.PUBLISHED_ON)).map(LocalDate::parse)
                    .filter(year::contains).isPresent()) {
                published++;
            }
            if (scr && inYear(record.lastEntry(CaseStep.NOT_PUBLISHING), year)) {
                notPublished++;
            }
        }
        for (AgencyRequest request : requests) {
            if (request.board().equals(board.id()) && year.contains(request.due())) {
                kept.get(DeadlineKind.AGENCY_INFORMATION).add(new Kept(request.due(),
                        request.provided().map(mark -> London.dateOf(mark.at()))));
            }
        }
        Map<DeadlineKind, Timeliness> timeliness = new EnumMap<>(DeadlineKind.class);
        kept.forEach((kind, list) -> timeliness.put(kind, timeliness(list, asOf)));
        return new AnnualReport(board, year, asOf, referrals, decisions, byMonth, timeliness, started, completed,
                published, notPublished, LearningSummary.of(board.id(), year, learning, asOf));
    }

    private static boolean inYear(Optional<CaseSummary.StepEntry> entry, ReportingYear year) {
        return entry.map(event -> London.dateOf(event.at())).filter(year::contains).isPresent();
    }

    private record Kept(LocalDate due, Optional<LocalDate> doneOn) {
    }

    private static Timeliness timeliness(List<Kept> kept, LocalDate asOf) {
        int onTime = 0;
        int open = 0;
        List<Long> late = new ArrayList<>();
        for (Kept one : kept) {
            if (one.doneOn().isPresent()) {
                if (one.doneOn().get().isAfter(one.due())) {
                    late.add(ChronoUnit.DAYS.between(one.due(), one.doneOn().get()));
                } else {
                    onTime++;
                }
            } else if (asOf.isAfter(one.due())) {
                late.add(ChronoUnit.DAYS.between(one.due(), asOf));
            } else {
                open++;
            }
        }
        return new Timeliness(onTime, late.size(), open, median(late));
    }

    private static Optional<Double> median(List<Long> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return Optional.of(sorted.size() % 2 == 1 ? sorted.get(middle)
                : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0);
    }
}
