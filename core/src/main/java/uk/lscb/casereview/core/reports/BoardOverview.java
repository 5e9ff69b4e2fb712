package uk.lscb.casereview.core.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import uk.lscb.casereview.core.boards.Board;
import uk.lscb.casereview.core.cases.CaseDeadline;
import uk.lscb.casereview.core.cases.CaseStatus;
import uk.lscb.casereview.core.cases.CaseSummary;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.deadlines.London;
import uk.lscb.casereview.core.deadlines.ReminderPolicy;
import uk.lscb.casereview.core.refs.CaseReference;
import uk.lscb.casereview.core.requests.AgencyRequest;

/**
 * One board at a glance: its open cases by stage, and every deadline not yet done (the Chair's decision, the
 * national panel's notification, the SCR's completion, the report's copy to the national panel, agencies'
 * information) that is overdue or falls due this week — today and the six days after it, London dates.
 *
 * @param byStage     open cases per stage, in the stages' order, every open stage present (0 where none)
 * @param dueThisWeek not overdue, due from today to today + 6, soonest first (then by case reference and what is due)
 * @param overdue     past their due date and not done, the longest overdue first (then as above)
 * @param newest      the {@value #NEWEST} open cases the LSCB was most recently notified of, newest first
 */
public record BoardOverview(Board board, LocalDate today, Map<CaseStatus, Integer> byStage, List<Due> dueThisWeek,
                            List<Due> overdue, List<OpenCase> newest) {
    /** Days in "this week": today and the six after it. */
    public static final int WEEK = 7;
    /** How many of the newest open cases are listed (the others are found by their reference). */
    public static final int NEWEST = 50;

    /** An open case in the list: its stage, when the LSCB was notified, and its next deadline not done. */
    public record OpenCase(CaseReference reference, CaseStatus status, LocalDate notifiedOn,
                           Optional<CaseDeadline> next) {
    }

    public BoardOverview {
        Objects.requireNonNull(board, "board");
        byStage = java.util.Collections.unmodifiableMap(new EnumMap<>(byStage));
        dueThisWeek = List.copyOf(dueThisWeek);
        overdue = List.copyOf(overdue);
        newest = List.copyOf(newest);
    }

    /**
     * One thing due on a case.
     *
     * @param what        the deadline's label, or for an agency's information the agency
     * @param daysOverdue 0 when not overdue
     * @param delayReason the reason recorded for the delay, if any
     */
    public record Due(CaseReference reference, DeadlineKind kind, String what, LocalDate due, long daysOverdue,
                      Optional<String> delayReason) {
        public Due {
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(what, "what");
            Objects.requireNonNull(due, "due");
            Objects.requireNonNull(delayReason, "delayReason");
        }
    }

    /** The two lists of deadlines: each shown on the dashboard by its first page, and whole on its own pages. */
    public enum Listing {
        OVERDUE, DUE_THIS_WEEK
    }

    /**
     * One page of a list.
     *
     * @param rows   this page's entries, in the list's order
     * @param number the page's number, from 1
     * @param size   the most entries a page holds
     * @param total  the entries in the whole list
     */
    public record Page(List<Due> rows, int number, int size, int total) {
        public Page {
            rows = List.copyOf(rows);
        }

        /** How many pages the list fills: at least 1, an empty list being one empty page. */
        public int pages() {
            return Math.max(1, (total + size - 1) / size);
        }
    }

    /** The list's page {@code number} of {@code size} entries, none if the list has no such page. */
    public Optional<Page> page(Listing listing, int number, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("A page holds at least one entry: " + size);
        }
        List<Due> all = listing == Listing.OVERDUE ? overdue : dueThisWeek;
        if (number < 1 || (long) (number - 1) * size >= Math.max(1, all.size())) {
            return Optional.empty();
        }
        int from = (number - 1) * size;
        return Optional.of(new Page(all.subList(from, Math.min(all.size(), from + size)), number, size, all.size()));
    }

    /** The total of open cases. */
    public int openCases() {
        return byStage.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * @param openCases the board's open cases (as {@code Cases.summariesOfBoard(board, CaseStatus.OPEN)} reads them);
     *                  others are ignored
     * @param requests  the board's agencies' information requests; those provided, or of a case not open, are ignored
     */
    public static BoardOverview of(Board board, List<CaseSummary> openCases, List<AgencyRequest> requests,
                                   Instant now) {
        LocalDate today = London.dateOf(now);
        ReminderPolicy policy = ReminderPolicy.englandAndWales();
        Map<CaseStatus, Integer> byStage = new EnumMap<>(CaseStatus.class);
        CaseStatus.OPEN.forEach(status -> byStage.put(status, 0));
        List<Due> due = new ArrayList<>();
        List<Due> overdue = new ArrayList<>();
        java.util.Set<String> open = new java.util.HashSet<>();
        List<OpenCase> newest = new ArrayList<>();
        for (CaseSummary record : openCases) {
            if (!record.status().isOpen() || !record.board().equals(board.id())) {
                continue;
            }
            open.add(record.id().value());
            byStage.merge(record.status(), 1, Integer::sum);
            newest.add(new OpenCase(record.reference(), record.status(), record.notifiedOn(), record.deadlines()
                    .stream().filter(deadline -> !deadline.isDone()).min(Comparator.comparing(CaseDeadline::due))));
            for (CaseDeadline deadline : record.deadlines()) {
                if (!deadline.isDone()) {
                    sort(new Entry(record.reference(), deadline.kind(), deadline.kind().label(), deadline.due(),
                            deadline.delayReason()), policy, now, today, due, overdue);
                }
            }
        }
        for (AgencyRequest request : requests) {
            if (!request.isProvided() && open.contains(request.caseId().value())) {
                sort(new Entry(request.reference(), DeadlineKind.AGENCY_INFORMATION, "Information from "
                        + request.agency(), request.due(), Optional.empty()), policy, now, today, due, overdue);
            }
        }
        Comparator<Due> urgentFirst = Comparator.comparing(Due::due).thenComparing(entry -> entry.reference().value())
                .thenComparing(Due::what);
        due.sort(urgentFirst);
        overdue.sort(urgentFirst);
        newest.sort(Comparator.comparing(OpenCase::notifiedOn).reversed()
                .thenComparing(entry -> entry.reference().value()));
        return new BoardOverview(board, today, byStage, due, overdue, newest.subList(0, Math.min(NEWEST,
                newest.size())));
    }

    private record Entry(CaseReference reference, DeadlineKind kind, String what, LocalDate due,
                         Optional<String> delayReason) {
    }

    private static void sort(Entry entry, ReminderPolicy policy, Instant now, LocalDate today, List<Due> due,
                             List<Due> overdue) {
        if (policy.isOverdue(entry.kind(), entry.due(), now)) {
            overdue.add(new Due(entry.reference(), entry.kind(), entry.what(), entry.due(),
                    ChronoUnit.DAYS.between(entry.due(), today), entry.delayReason()));
        } else if (!entry.due().isBefore(today) && entry.due().isBefore(today.plusDays(WEEK))) {
            due.add(new Due(entry.reference(), entry.kind(), entry.what(), entry.due(), 0, entry.delayReason()));
        }
    }
}
