package uk.lscb.casereview.bot.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.lscb.casereview.bot.web.ApiException;
import uk.lscb.casereview.bot.web.LearningQueries;
import uk.lscb.casereview.core.boards.Board;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.deadlines.London;
import uk.lscb.casereview.core.learning.Finding;
import uk.lscb.casereview.core.learning.LearningSearch;
import uk.lscb.casereview.core.learning.LearningThemes;
import uk.lscb.casereview.core.learning.ReviewLearning;
import uk.lscb.casereview.core.messages.UkDates;

/**
 * The learning log on the dashboard, {@code /board/learning?q=&theme=&board=&from=&to=&page=}: the findings both
 * boards share, searched as {@code GET /api/learning} searches them (the same {@link LearningQueries} and
 * {@link LearningSearch}), for anyone holding a role on either board. A form that works without JavaScript, and the
 * findings as a list: board, review type, year, title, text, themes, learning or good practice — never a child's
 * name (every field was checked when it was entered).
 */
@Controller
class LearningPageController {
    static final String PATH = "/board/learning";
    static final String TITLE = "Learning log";

    private final Viewers viewers;
    private final LearningSearch search;
    private final LearningThemes themes;
    private final Boards boards;
    private final DashboardController pages;
    private final Clock clock;

    LearningPageController(Viewers viewers, LearningSearch search, LearningThemes themes, Boards boards,
                           DashboardController pages, Clock clock) {
        this.clock = clock;
        this.viewers = viewers;
        this.search = search;
        this.themes = themes;
        this.boards = boards;
        this.pages = pages;
    }

    @GetMapping(path = PATH, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> learning(HttpServletRequest request, @RequestParam Map<String, String> parameters,
                                    @RequestParam(name = "as", required = false) String as,
                                    Authentication authentication) {
        Viewer viewer = viewers.of(request, as, authentication);
        Map<String, String> typed = new LinkedHashMap<>();
        for (String name : List.of("q", "theme", "board", "from", "to")) {
            typed.put(name, Optional.ofNullable(parameters.get(name)).map(String::strip).orElse(""));
        }
        StringBuilder main = new StringBuilder();
        Optional<LearningSearch.Page> found = Optional.empty();
        Optional<Problem> problem = Optional.empty();
        try {
            LearningSearch.Page page = search.search(LearningQueries.query(boards, typed.get("q"), typed.get("theme"),
                    typed.get("board"), typed.get("from"), typed.get("to"), parameters.get("page"), null,
                    London.dateOf(clock.instant())));
            if (page.unknownTheme().isPresent()) {
                problem = Optional.of(new Problem("theme", "Choose a theme from the list."));
            } else {
                found = Optional.of(page);
            }
        } catch (ApiException refused) {
            String field = String.valueOf(refused.body().getOrDefault("field", "q"));
            problem = Optional.of(new Problem(field, switch (field) {
                case "from" -> "Enter the first day as a date like 1 April 2026 or 01/04/2026, or a year like 2026.";
                case "to" -> "Enter the last day as a date like 31 March 2027 or 31/03/2027, or a year like 2027.";
                case "board" -> "Choose a board from the list.";
                case "page" -> "There is no such page of findings.";
                default -> refused.getMessage();
            }));
        }
        problem.ifPresent(shown -> main.append("<div class=\"govuk-error-summary\" data-module=\"govuk-error-summary\">"
                + "<div role=\"alert\"><h2 class=\"govuk-error-summary__title\">There is a problem</h2>"
                + "<div class=\"govuk-error-summary__body\"><ul class=\"govuk-list govuk-error-summary__list\"><li>")
                .append(Html.link("#" + shown.field(), shown.message())).append("</li></ul></div></div></div>\n"));
        main.append(Html.h(1, "xl", TITLE));
        main.append(Html.p("The findings of every review whose learning has been recorded, shared by both boards. "
                + "Every word you search for must be in a finding's title, text or themes."));
        main.append(form(viewer, typed, problem));
        found.ifPresent(page -> main.append(results(viewer, page, typed)));
        return pages.page(TITLE, viewer, main.toString());
    }

    /** A field the search could not read, and what to do. */
    private record Problem(String field, String message) {
    }

    private String form(Viewer viewer, Map<String, String> typed, Optional<Problem> problem) {
        StringBuilder out = new StringBuilder("<form method=\"get\" action=\"" + PATH + "\" novalidate=\"novalidate\" "
                + "class=\"board-search\">\n");
        viewer.as().ifPresent(id -> out.append("<input type=\"hidden\" name=\"as\" value=\"").append(Html.text(id))
                .append("\"/>\n"));
        out.append(input("q", "Words", "For example: supervision neglect", typed, problem, "govuk-input--width-30"));
        List<String[]> themeOptions = new ArrayList<>();
        themeOptions.add(new String[] {"", "Any theme"});
        themes.all().forEach(theme -> themeOptions.add(new String[] {theme, theme}));
        out.append(select("theme", "Theme", themeOptions, typed, problem));
        List<String[]> boardOptions = new ArrayList<>();
        boardOptions.add(new String[] {"", "Both boards"});
        boards.all().forEach(board -> boardOptions.add(new String[] {board.id().value(), board.name()}));
        out.append(select("board", "Board", boardOptions, typed, problem));
        out.append(input("from", "Recorded from", "A date like 1 April 2026, or a year like 2026", typed, problem,
                "govuk-input--width-10"));
        out.append(input("to", "Recorded to", "A date like 31 March 2027, or a year like 2027", typed, problem,
                "govuk-input--width-10"));
        out.append("<button type=\"submit\" class=\"govuk-button\" data-module=\"govuk-button\">Search</button>\n");
        return out.append("</form>\n").toString();
    }

    private static String input(String name, String label, String hint, Map<String, String> typed,
                                Optional<Problem> problem, String width) {
        Optional<String> error = problem.filter(shown -> shown.field().equals(name)).map(Problem::message);
        return "<div class=\"govuk-form-group" + (error.isPresent() ? " govuk-form-group--error" : "") + "\">"
                + "<label class=\"govuk-label\" for=\"" + name + "\">" + Html.text(label) + "</label>"
                + "<div class=\"govuk-hint\" id=\"" + name + "-hint\">" + Html.text(hint) + "</div>"
                + error.map(message -> "<p class=\"govuk-error-message\" id=\"" + name + "-error\"><span "
                + "class=\"govuk-visually-hidden\">Error:</span> " + Html.text(message) + "</p>").orElse("")
                + "<input class=\"govuk-input " + width + (error.isPresent() ? " govuk-input--error" : "") + "\" id=\""
                + name + "\" name=\"" + name + "\" type=\"text\" spellcheck=\"false\" autocomplete=\"off\" "
                + "aria-describedby=\"" + name + "-hint" + (error.isPresent() ? " " + name + "-error" : "")
                + "\" value=\"" + Html.text(typed.get(name)) + "\"/></div>\n";
    }

    private static String select(String name, String label, List<String[]> options, Map<String, String> typed,
                                 Optional<Problem> problem) {
        Optional<String> error = problem.filter(shown -> shown.field().equals(name)).map(Problem::message);
        StringBuilder out = new StringBuilder("<div class=\"govuk-form-group" + (error.isPresent()
                ? " govuk-form-group--error" : "") + "\"><label class=\"govuk-label\" for=\"" + name + "\">"
                + Html.text(label) + "</label>");
        error.ifPresent(message -> out.append("<p class=\"govuk-error-message\" id=\"").append(name).append("-error\">"
                + "<span class=\"govuk-visually-hidden\">Error:</span> ").append(Html.text(message)).append("</p>"));
        out.append("<select class=\"govuk-select").append(error.isPresent() ? " govuk-select--error" : "")
                .append("\" id=\"").append(name).append("\" name=\"").append(name).append('"')
                .append(error.isPresent() ? " aria-describedby=\"" + name + "-error\"" : "").append('>');
        for (String[] option : options) {
            boolean chosen = option[0].equalsIgnoreCase(typed.get(name));
            out.append("<option value=\"").append(Html.text(option[0])).append('"')
                    .append(chosen ? " selected=\"selected\"" : "").append('>').append(Html.text(option[1]))
                    .append("</option>");
        }
        return out.append("</select></div>\n").toString();
    }

    private String results(Viewer viewer, LearningSearch.Page page, Map<String, String> typed) {
        StringBuilder out = new StringBuilder(Html.h(2, "l", "Findings"));
        if (page.total() == 0) {
            return out.append(Html.p(page.page() > 1 ? "There are no findings on this page." : "No finding matches "
                    + "your search.")).toString();
        }
        int first = (page.page() - 1) * page.size() + 1;
        int last = first + page.hits().size() - 1;
        out.append(Html.p(page.total() + (page.total() == 1 ? " finding" : " findings") + (page.hits().isEmpty() ? ""
                : ", showing " + first + " to " + last) + "."));
        out.append("<ol class=\"govuk-list board-findings\" start=\"").append(first).append("\">\n");
        for (LearningSearch.Hit hit : page.hits()) {
            ReviewLearning review = hit.review();
            Finding finding = hit.finding();
            Optional<Board> board = boards.get(review.board());
            out.append("<li class=\"board-finding\"><h3 class=\"govuk-heading-m\">").append(Html.text(finding.title()))
                    .append("</h3>\n").append(Html.p(finding.text()));
            out.append("<dl class=\"govuk-summary-list govuk-summary-list--no-border\">\n");
            row(out, "Board", Html.text(board.map(Board::name).orElse(review.board().value())));
            row(out, "Review", board.filter(viewer::sees).map(seen -> Html.link(viewer.link("/board/cases/"
                    + review.reference().inAddress() + "?board="
                    + URLEncoder.encode(review.board().value(), StandardCharsets.UTF_8)),
                    review.reference().value())).orElse(Html.text(review.reference().value())) + ", "
                    + Html.text(review.from().toLowerCase(Locale.UK)));
            row(out, "Year", Html.text(review.sharedOn().map(day -> day.getYear() + " (recorded "
                    + UkDates.format(day) + ")").orElse("not recorded")));
            row(out, "Themes", Html.text(finding.themes().isEmpty() ? "none" : String.join(", ", finding.themes())));
            row(out, "Kind", Html.text(finding.kind().label()));
            out.append("</dl></li>\n");
        }
        out.append("</ol>\n");
        return out.append(pagination(viewer, page, typed)).toString();
    }

    private static void row(StringBuilder out, String label, String valueMarkup) {
        out.append("<div class=\"govuk-summary-list__row\"><dt class=\"govuk-summary-list__key\">")
                .append(Html.text(label)).append("</dt><dd class=\"govuk-summary-list__value\">").append(valueMarkup)
                .append("</dd></div>\n");
    }

    private static String pagination(Viewer viewer, LearningSearch.Page page, Map<String, String> typed) {
        int pages = (page.total() + page.size() - 1) / page.size();
        if (pages <= 1) {
            return "";
        }
        StringBuilder out = new StringBuilder("<nav class=\"govuk-pagination govuk-pagination--block\" "
                + "aria-label=\"Pages of findings\">\n");
        if (page.page() > 1) {
            out.append("<div class=\"govuk-pagination__prev\"><a class=\"govuk-link govuk-pagination__link\" href=\"")
                    .append(Html.text(pageLink(viewer, typed, page.page() - 1))).append("\" rel=\"prev\">"
                            + "<span class=\"govuk-pagination__link-title\">Previous<span class=\"govuk-visually-hidden\">"
                            + " page</span></span></a></div>\n");
        }
        if (page.page() < pages) {
            out.append("<div class=\"govuk-pagination__next\"><a class=\"govuk-link govuk-pagination__link\" href=\"")
                    .append(Html.text(pageLink(viewer, typed, page.page() + 1))).append("\" rel=\"next\">"
                            + "<span class=\"govuk-pagination__link-title\">Next<span class=\"govuk-visually-hidden\">"
                            + " page</span></span></a></div>\n");
        }
        return out.append("</nav>\n").append(Html.p("Page " + page.page() + " of " + pages + ".")).toString();
    }

    private static String pageLink(Viewer viewer, Map<String, String> typed, int number) {
        StringBuilder query = new StringBuilder();
        typed.forEach((name, value) -> {
            if (!value.isEmpty()) {
                query.append(query.isEmpty() ? "?" : "&").append(name).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        query.append(query.isEmpty() ? "?" : "&").append("page=").append(number);
        return viewer.link(PATH + query);
    }

    @ExceptionHandler(Refusal.class)
    ResponseEntity<String> refused(Refusal refusal) {
        return pages.refused(refusal);
    }

    @ExceptionHandler(Viewers.ChooseIdentity.class)
    ResponseEntity<String> chooseIdentity(HttpServletRequest request) {
        return pages.chooseIdentity(request);
    }
}
