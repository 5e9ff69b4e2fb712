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
 * runs in Microsoft Teams and Slack.
 */
@RestController
public class PageController {
    private final Deployment deployment;
    private final String localPage;
    private final String platformPage;

    public PageController(Deployment deployment) throws IOException {
        this.deployment = deployment;
        this.localPage = read("web/local.html");
        this.platformPage = read("web/platform.html");
    }

    @GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> home() {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; object-src 'none'; "
                        + "base-uri 'none'; frame-ancestors 'none'")
                .header("X-Content-Type-Options", "nosniff")
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(deployment.localMode() ? localPage : platformPage);
    }

    private static String read(String path) throws IOException {
        try (var in = new ClassPathResource(path).getInputStream()) {
            return StreamUtils.copyToString(in, StandardCharsets.UTF_8);
        }
    }
}
