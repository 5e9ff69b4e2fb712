package uk.lscb.casereview.bot.slack;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Bolt's servlet refuses a request it cannot use (a bad signature: 401; a body it has no handler for: 404)
 * with an empty {@code text/plain} body. This gives such a refusal the JSON error every other endpoint
 * answers with ({@code {"error", "message"}}), keeping its status; successful answers pass unchanged.
 */
final class SlackJsonErrors extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper cached = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, cached);
        int status = cached.getStatus();
        String type = cached.getContentType();
        if (status >= 400 && status < 500 && (type == null || !type.startsWith("application/json"))) {
            cached.resetBuffer();
            cached.setContentType("application/json");
            cached.setCharacterEncoding(StandardCharsets.UTF_8.name());
            cached.getOutputStream().write(json(status).getBytes(StandardCharsets.UTF_8));
        }
        cached.copyBodyToResponse();
    }

    private static String json(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        String reason = known == null ? "request_error" : known.getReasonPhrase().toLowerCase(Locale.ROOT)
                .replace(' ', '_');
        String message = switch (status) {
            case 401 -> "The request is not signed by this Slack app, or its timestamp is too old.";
            case 404 -> "This Slack request is not one this app handles.";
            default -> "The Slack request could not be used.";
        };
        return "{\"error\":\"" + reason + "\",\"message\":\"" + message + "\"}";
    }
}
