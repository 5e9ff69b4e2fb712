package uk.lscb.casereview.bot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import uk.lscb.casereview.adapters.teams.ActivityJson;
import uk.lscb.casereview.adapters.teams.TeamsDriver;

/** Real Teams activity JSON, posted to the application's {@code /api/messages} as Teams would. */
public final class TeamsActivities extends ActivityJson {
    private final HttpClient client = HttpClient.newHttpClient();
    private final String endpoint;

    public TeamsActivities(int port, String serviceUrl) {
        super(serviceUrl, "2026-11-28T12:00:00.000Z");
        this.endpoint = "http://127.0.0.1:" + port + "/api/messages";
    }

    public record Response(int status, String body, String contentType) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }
    }

    public Response post(String body, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint)).header("Content-Type",
                "application/json").POST(body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response send(ObjectNode activity) {
        return post(activity.toString(), null);
    }

    /** The application's {@code /api/messages}, for a {@link TeamsDriver}. */
    public TeamsDriver.Endpoint endpoint() {
        return activity -> {
            Response response = send(activity);
            return new TeamsDriver.Sent(response.status(), response.body());
        };
    }
}
