package uk.lscb.casereview.bot.dashboard;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import uk.lscb.casereview.core.store.StoreUnavailableException;

/**
 * The dashboard's pages when the store cannot be reached: a page saying so, with 503, where the application's JSON
 * error ({@code {"error": "store_unavailable", ...}}) was shown to a Chair or administrator in their browser. Ahead of
 * the application's JSON errors, for the dashboard's controllers only.
 */
@ControllerAdvice(basePackageClasses = DashboardController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DashboardErrors {
    static final String TITLE = "The case records can't be reached just now";
    private static final Logger LOG = LoggerFactory.getLogger(DashboardErrors.class);

    private final Viewers viewers;

    DashboardErrors(Viewers viewers) {
        this.viewers = viewers;
    }

    @ExceptionHandler(StoreUnavailableException.class)
    ResponseEntity<String> storeDown(StoreUnavailableException down) {
        LOG.warn("store unavailable for a dashboard page: {}", down.getMessage());
        return DashboardController.respond(HttpStatus.SERVICE_UNAVAILABLE, Html.page(TITLE, Optional.empty(),
                Optional.empty(), viewers.access().mode() == Access.Mode.LOCAL, Html.h(1, "xl", TITLE)
                        + Html.p("Nothing has changed. Please try again in a minute.")));
    }
}
