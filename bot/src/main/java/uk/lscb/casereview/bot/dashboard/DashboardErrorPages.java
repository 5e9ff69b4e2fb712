package uk.lscb.casereview.bot.dashboard;

import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import uk.lscb.casereview.bot.web.ErrorPages;

/**
 * An error at one of the dashboard's addresses ({@code /board...}), for a person's browser, as a page with a way back
 * to the dashboard, where they were shown the application's JSON error: an address nothing answers (404) or that
 * the firewall refused (400, such as an encoded {@code .} or {@code %2F} outside a case's reference).
 */
@Component
class DashboardErrorPages implements ErrorPages {
    private final Viewers viewers;

    DashboardErrorPages(Viewers viewers) {
        this.viewers = viewers;
    }

    @Override
    public Optional<ResponseEntity<String>> page(HttpStatus status, String path) {
        if (!path.startsWith("/board")) {
            return Optional.empty();
        }
        String title;
        String explanation;
        switch (status) {
            case NOT_FOUND -> {
                title = "Page not found";
                explanation = "If you typed the web address, check it is correct. If you followed a link, the page "
                        + "may have moved.";
            }
            case BAD_REQUEST -> {
                title = "This web address could not be read";
                explanation = "It holds characters a web address of the dashboard cannot have. If you typed it, "
                        + "check it; to find a case, type its reference in the box on the dashboard.";
            }
            default -> {
                title = "Sorry, there is a problem with the service";
                explanation = "Nothing has changed. Please try again in a minute.";
            }
        }
        return Optional.of(DashboardController.respond(status, Html.page(title, Optional.empty(), Optional.empty(),
                viewers.access().mode() == Access.Mode.LOCAL, Html.h(1, "xl", title) + Html.p(explanation)
                        + "<p class=\"govuk-body\">" + Html.link("/board", "Go to the dashboard") + "</p>\n")));
    }
}
