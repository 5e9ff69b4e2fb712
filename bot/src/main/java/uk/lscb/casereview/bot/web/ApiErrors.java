package uk.lscb.casereview.bot.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import uk.lscb.casereview.core.store.StoreUnavailableException;

/**
 * Every error as {@code {"error": code, "message": plain words}} with the right status, never a
 * stack trace or an exception's name. Anything unexpected is logged here and answered with 500.
 */
@RestControllerAdvice
public class ApiErrors {
    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);
    private final List<ErrorPages> pages;

    public ApiErrors(List<ErrorPages> pages) {
        this.pages = pages;
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Map<String, Object>> refused(ApiException refused) {
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(refused.status()).contentType(MediaType.APPLICATION_JSON);
        if (refused.status() == HttpStatus.UNAUTHORIZED) {
            builder.header("WWW-Authenticate", "Bearer realm=\"case-review-assistant\"");
        }
        return builder.body(refused.body());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException unreadable) {
        String message = unreadable.getMessage() != null && unreadable.getMessage().startsWith("Required request body is missing")
                ? "The request needs a JSON body."
                : "The request body is not valid JSON (or a value has the wrong type).";
        return body(HttpStatus.BAD_REQUEST, "bad_json", message);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> mismatch(MethodArgumentTypeMismatchException mismatch) {
        return body(HttpStatus.BAD_REQUEST, "bad_parameter", "The value of '" + mismatch.getName() + "' is not valid.");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, Object>> missingParameter(MissingServletRequestParameterException missing) {
        return body(HttpStatus.BAD_REQUEST, "missing_parameter", "The parameter '" + missing.getParameterName()
                + "' is required.");
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<Map<String, Object>> missingHeader(MissingRequestHeaderException missing) {
        return body(HttpStatus.BAD_REQUEST, "missing_header", "The header '" + missing.getHeaderName()
                + "' is required.");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, Object>> mediaType(HttpMediaTypeNotSupportedException unsupported) {
        return body(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type",
                "Send the body as JSON with Content-Type: application/json.");
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<Map<String, Object>> notAcceptable(HttpMediaTypeNotAcceptableException notAcceptable) {
        return body(HttpStatus.NOT_ACCEPTABLE, "not_acceptable", "This resource is available as JSON"
                + " (and transcripts also as text/plain).");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Map<String, Object>> method(HttpRequestMethodNotSupportedException method) {
        return body(HttpStatus.METHOD_NOT_ALLOWED, "method_not_allowed", method.getMethod()
                + " is not supported here.");
    }

    /** Nothing at the address: for a browser at an address with {@link ErrorPages} (the dashboard's), its page. */
    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    ResponseEntity<?> notFound(Exception notFound, HttpServletRequest request) {
        return JsonErrorController.page(pages, request.getHeader(HttpHeaders.ACCEPT),
                HttpStatus.NOT_FOUND, request.getRequestURI()).<ResponseEntity<?>>map(page -> page)
                .orElseGet(() -> body(HttpStatus.NOT_FOUND, "not_found", "There is nothing at this address."));
    }

    /**
     * A request Spring Security's firewall refuses once an endpoint reads it (a form parameter whose name holds a
     * line break): 400, as its refusals before any endpoint are (a {@code ;} in a path; through
     * {@link JsonErrorController}).
     */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<Map<String, Object>> rejected(RequestRejectedException rejected) {
        return body(HttpStatus.BAD_REQUEST, "bad_request", "The request could not be read: a parameter's name or "
                + "value holds characters that are not allowed, such as a line break.");
    }

    @ExceptionHandler(StoreUnavailableException.class)
    ResponseEntity<Map<String, Object>> storeDown(StoreUnavailableException down) {
        LOG.warn("store unavailable: {}", down.getMessage());
        return body(HttpStatus.SERVICE_UNAVAILABLE, "store_unavailable",
                "The case store cannot be reached just now. Please try again in a minute.");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> unexpected(Exception unexpected) {
        if (unexpected instanceof org.springframework.web.ErrorResponse response) {
            HttpStatusCode status = response.getStatusCode();
            return body(HttpStatus.valueOf(status.value()), "request_error", "The request could not be handled.");
        }
        LOG.error("unexpected error handling a request", unexpected);
        return body(HttpStatus.INTERNAL_SERVER_ERROR, "internal_error",
                "Something went wrong on the server. Nothing more has been changed; please try again.");
    }

    static ResponseEntity<Map<String, Object>> body(HttpStatus status, String error, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("message", message);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
