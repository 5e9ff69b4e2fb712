package uk.lscb.casereview.bot.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A request refused on purpose: its status, a stable error code and a plain message, with any
 * extra fields the body carries (e.g. {@code boards} for an ambiguous reference).
 */
public class ApiException extends RuntimeException {
    private final HttpStatus status;
    private final String error;
    private final Map<String, Object> extra;

    public ApiException(HttpStatus status, String error, String message) {
        this(status, error, message, Map.of());
    }

    public ApiException(HttpStatus status, String error, String message, Map<String, Object> extra) {
        super(message, null, false, false);
        this.status = status;
        this.error = error;
        this.extra = new LinkedHashMap<>(extra);
    }

    public HttpStatus status() {
        return status;
    }

    public Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("message", getMessage());
        body.putAll(extra);
        return body;
    }

    public static ApiException notFound(String message) {
        return new ApiException(HttpStatus.NOT_FOUND, "not_found", message);
    }

    static ApiException badRequest(String error, String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, error, message);
    }
}
