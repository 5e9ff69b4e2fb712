package uk.lscb.casereview.bot.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import uk.lscb.casereview.bot.access.People;
import uk.lscb.casereview.bot.web.ApiException;
import uk.lscb.casereview.bot.web.CaseAccess;
import uk.lscb.casereview.bot.web.Transcript;
import uk.lscb.casereview.core.boards.Board;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.cases.CaseCommands;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.CaseStatus;
import uk.lscb.casereview.core.cases.CaseViews;
import uk.lscb.casereview.core.cases.Cases;
import uk.lscb.casereview.core.messages.UkDates;
import uk.lscb.casereview.core.learning.LearningLogs;
import uk.lscb.casereview.core.reports.ActionsByStatus;
import uk.lscb.casereview.core.reports.BoardOverview;
import uk.lscb.casereview.core.reports.ReportingYear;
import uk.lscb.casereview.core.requests.AgencyRequests;
import uk.lscb.casereview.core.transcripts.Transcripts;

/**
 * The dashboard's pages: {@code /board} (each of the viewer's boards: open cases by stage, what is overdue and what
 * is due this week) and {@code /board/cases/{reference}} (the case as {@code case} and {@code timeline} show it in
 * chat, with its agencies' requests and, for its Chair or an administrator, the transcript; each view added to the
 * case's audit trail). They read the cases through the same ports and views as the case API and the chat, and work
 * without JavaScript.
 */
@Controller
class DashboardController {
    private static final Logger LOG = LoggerFactory.getLogger(DashboardController.class);
    private static final String CASES_TITLE = "Your boards' cases";
    /** The most entries of each list of deadlines the dashboard shows; the others are on the list's own pages. */
    static final int SHOWN = 25;

    private final Viewers viewers;
    private final Cases cases;
    private final AgencyRequests requests;
    private final CaseAccess access;
    private final CaseCommands commands;
    private final Transcripts transcripts;
    private final People people;
    private final Boards boards;
    private final Clock clock;
    private final LearningLogs learning;

    DashboardController(Viewers viewers, Cases cases, AgencyRequests requests, CaseAccess access,
                        CaseCommands commands, Transcripts transcripts, People people, Boards boards, Clock clock,
                        LearningLogs learning) {
        this.learning = learning;
        this.viewers = viewers;
        this.cases = cases;
        this.requests = requests;
        this.access = access;
        this.commands = commands;
        this.transcripts = transcripts;
        this.people = people;
        this.boards = boards;
        this.clock = clock;
    }

    @GetMapping(path = "/board", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> dashboard(HttpServletRequest request, @RequestParam(name = "as", required = false) String as,
                                     Authentication authentication) {
        Viewer viewer = viewers.of(request, as, authentication);
        StringBuilder main = new StringBuilder(Html.h(1, "xl", CASES_TITLE));
        main.append(findForm(viewer));
        for (Board board : viewer.boards()) {
            BoardOverview overview = overview(board);
            ActionsByStatus actions = ActionsByStatus.of(board.id(), learning.ofBoard(board.id()), overview.today());
            main.append(boardSection(viewer, overview, actions));
        }
        return page(CASES_TITLE, viewer, main.toString());
    }

    /** The board at a glance, read as every page of the dashboard reads it. */
    BoardOverview overview(Board board) {
        return BoardOverview.of(board, cases.summariesOfBoard(board.id(), CaseStatus.OPEN), requests.ofBoard(board.id()),
                clock.instant());
    }

    private String boardSection(Viewer viewer, BoardOverview overview, ActionsByStatus actions) {
        StringBuilder out = new StringBuilder("<section class=\"board-section\" aria-labelledby=\"board-"
                + Html.text(overview.board().id().value()) + "\">\n");
        out.append("<h2 class=\"govuk-heading-l\" id=\"board-").append(Html.text(overview.board().id().value()))
                .append("\">").append(Html.text(overview.board().name())).append("</h2>\n");
        out.append(Html.p(overview.openCases() + (overview.openCases() == 1 ? " open case." : " open cases.")));
        ReportingYear year = ReportingYear.of(overview.today());
        out.append("<p class=\"govuk-body\">").append(Html.link(viewer.link("/board/" + overview.board().id().value()
                + "/reports/" + year.id()), "Annual report " + year.written())).append("</p>\n");
        List<List<String>> stages = new ArrayList<>();
        overview.byStage().forEach((stage, count) -> stages.add(List.of(Html.text(stage.label()),
                String.valueOf(count))));
        out.append(Html.table("Open cases by stage", List.of("Stage", "Cases"), stages, List.of(1)));
        for (DeadlineListController.Listed listed : DeadlineListController.Listed.values()) {
            BoardOverview.Page first = overview.page(listed.listing(), 1, SHOWN).orElseThrow();
            out.append(dueTable(viewer, overview.board(), listed.heading(first.total()), first.rows(),
                    listed.listing() == BoardOverview.Listing.OVERDUE));
            if (first.pages() > 1) {
                out.append("<p class=\"govuk-body\">").append(Html.link(viewer.link(listed.path(overview.board(), 1)),
                        listed.seeAll(first.total()))).append("</p>\n");
            }
        }
        out.append(newestTable(viewer, overview));
        out.append(Html.h(3, "m", "Agencies' actions on the reviews' recommendations"));
        out.append(ReportPages.actionsByStatus("chart-actions-" + overview.board().id().value(),
                overview.board().name(), actions, "today"));
        return out.append("</section>\n").toString();
    }

    static String dueTable(Viewer viewer, Board board, String caption, List<BoardOverview.Due> due, boolean overdue) {
        if (due.isEmpty()) {
            return Html.h(3, "m", caption) + Html.p("Nothing.");
        }
        List<List<String>> rows = due.stream().map(entry -> {
            List<String> row = new ArrayList<>(List.of(Html.link(viewer.link(casePath(entry.reference().value(),
                    board)), entry.reference().value()), Html.text(entry.what()), Html.text(UkDates.format(entry.due()))));
            if (overdue) {
                row.add(String.valueOf(entry.daysOverdue()));
                row.add(Html.text(entry.delayReason().orElse("not recorded")));
            }
            return row;
        }).toList();
        List<String> headers = overdue ? List.of("Case", "What", "Due", "Days overdue", "Reason for the delay")
                : List.of("Case", "What", "Due");
        return Html.table(caption, headers, rows, overdue ? List.of(3) : List.of());
    }

    private String newestTable(Viewer viewer, BoardOverview overview) {
        if (overview.newest().isEmpty()) {
            return "";
        }
        List<List<String>> rows = overview.newest().stream().map(entry -> List.of(
                Html.link(viewer.link(casePath(entry.reference().value(), overview.board())), entry.reference().value()),
                Html.text(entry.status().label()), Html.text(UkDates.format(entry.notifiedOn())),
                Html.text(entry.next().map(deadline -> deadline.kind().label() + ", due "
                        + UkDates.format(deadline.due())).orElse("none")))).toList();
        String caption = overview.openCases() > overview.newest().size() ? "The " + overview.newest().size()
                + " open cases notified most recently (find others by their reference)" : "Open cases";
        return Html.table(caption, List.of("Case", "Stage", "LSCB notified", "Next deadline"), rows, List.of());
    }

    static String casePath(String reference, Board board) {
        return "/board/cases/" + URLEncoder.encode(reference, StandardCharsets.UTF_8).replace("+", "%20") + "?board="
                + URLEncoder.encode(board.id().value(), StandardCharsets.UTF_8);
    }

    private static String findForm(Viewer viewer) {
        return "<form method=\"get\" action=\"/board/cases\" class=\"govuk-form-group\">"
                + viewer.as().map(id -> "<input type=\"hidden\" name=\"as\" value=\"" + Html.text(id) + "\"/>").orElse("")
                + "<label class=\"govuk-label govuk-label--s\" for=\"reference\">Find a case by its reference</label>"
                + "<input class=\"govuk-input govuk-input--width-20\" id=\"reference\" name=\"reference\" type=\"text\" "
                + "spellcheck=\"false\" autocomplete=\"off\"/> "
                + "<button type=\"submit\" class=\"govuk-button govuk-button--secondary\" data-module=\"govuk-button\">"
                + "Find</button></form>\n";
    }

    /** The find form's answer: the case's page. */
    @GetMapping(path = "/board/cases")
    ResponseEntity<String> find(HttpServletRequest request, @RequestParam(name = "reference", required = false) String reference,
                                @RequestParam(name = "as", required = false) String as, Authentication authentication) {
        Viewer viewer = viewers.of(request, as, authentication);
        if (reference == null || reference.isBlank()) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(viewer.link("/board"))).build();
        }
        String path = "/board/cases/" + URLEncoder.encode(reference.strip(), StandardCharsets.UTF_8).replace("+", "%20");
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(viewer.link(path))).build();
    }

    @GetMapping(path = "/board/cases/{reference}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> casePage(HttpServletRequest request, @PathVariable("reference") String reference,
                                    @RequestParam(name = "board", required = false) String board,
                                    @RequestParam(name = "as", required = false) String as,
                                    Authentication authentication) {
        Viewer viewer = viewers.of(request, as, authentication);
        CaseRecord record;
        try {
            record = access.find(reference, board);
        } catch (ApiException notFound) {
            throw new Refusal(notFound.status(), notFound.status() == HttpStatus.CONFLICT
                    ? "More than one board has this case" : "Case not found", List.of(notFound.getMessage()),
                    viewer.signOut());
        }
        Board caseBoard = boards.get(record.board()).orElseThrow();
        if (!viewer.sees(caseBoard)) {
            LOG.warn("dashboard: case {} refused to {}:{} (no role on its board)", record.id(),
                    viewer.user().platform(), viewer.user().id());
            throw new Refusal(HttpStatus.FORBIDDEN, "You cannot see this case", List.of("Only the Chair, business "
                    + "manager, an administrator or a safeguarding partner's lead representative of " + caseBoard.name()
                    + " can see its cases."), viewer.signOut());
        }
        boolean transcript = people.mayReadCases(viewer.user(), record.board());
        access.recordRead(record, viewer.user(), "case-page-viewed", transcript
                ? "Case page viewed on the board dashboard, with its transcript" : "Case page viewed on the board dashboard");
        LOG.info("dashboard: case {} viewed by {}:{}", record.id(), viewer.user().platform(), viewer.user().id());
        CaseViews views = commands.views();
        StringBuilder main = new StringBuilder("<a href=\"" + Html.text(viewer.link("/board"))
                + "\" class=\"govuk-back-link\">All cases</a>\n");
        main.append(Html.h(1, "xl", "Case " + record.reference().value()));
        main.append(Html.p(caseBoard.name() + ": " + record.status().label() + "."));
        List<CaseViews.Section> sections = new ArrayList<>(views.overview(record, viewer.user()));
        views.timeline(record, viewer.user()).stream().filter(section -> !sections.contains(section))
                .forEach(sections::add);
        for (CaseViews.Section section : sections) {
            main.append(Html.h(2, "m", section.title()));
            main.append(section.facts().isEmpty() ? Html.p("Nothing recorded.") : Html.facts(section.facts()));
        }
        main.append(Html.h(2, "m", "Transcript of the referral"));
        if (transcript) {
            main.append("<div class=\"govuk-inset-text board-transcript\">").append(Html.text(Transcript.text(
                    "Transcript of case " + record.reference().value(), transcripts.ofCase(record.id().value()))))
                    .append("</div>\n");
        } else {
            main.append(Html.p("Only the board's Chair or an administrator can read the transcript."));
        }
        return page("Case " + record.reference().value(), viewer, main.toString());
    }

    @GetMapping(path = DashboardSecurity.SIGN_IN_PAGE, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> signIn(@RequestParam Map<String, String> parameters) {
        if (viewers.access().mode() != Access.Mode.SIGN_IN) {
            throw ApiException.notFound("There is nothing here.");
        }
        StringBuilder main = new StringBuilder();
        if (parameters.containsKey("problem")) {
            main.append("<div class=\"govuk-error-summary\" data-module=\"govuk-error-summary\"><div role=\"alert\">"
                    + "<h2 class=\"govuk-error-summary__title\">Signing in did not work</h2><div class=\"govuk-error-"
                    + "summary__body\"><p class=\"govuk-body\">Please try again.</p></div></div></div>\n");
        }
        main.append(Html.h(1, "xl", "Sign in to the board dashboard"));
        main.append(Html.p("The dashboard is for the Chairs, business managers and administrators of the "
                + "Staffordshire and Stoke-on-Trent safeguarding children boards."));
        main.append("<a href=\"/oauth2/authorization/").append(LazyRegistration.ID).append("\" role=\"button\" "
                + "draggable=\"false\" class=\"govuk-button govuk-button--start\" data-module=\"govuk-button\">"
                + "Sign in with your organisation's Microsoft account</a>\n");
        return respond(HttpStatus.OK, Html.page("Sign in", Optional.empty(), Optional.empty(), false, main.toString()));
    }

    @GetMapping(path = DashboardSecurity.SIGNED_OUT_PAGE, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> signedOut() {
        if (viewers.access().mode() != Access.Mode.SIGN_IN) {
            throw ApiException.notFound("There is nothing here.");
        }
        return respond(HttpStatus.OK, Html.page("Signed out", Optional.empty(), Optional.empty(), false,
                Html.h(1, "xl", "You have signed out") + "<p class=\"govuk-body\">"
                        + Html.link(DashboardSecurity.SIGN_IN_PAGE, "Sign in again") + "</p>\n"));
    }

    @ExceptionHandler(Refusal.class)
    ResponseEntity<String> refused(Refusal refusal) {
        StringBuilder main = new StringBuilder(Html.h(1, "xl", refusal.title()));
        refusal.paragraphs().forEach(paragraph -> main.append(Html.p(paragraph)));
        return respond(refusal.status(), Html.page(refusal.title(), Optional.empty(), refusal.signOut(),
                viewers.access().mode() == Access.Mode.LOCAL, main.toString()));
    }

    @ExceptionHandler(Viewers.ChooseIdentity.class)
    ResponseEntity<String> chooseIdentity(HttpServletRequest request) {
        StringBuilder main = new StringBuilder(Html.h(1, "xl", "Who are you?"));
        main.append(Html.p("Local mode: choose an identity. The dashboard is for a board's Chair, business manager "
                + "and administrators."));
        main.append("<ul class=\"govuk-list\">\n");
        String path = request.getRequestURI();
        for (People.LocalIdentity identity : people.localIdentities()) {
            if (people.holdsAnyRole(identity.user())) {
                main.append("<li>").append(Html.link(path + "?as=" + URLEncoder.encode(identity.id(),
                        StandardCharsets.UTF_8), identity.name())).append("</li>\n");
            }
        }
        main.append("</ul>\n");
        return respond(HttpStatus.OK, Html.page("Who are you?", Optional.empty(), Optional.empty(), true,
                main.toString()));
    }

    ResponseEntity<String> page(String title, Viewer viewer, String main) {
        Optional<String> who = Optional.of((viewer.as().isPresent() ? "Local identity: " : "Signed in as ")
                + viewer.user().displayName());
        List<Html.NavLink> navigation = List.of(
                new Html.NavLink(viewer.link("/board"), "Cases", title.equals(CASES_TITLE)),
                new Html.NavLink(viewer.link(LearningPageController.PATH), "Learning log",
                        title.equals(LearningPageController.TITLE)));
        return respond(HttpStatus.OK, Html.page(title, who, viewer.signOut(), viewer.as().isPresent(), navigation,
                main));
    }

    static ResponseEntity<String> respond(HttpStatus status, String html) {
        return ResponseEntity.status(status).cacheControl(CacheControl.noStore())
                .header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; object-src 'none'; "
                        + "base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
                .header("X-Content-Type-Options", "nosniff")
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(html);
    }
}
