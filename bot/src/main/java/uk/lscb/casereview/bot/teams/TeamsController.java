package uk.lscb.casereview.bot.teams;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import uk.lscb.casereview.adapters.teams.TeamsBot;

/**
 * {@code POST /api/messages}, the Bot Framework messaging endpoint. The raw body goes to the Teams adapter
 * as it came (the SDK deserialises it itself) with the {@code Authorization} header, which the SDK checks
 * when an app id is set. Its status and body are answered as they are: 400 for bad input, 401 for a missing
 * or bad token, never a stack trace. It exists only where {@link TeamsConfiguration} does (local mode, or
 * Teams configured); anywhere else {@code /api/messages} is 404.
 */
@RestController
@Conditional(TeamsConfiguration.TeamsEndpoint.class)
class TeamsController {
    private static final Logger LOG = LoggerFactory.getLogger(TeamsController.class);

    private final TeamsBot bot;

    TeamsController(TeamsBot bot) {
        this.bot = bot;
    }

    @PostMapping(path = "/api/messages")
    ResponseEntity<String> messages(@RequestBody(required = false) String body,
                                    @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        TeamsBot.Response response;
        try {
            response = bot.handle(body, authorization);
        } catch (RuntimeException failed) {
            // TeamsBot answers every failure itself; this is the last line, and it says nothing of the cause.
            LOG.error("a Teams request failed", failed);
            return json(500, "{\"error\":\"Something went wrong on our side.\"}");
        }
        if (response.body().isEmpty()) {
            return ResponseEntity.status(response.status()).build();
        }
        return json(response.status(), response.body());
    }

    private static ResponseEntity<String> json(int status, String body) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
