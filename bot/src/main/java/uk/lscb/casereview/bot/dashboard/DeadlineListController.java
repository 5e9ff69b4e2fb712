package uk.lscb.casereview.bot.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.lscb.casereview.bot.web.PathNumbers;
import uk.lscb.casereview.core.boards.Board;
import uk.lscb.casereview.core.reports.BoardOverview;

/**
 * A board's whole list of what is overdue ({@code /board/overdue?board=&page=}) or due this week
 * ({@code /board/due-this-week?board=&page=}), {@value #PAGE} to a page, read as the dashboard reads it (which shows
 * each list's first {@value DashboardController#SHOWN}). Pages through GOV.UK Frontend's pagination, without JavaScript.
 */
@Controller
class DeadlineListController {
    /** Entries on a page of a whole list. */
    static final int PAGE = 50;

    /** The two lists as the dashboard names them. */
    enum Listed {
        OVERDUE(BoardOverview.Listing.OVERDUE, "/board/overdue", "Overdue", "overdue",
                "the longest overdue first"),
        DUE_THIS_WEEK(BoardOverview.Listing.DUE_THIS_WEEK, "/board/due-this-week",
                "Due this week (today and the next 6 days)", "due this week", "the soonest due first");

        private final BoardOverview.Listing listing;
        private final String path;
        private final String title;
        private final String words;
        private final String order;

        Listed(BoardOverview.Listing listing, String path, String title, String words, String order) {
            this.listing = listing;
            this.path = path;
            this.title = title;
            this.words = words;
            this.order = order;
        }

        BoardOverview.Listing listing() {
            return listing;
        }

        String heading(int total) {
            return title + " (" + total + ")";
        }

        String seeAll(int total) {
            return "See all " + total + " " + words;
        }

        String path(Board board, int page) {
            return path + "?board=" + URLEncoder.encode(board.id().value(), StandardCharsets.UTF_8)
                    + (page > 1 ? "&page=" + page : "");
        }
    }

    private final Viewers viewers;
    private final DashboardController pages;

    DeadlineListController(Viewers viewers, DashboardController pages) {
        this.viewers = viewers;
        this.pages = pages;
    }

    @GetMapping(path = "/board/overdue", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> overdue(HttpServletRequest request, @RequestParam(name = "board", required = false) String board,
                                   @RequestParam(name = "page", required = false) String page,
                                   @RequestParam(name = "as", required = false) String as, Authentication authentication) {
        return list(Listed.OVERDUE, viewers.of(request, as, authentication), board, page);
    }

    @GetMapping(path = "/board/due-this-week", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> dueThisWeek(HttpServletRequest request,
                                       @RequestParam(name = "board", required = false) String board,
                                       @RequestParam(name = "page", required = false) String page,
                                       @RequestParam(name = "as", required = false) String as,
                                       Authentication authentication) {
        return list(Listed.DUE_THIS_WEEK, viewers.of(request, as, authentication), board, page);
    }

    private ResponseEntity<String> list(Listed listed, Viewer viewer, String boardId, String number) {
        Board board = boardOf(viewer, boardId);
        BoardOverview overview = pages.overview(board);
        BoardOverview.Page page = pageNumber(number).flatMap(n -> overview.page(listed.listing(), n, PAGE))
                .orElseThrow(() -> new Refusal(HttpStatus.NOT_FOUND, "There is no such page", List.of("This list "
                        + "has no such page. Its first page is linked from the dashboard."),
                        viewer.signOut()));
        String title = listed.title + ": " + board.name();
        StringBuilder main = new StringBuilder("<a href=\"" + Html.text(viewer.link("/board"))
                + "\" class=\"govuk-back-link\">All cases</a>\n");
        main.append(Html.h(1, "xl", title));
        if (page.total() > 0) {
            int first = (page.number() - 1) * page.size() + 1;
            main.append(Html.p(page.total() + " in all, " + listed.order + ". Showing " + first + " to "
                    + (first + page.rows().size() - 1) + ", page " + page.number() + " of " + page.pages() + "."));
        }
        main.append(DashboardController.dueTable(viewer, board, listed.heading(page.total()), page.rows(),
                listed == Listed.OVERDUE));
        main.append(pagination(viewer, listed, board, page));
        return pages.page(title, viewer, main.toString());
    }

    private static Board boardOf(Viewer viewer, String boardId) {
        if (boardId == null || boardId.isBlank()) {
            if (viewer.boards().size() == 1) {
                return viewer.boards().get(0);
            }
            throw new Refusal(HttpStatus.NOT_FOUND, "Which board?", List.of("Choose a board's list from the "
                    + "dashboard."), viewer.signOut());
        }
        return viewer.boards().stream().filter(board -> board.id().value().equals(boardId.strip())).findFirst()
                .orElseThrow(() -> new Refusal(HttpStatus.NOT_FOUND, "Board not found", List.of("You have no role "
                        + "on a board with this id."), viewer.signOut()));
    }

    /** The page asked for, in ASCII digits ({@code ١} is no page, as it is no number in the API's addresses). */
    private static Optional<Integer> pageNumber(String number) {
        if (number == null || number.isBlank()) {
            return Optional.of(1);
        }
        return PathNumbers.read(number.strip(), 9);
    }

    /** GOV.UK Frontend's pagination: previous, the first, the last and the pages either side of this one, next. */
    private static String pagination(Viewer viewer, Listed listed, Board board, BoardOverview.Page page) {
        if (page.pages() == 1) {
            return "";
        }
        StringBuilder out = new StringBuilder("<nav class=\"govuk-pagination\" aria-label=\"Pages of the list "
                + Html.text(listed.words) + "\">\n");
        if (page.number() > 1) {
            out.append("<div class=\"govuk-pagination__prev\"><a class=\"govuk-link govuk-pagination__link\" href=\"")
                    .append(Html.text(viewer.link(listed.path(board, page.number() - 1)))).append("\" rel=\"prev\">"
                            + "<span class=\"govuk-pagination__link-title\">Previous<span class=\"govuk-visually-"
                            + "hidden\"> page</span></span></a></div>\n");
        }
        out.append("<ul class=\"govuk-pagination__list\">\n");
        int last = 0;
        for (int n = 1; n <= page.pages(); n++) {
            if (n != 1 && n != page.pages() && Math.abs(n - page.number()) > 1) {
                continue;
            }
            if (n > last + 1) {
                out.append("<li class=\"govuk-pagination__item govuk-pagination__item--ellipses\">&ctdot;</li>\n");
            }
            boolean current = n == page.number();
            out.append("<li class=\"govuk-pagination__item").append(current ? " govuk-pagination__item--current" : "")
                    .append("\"><a class=\"govuk-link govuk-pagination__link\" href=\"")
                    .append(Html.text(viewer.link(listed.path(board, n)))).append("\" aria-label=\"Page ").append(n)
                    .append('"').append(current ? " aria-current=\"page\"" : "").append('>').append(n)
                    .append("</a></li>\n");
            last = n;
        }
        out.append("</ul>\n");
        if (page.number() < page.pages()) {
            out.append("<div class=\"govuk-pagination__next\"><a class=\"govuk-link govuk-pagination__link\" href=\"")
                    .append(Html.text(viewer.link(listed.path(board, page.number() + 1)))).append("\" rel=\"next\">"
                            + "<span class=\"govuk-pagination__link-title\">Next<span class=\"govuk-visually-"
                            + "hidden\"> page</span></span></a></div>\n");
        }
        return out.append("</nav>\n").toString();
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
