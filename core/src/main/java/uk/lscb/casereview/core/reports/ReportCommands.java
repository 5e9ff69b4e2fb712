package uk.lscb.casereview.core.reports;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.boards.Board;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.boards.Roles;
import uk.lscb.casereview.core.cases.CaseCommands;
import uk.lscb.casereview.core.cases.Cases;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.deadlines.London;
import uk.lscb.casereview.core.learning.LearningLogs;
import uk.lscb.casereview.core.messages.Fact;
import uk.lscb.casereview.core.messages.Reply;
import uk.lscb.casereview.core.messages.UkDates;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.requests.AgencyRequests;
import uk.lscb.casereview.core.rules.Outcome;
import uk.lscb.casereview.core.rules.TypedText;

/**
 * {@code report 2026/27} (or {@code report} for this reporting year): for each board the person is a Chair, business
 * manager or administrator of, the annual report's summary and the link to the report on the dashboard. A year with
 * no report ({@link ReportingYear#hasReport}) is answered with the years there are.
 */
public final class ReportCommands implements CaseCommands.More {
    private static final Pattern REPORT = Pattern.compile("(?i)(?:annual\\s+)?report(?:\\s+(.*))?");

    private final Cases cases;
    private final AgencyRequests requests;
    private final LearningLogs learning;
    private final Roles roles;
    private final Boards boards;
    private final Clock clock;
    private final String dashboard;

    /** @param dashboard the dashboard's address, e.g. {@code https://casereview.example.org} (no trailing slash) */
    public ReportCommands(Cases cases, AgencyRequests requests, LearningLogs learning, Roles roles, Boards boards,
                          Clock clock, String dashboard) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.requests = Objects.requireNonNull(requests, "requests");
        this.learning = Objects.requireNonNull(learning, "learning");
        this.roles = Objects.requireNonNull(roles, "roles");
        this.boards = Objects.requireNonNull(boards, "boards");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.dashboard = dashboard.endsWith("/") ? dashboard.substring(0, dashboard.length() - 1) : dashboard;
    }

    @Override
    public Optional<List<Reply>> answer(String typed, UserRef who) {
        Matcher report = REPORT.matcher(TypedText.clean(typed));
        if (!report.matches()) {
            return Optional.empty();
        }
        LocalDate today = London.dateOf(clock.instant());
        Optional<ReportingYear> year = report.group(1) == null || report.group(1).isBlank()
                ? Optional.of(ReportingYear.of(today)) : ReportingYear.parse(report.group(1));
        String howToSay = "Say the reporting year like this: report " + ReportingYear.of(today).written()
                + " (April to March).";
        if (year.isEmpty()) {
            return Optional.of(List.of(new Reply.Say(howToSay)));
        }
        if (!year.get().hasReport(today)) {
            return Optional.of(List.of(new Reply.Say("There is an annual report for each year from "
                    + ReportingYear.reportedYears(today) + ". " + howToSay)));
        }
        List<Board> held = boards.all().stream().filter(board -> roles.runsReviews(board.id(), who)).toList();
        if (held.isEmpty()) {
            return Optional.of(List.of(new Reply.Say("Only a board's Chair, business manager or an administrator can "
                    + "see its annual report.")));
        }
        List<Reply> replies = new ArrayList<>();
        for (Board board : held) {
            AnnualReport figures = AnnualReport.read(board, year.get(), cases, requests, learning, today);
            replies.add(new Reply.Say(summary(figures) + " The full report, with its PDF and figures: "
                    + link(board, year.get(), who)));
        }
        return Optional.of(replies);
    }

    @Override
    public List<Fact> commands(boolean runsReviews) {
        return runsReviews ? List.of(Fact.of("report", "this reporting year's annual report (or report and the year, "
                + "as report " + ReportingYear.of(London.dateOf(clock.instant())).written() + ")")) : List.of();
    }

    /** The report's figures in one paragraph. */
    static String summary(AnnualReport report) {
        StringBuilder out = new StringBuilder("Annual report " + report.year().written() + " for "
                + report.board().name() + " (" + report.year().span() + ", as of " + UkDates.format(report.asOf())
                + "): " + report.referrals() + plural(report.referrals(), " referral") + "; " + report.decided()
                + plural(report.decided(), " decision") + " by the Chair");
        List<String> outcomes = new ArrayList<>();
        for (Map.Entry<Outcome, Integer> decided : report.decisions().entrySet()) {
            outcomes.add(decided.getValue() + " " + decided.getKey().label());
        }
        if (!outcomes.isEmpty()) {
            out.append(" (").append(String.join(", ", outcomes)).append(')');
        }
        AnnualReport.Timeliness decisions = report.timeliness().get(DeadlineKind.CHAIR_DECISION);
        out.append("; decisions due in the year on time ").append(decisions.onTime()).append(", late ")
                .append(decisions.late());
        out.append("; Serious Case Reviews started ").append(report.scrsStarted()).append(", completed ")
                .append(report.scrsCompleted()).append(", published ").append(report.scrsPublished());
        LearningSummary learning = report.learning();
        int findings = learning.belowThreshold().stream().mapToInt(review -> review.findings().size()).sum();
        out.append("; ").append(findings).append(plural(findings, " finding")).append(" from ")
                .append(learning.belowThreshold().size()).append(plural(learning.belowThreshold().size(), " review"))
                .append(" below the Serious Case Review threshold; actions completed ")
                .append(learning.actionsCompleted()).append(", overdue ").append(learning.actionsOverdue()).append('.');
        return out.toString();
    }

    private String link(Board board, ReportingYear year, UserRef who) {
        String path = dashboard + "/board/" + board.id().value() + "/reports/" + year.id();
        return who.platform() == Platform.LOCAL ? path + "?as=" + URLEncoder.encode(who.id(), StandardCharsets.UTF_8)
                : path;
    }

    private static String plural(int count, String word) {
        return count == 1 ? word : word + "s";
    }

    @Override
    public Optional<String> recorded(String typed) {
        Matcher report = REPORT.matcher(TypedText.clean(typed));
        if (!report.matches()) {
            return Optional.empty();
        }
        return Optional.of(report.group(1) == null || report.group(1).isBlank() ? "report"
                : ReportingYear.parse(report.group(1)).map(year -> "report " + year.written())
                .orElse("report (a year not understood, " + report.group(1).length() + " characters)"));
    }

    @Override
    public Optional<List<Reply>> pressed(ButtonAction action, UserRef who) {
        return Optional.empty();
    }
}
