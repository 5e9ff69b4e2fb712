package uk.lscb.casereview.bot.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StreamUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.lscb.casereview.bot.config.Deployment;

/**
 * {@code /}: the local chat page in local mode; otherwise a short page saying that the assistant
 * runs in Microsoft Teams and Slack. {@code /privacy} and {@code /terms}: the pages the Teams manifest links to.
 */
@RestController
public class PageController {
    private final Deployment deployment;
    private final String localPage;
    private final String platformPage;
    private final String privacyPage;
    private final String termsPage;

    public PageController(Deployment deployment) throws IOException {
        this.deployment = deployment;
        this.localPage = read("web/local.html");
        this.platformPage = read("web/platform.html");
        this.privacyPage = read("web/privacy.html");
        this.termsPage = read("web/terms.html");
    }

    @GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> home() {
        return page(deployment.localMode() ? localPage : platformPage);
    }

    /** The Teams manifest's privacy link: what is stored, and that no child's name may be typed. */
    @GetMapping(path = "/privacy", produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> privacy() {
        return page(privacyPage);
    }

    /** The Teams manifest's terms-of-use link. */
    @GetMapping(path = "/terms", produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> terms() {
        return page(termsPage);
    }

    private static ResponseEntity<String> page(String html) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; object-src 'none'; "
                        + "base-uri 'none'; frame-ancestors 'none'")
                .header("X-Content-Type-Options", "nosniff")
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(html);
    }

    private static String read(String path) throws IOException {
        try (var in = new ClassPathResource(path).getInputStream()) {
            return StreamUtils.copyToString(in, StandardCharsets.UTF_8);
        }
    }
}
