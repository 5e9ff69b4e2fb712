package uk.lscb.casereview.bot.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import uk.lscb.casereview.core.boards.Board;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.cases.Cases;
import uk.lscb.casereview.core.deadlines.London;
import uk.lscb.casereview.core.learning.LearningLogs;
import uk.lscb.casereview.core.reports.AnnualReport;
import uk.lscb.casereview.core.reports.ReportingYear;
import uk.lscb.casereview.core.requests.AgencyRequests;

/**
 * A board's annual report for a reporting year: {@code /board/{board}/reports/2026-27} (the page, with charts),
 * {@code .pdf} (the same content as a PDF) and {@code .csv} (the figures). For the board's Chair, business manager
 * and administrators; read from the board's stored cases, requests and learning ({@code Cases.summariesOfBoard},
 * {@code AgencyRequests.ofBoard}, {@code LearningLogs.ofBoard}).
 */
@Controller
class ReportController {
    private static final Logger LOG = LoggerFactory.getLogger(ReportController.class);

    private final Viewers viewers;
    private final Cases cases;
    private final AgencyRequests requests;
    private final LearningLogs learning;
    private final Boards boards;
    private final Clock clock;
    private final DashboardController pages;

    ReportController(Viewers viewers, Cases cases, AgencyRequests requests, LearningLogs learning, Boards boards,
                     Clock clock, DashboardController pages) {
        this.learning = learning;
        this.viewers = viewers;
        this.cases = cases;
        this.requests = requests;
        this.boards = boards;
        this.clock = clock;
        this.pages = pages;
    }

    /** The report of this board and year, as the viewer may see it. */
    AnnualReport report(Viewer viewer, String boardId, ReportingYear year) {
        Board board = boards.all().stream().filter(candidate -> candidate.id().value().equals(boardId)).findFirst()
                .orElseThrow(() -> new Refusal(HttpStatus.NOT_FOUND, "Board not found", List.of("There is no board "
                        + "called " + shorten(boardId) + "."), viewer.signOut()));
        if (!viewer.sees(board)) {
            throw new Refusal(HttpStatus.FORBIDDEN, "You cannot see this report", List.of("Only the Chair, business "
                    + "manager or an administrator of " + board.name() + " can see its annual report."),
                    viewer.signOut());
        }
        LocalDate today = London.dateOf(clock.instant());
        return AnnualReport.read(board, year, cases, requests, learning, today);
    }

    @GetMapping(path = "/board/{board}/reports/{file}")
    ResponseEntity<?> annualReport(HttpServletRequest request, @PathVariable("board") String boardId,
                                   @PathVariable("file") String file,
                                   @RequestParam(name = "as", required = false) String as,
                                   Authentication authentication) {
        Viewer viewer = viewers.of(request, as, authentication);
        String format = file.endsWith(".pdf") ? "pdf" : file.endsWith(".csv") ? "csv" : "html";
        String written = format.equals("html") ? file : file.substring(0, file.length() - 4);
        LocalDate today = London.dateOf(clock.instant());
        ReportingYear year = ReportingYear.parse(written).filter(parsed -> parsed.id().equals(written))
                .filter(parsed -> parsed.hasReport(today))
                .orElseThrow(() -> new Refusal(HttpStatus.NOT_FOUND, "Report not found", List.of("A reporting year "
                        + "is written like 2026-27 (April 2026 to March 2027). There is a report for each year from "
                        + ReportingYear.reportedYears(today) + "."), viewer.signOut()));
        AnnualReport report = report(viewer, boardId, year);
        LOG.info("dashboard: annual report {} {} ({}) read by {}:{}", boardId, year.id(), format,
                viewer.user().platform(), viewer.user().id());
        String base = "/board/" + report.board().id().value() + "/reports/" + year.id();
        String name = "annual-report-" + report.board().id().value() + "-" + year.id();
        switch (format) {
            case "pdf" -> {
                byte[] pdf = ReportPages.pdf("Annual report " + year.written() + ": " + report.board().name(),
                        ReportPages.main(report, ""));
                return download(pdf, MediaType.APPLICATION_PDF, name + ".pdf");
            }
            case "csv" -> {
                return download(ReportPages.csv(report).getBytes(StandardCharsets.UTF_8),
                        new MediaType("text", "csv", StandardCharsets.UTF_8), name + ".csv");
            }
            default -> {
                String downloads = "<ul class=\"govuk-list board-downloads\"><li>"
                        + Html.link(viewer.link(base + ".pdf"), "Download the report (PDF)") + "</li><li>"
                        + Html.link(viewer.link(base + ".csv"), "Download the figures (CSV)") + "</li>"
                        + year.previous().map(before -> "<li>" + Html.link(viewer.link("/board/"
                        + report.board().id().value() + "/reports/" + before.id()), "The year before") + "</li>")
                        .orElse("") + "</ul>\n";
                return pages.page("Annual report " + year.written() + ": " + report.board().name(), viewer,
                        ReportPages.main(report, downloads));
            }
        }
    }

    @ExceptionHandler(Refusal.class)
    ResponseEntity<String> refused(Refusal refusal) {
        return pages.refused(refusal);
    }

    @ExceptionHandler(Viewers.ChooseIdentity.class)
    ResponseEntity<String> chooseIdentity(HttpServletRequest request) {
        return pages.chooseIdentity(request);
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(type).body(body);
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
