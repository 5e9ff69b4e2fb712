package uk.lscb.casereview.bot.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors that never reached a controller (the container's own, a filter's) in the same JSON shape
 * as {@link ApiErrors}, instead of Spring Boot's default error page or body. {@code /error} asked for directly, with
 * no error behind it, is an address like any other that has nothing at it: 404. Tomcat's errors before any servlet
 * (a request line too long, {@code %5C} in a path) are answered in the same words by {@link JsonErrorReportValve}.
 * A browser asking for a page (its Accept names {@code text/html}) at an address with {@link ErrorPages} (the
 * dashboard's) gets that page instead, such as for an address the firewall refused.
 */
@RestController
public class JsonErrorController implements ErrorController {
    private final List<ErrorPages> pages;

    public JsonErrorController(List<ErrorPages> pages) {
        this.pages = pages;
    }

    @RequestMapping("/error")
    ResponseEntity<?> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code == null) {
            return ApiErrors.body(HttpStatus.NOT_FOUND, "not_found", "There is nothing at this address.");
        }
        HttpStatus status = status(code instanceof Integer value ? value : HttpStatus.INTERNAL_SERVER_ERROR.value());
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Optional<ResponseEntity<String>> page = path instanceof String address
                ? page(pages, request.getHeader(HttpHeaders.ACCEPT), status, address) : Optional.empty();
        return page.<ResponseEntity<?>>map(html -> html)
                .orElseGet(() -> ApiErrors.body(status, error(status), message(status)));
    }

    /** The page for a browser that asks for HTML ({@code accept}), when one of the pages has one for the address. */
    static Optional<ResponseEntity<String>> page(List<ErrorPages> pages, String accept, HttpStatus status,
                                                 String path) {
        return asksForHtml(accept) ? pages.stream().map(errorPages -> errorPages.page(status, path)).flatMap(Optional::stream)
                .findFirst() : Optional.empty();
    }

    private static boolean asksForHtml(String accept) {
        try {
            return accept != null && MediaType.parseMediaTypes(accept).stream()
                    .anyMatch(type -> type.equalsTypeAndSubtype(MediaType.TEXT_HTML));
        } catch (InvalidMediaTypeException unreadable) {
            return false;
        }
    }

    /** The status of this code, or 500 for a code that is none. */
    static HttpStatus status(int code) {
        HttpStatus status = HttpStatus.resolve(code);
        return status != null ? status : HttpStatus.INTERNAL_SERVER_ERROR;
    }

    /** {@code bad_request}, {@code not_found}: the status's reason in the error's code. */
    static String error(HttpStatus status) {
        return status.getReasonPhrase().toLowerCase(Locale.ROOT).replace(' ', '_');
    }

    static String message(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "There is nothing at this address.";
            case BAD_REQUEST -> "The request could not be read.";
            case INTERNAL_SERVER_ERROR -> "Something went wrong on the server. Please try again.";
            default -> status.getReasonPhrase() + ".";
        };
    }
}
