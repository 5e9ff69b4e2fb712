package uk.lscb.casereview.bot.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Pattern;
import org.springframework.security.web.firewall.FirewalledRequest;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's firewall, as strict as its default except that a case's reference, which may hold {@code /}
 * ({@code SSCB/2026/07}), may be written with {@code %2F} in its own segment of a case's address:
 * {@code /board/cases/SSCB%2F2026%2F07}, {@code /api/cases/SSCB%2F2026%2F07/transcript}. Tomcat passes that
 * {@code %2F} through undecoded (see {@link WebConfiguration}), so the servlet path, Spring Security's matchers and
 * Spring MVC all see one segment, and only the endpoint's {@code {reference}} is decoded: it cannot move a request to
 * another address. Anywhere else, and a double-encoded {@code %252F} or an encoded {@code .} anywhere, is refused as
 * before (400).
 */
final class CaseReferenceFirewall implements HttpFirewall {
    /** A case's address: its reference's segment (letters, digits, {@code ._-} and {@code %2F}), then plain ones. */
    private static final Pattern CASE_ADDRESS = Pattern.compile(
            "/(board|api)/cases/([A-Za-z0-9._\\-]|%2[Ff])+(/[A-Za-z0-9._\\-]+)*");
    private final StrictHttpFirewall strict = new StrictHttpFirewall();
    private final StrictHttpFirewall reference = new StrictHttpFirewall();

    CaseReferenceFirewall() {
        reference.setAllowUrlEncodedSlash(true);
        // The servlet path keeps the undecoded %2F: its '%' is that and nothing else, as %25 is still refused.
        reference.getDecodedUrlBlocklist().remove("%");
    }

    @Override
    public FirewalledRequest getFirewalledRequest(HttpServletRequest request) {
        String uri = request.getRequestURI();
        boolean caseAddress = uri != null && request.getContextPath().isEmpty()
                && CASE_ADDRESS.matcher(uri).matches();
        return (caseAddress ? reference : strict).getFirewalledRequest(request);
    }

    @Override
    public HttpServletResponse getFirewalledResponse(HttpServletResponse response) {
        return strict.getFirewalledResponse(response);
    }
}
