package uk.lscb.casereview.bot.teams;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
 *
 * <p>The turn runs on the request's own thread. The request is put in asynchronous mode first, so that a turn
 * still running at the end of its budget can be answered by the Teams adapter's watch from another thread while the
 * turn goes on; a turn that ends in time is answered and completed on the request's thread, as a plain request is.
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
    void messages(@RequestBody(required = false) String body,
                  @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                  HttpServletRequest request, HttpServletResponse response) {
        AsyncContext exchange = request.startAsync(request, response);
        exchange.setTimeout(0); // the turn budget is the adapter's
        Answer answer = new Answer(exchange, response);
        try {
            bot.handle(body, authorization, answer);
        } catch (RuntimeException failed) {
            // TeamsBot answers every failure itself; this is the last line, and it says nothing of the cause.
            LOG.error("a Teams request failed", failed);
            answer.accept(TeamsBot.Response.failed());
        }
    }

    /** Writes the first response it is given, from whichever thread, and completes the request; later ones are dropped. */
    private record Answer(AsyncContext exchange, HttpServletResponse response, AtomicBoolean given)
            implements Consumer<TeamsBot.Response> {
        Answer(AsyncContext exchange, HttpServletResponse response) {
            this(exchange, response, new AtomicBoolean());
        }

        @Override
        public void accept(TeamsBot.Response answer) {
            if (!given.compareAndSet(false, true)) {
                return;
            }
            try {
                byte[] json = answer.body().getBytes(StandardCharsets.UTF_8);
                response.setStatus(answer.status());
                // a length, even 0: the client has the whole answer at the flush, even while the turn goes on
                response.setContentLength(json.length);
                if (json.length > 0) {
                    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                    response.getOutputStream().write(json);
                }
                response.flushBuffer();
            } catch (IOException gone) {
                LOG.debug("a Teams request's answer could not be sent: the client has gone", gone);
            } finally {
                exchange.complete();
            }
        }
    }
}
