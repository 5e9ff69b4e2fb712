package uk.lscb.casereview.bot.web;

import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * An error as a page for a person's browser, where the application's JSON error ({@link ApiErrors},
 * {@link JsonErrorController}) would be shown to them raw: the dashboard's, for its own addresses.
 */
public interface ErrorPages {
    /**
     * @param path the address asked for, as sent ({@code /board/cases/SSCB%2F2026%2F07})
     * @return the page, or empty for an address that has none (the JSON error then)
     */
    Optional<ResponseEntity<String>> page(HttpStatus status, String path);
}
