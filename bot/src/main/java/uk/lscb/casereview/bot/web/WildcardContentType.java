package uk.lscb.casereview.bot.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request whose {@code Content-Type} is a wildcard ({@code *}{@code /*}, {@code application/*}, {@code text/*}) is
 * answered 415 with a JSON error on every path, before anything reads it. A wildcard names no type a body could be
 * in, and Spring refuses to read such a header (an {@code IllegalArgumentException}) wherever it reads the request's
 * headers as a whole: in an endpoint taking any body ({@code POST /api/cases/{reference}/steps},
 * {@code /api/messages}) and in the health endpoint, each a 500 logged at ERROR with its stack trace. A header that
 * is not a media type at all is left to the endpoints, which refuse it themselves (415) or ignore it.
 */
public final class WildcardContentType extends OncePerRequestFilter {
    private static final String REFUSAL = "{\"error\":\"unsupported_media_type\",\"message\":\"The Content-Type names"
            + " no single type (it has a *). Send the body as JSON with Content-Type: application/json, or send no "
            + "Content-Type without a body.\"}";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (wildcard(request.getContentType())) {
            response.setStatus(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(REFUSAL);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean wildcard(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.isWildcardType() || type.isWildcardSubtype();
        } catch (InvalidMediaTypeException notAMediaType) {
            return false;
        }
    }
}
