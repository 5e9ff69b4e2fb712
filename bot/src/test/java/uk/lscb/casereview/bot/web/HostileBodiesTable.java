package uk.lscb.casereview.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The table of hostile request bodies the HTTP endpoints are fuzzed with (malformed, oversized, wrongly typed),
 * and the check every answer must pass: a 4xx status with a JSON {@code {"error", "message"}} body.
 */
public final class HostileBodiesTable {
    private static final ObjectMapper JSON = new ObjectMapper();
    public static final int LIMIT = 256 * 1024;

    /** One hostile request. */
    public record Body(String name, byte[] bytes, String contentType, boolean chunked) {
        public Body(String name, String text) {
            this(name, text.getBytes(StandardCharsets.UTF_8), "application/json", false);
        }

        public Body streamed() {
            return new Body(name + " (chunked)", bytes, contentType, true);
        }

        public Body as(String type) {
            return new Body(name + " as " + type, bytes, type, chunked);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Bodies no endpoint accepts, whatever it expects. */
    public static List<Body> common() {
        List<Body> bodies = new ArrayList<>();
        bodies.add(new Body("no body", ""));
        bodies.add(new Body("truncated JSON", "{\"as\": \"practitioner\", \"te"));
        bodies.add(new Body("not JSON", "hello there"));
        bodies.add(new Body("JSON null", "null"));
        bodies.add(new Body("a JSON list", "[1, 2, 3]"));
        bodies.add(new Body("a JSON string", "\"yes\""));
        bodies.add(new Body("a JSON number", "12"));
        bodies.add(new Body("an empty object", "{}"));
        bodies.add(new Body("every field of the wrong type", "{\"as\": 5, \"text\": [], \"button\": {}, \"payload\": 7,"
                + " \"inputs\": \"x\", \"answers\": 3, \"rulePack\": [], \"advanceDays\": \"soon\", \"type\": 4}"));
        bodies.add(new Body("nesting 5000 deep", "[".repeat(5000) + "]".repeat(5000)));
        bodies.add(new Body("invalid UTF-8", new byte[] {'{', '"', 'a', 's', '"', ':', '"', (byte) 0xC3, (byte) 0x28,
                (byte) 0xFF, '"', '}'}, "application/json", false));
        bodies.add(new Body("a number beyond long", "{\"advanceDays\": 99999999999999999999999, \"as\": 1e999}"));
        bodies.add(new Body("just over the limit", padded(LIMIT + 1)));
        bodies.add(new Body("just over the limit", padded(LIMIT + 1)).streamed());
        bodies.add(new Body("10 MB", padded(10 * 1024 * 1024)));
        bodies.add(new Body("10 MB", padded(10 * 1024 * 1024)).streamed());
        bodies.add(new Body("plain text", "yes").as("text/plain"));
        bodies.add(new Body("a form", "as=practitioner&text=yes").as("application/x-www-form-urlencoded"));
        return bodies;
    }

    /** A valid JSON object of exactly {@code size} bytes (a long string field), for the size limit. */
    public static String padded(int size) {
        String start = "{\"as\": \"practitioner\", \"text\": \"";
        String end = "\"}";
        return start + "x".repeat(size - start.length() - end.length()) + end;
    }

    /**
     * Sends one hostile body on a connection of its own. A shared client would send a row on the connection an
     * earlier row's answer left open (the 415s keep it alive), and a POST on a pooled connection the server is
     * closing at that moment fails without an answer ("header parser received no bytes") and is not retried: a
     * failure of the pool, not of the row. CI saw that once (2026-12-04); 4,400 rows sent on a loaded machine
     * here did not repeat it. CI saw it again on a connection of its own (2026-12-04 22:07 UTC, the 10 MB chunked
     * body to {@code /local/api/turn}): Tomcat closed the connection after dropping 2 MB of the body that followed
     * the 413, and the client, still sending, got a reset; it now drops up to 16 MB (application.yml).
     */
    public static HttpResponse<String> send(String url, Body body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest.BodyPublisher publisher = body.chunked()
                ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body.bytes()))
                : HttpRequest.BodyPublishers.ofByteArray(body.bytes());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", body.contentType()).POST(publisher);
        headers.forEach(request::header);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** 4xx with {@code {"error", "message"}} as JSON. */
    public static void assertRefusedWithJson(String endpoint, Body body, HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as("%s with %s: %s", endpoint, body.name(), response.body())
                .isBetween(400, 499);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .as("%s with %s", endpoint, body.name()).startsWith("application/json");
        JsonNode json = JSON.readTree(response.body());
        assertThat(json.path("error").isTextual()).as("%s with %s: %s", endpoint, body.name(), response.body()).isTrue();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at uk.").doesNotContain("at org.");
    }

    private HostileBodiesTable() {
    }
}
