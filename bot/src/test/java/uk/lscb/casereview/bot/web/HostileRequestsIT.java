package uk.lscb.casereview.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import uk.lscb.casereview.bot.FixedClock;

/**
 * Hostile requests rather than hostile bodies (those are {@link HostileBodiesIT}'s): a malformed query parameter, a
 * Content-Type no endpoint can read (multipart without a boundary, a wildcard), a form whose parameter name holds a
 * line break, an address refused before any endpoint (a request line over 8 kB, {@code %2F} outside a case's
 * reference), the error page asked for directly. Each is refused with a 4xx JSON error, or answered as if the bad header were not there, and
 * none is logged at ERROR or with a stack trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "casereview.reminders.first-sweep-after=PT1H")
@Import(FixedClock.class)
@ExtendWith(OutputCaptureExtension.class)
class HostileRequestsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STEPS = "/api/cases/SCR-2026-001/steps?as=business-manager";

    @LocalServerPort
    int port;

    /** What a row must get: a 4xx JSON error, or an answer that is not a server error. */
    enum Expect { JSON_REFUSAL, NOT_A_SERVER_ERROR }

    /** One hostile request. */
    record Request(String method, String path, String contentType, String body, Expect expect) {
        @Override
        public String toString() {
            return method + " " + (path.length() > 80 ? path.substring(0, 80) + "…" : path)
                    + (contentType == null ? "" : " as " + contentType.replace("\r\n", "\\r\\n"))
                    + (body.isEmpty() ? "" : " with " + body.replace("\r\n", "\\r\\n"));
        }
    }

    static Stream<Request> table() {
        List<Request> rows = new ArrayList<>();
        for (String board : List.of("X", "Staffordshire", "a", "%00", "%20staffordshire", "ab", "-staffordshire",
                "x".repeat(41))) {
            rows.add(get("/api/learning?as=admin&board=" + board, null, Expect.JSON_REFUSAL));
            rows.add(get("/api/actions?as=admin&board=" + board, null, Expect.JSON_REFUSAL));
        }
        for (String multipart : List.of("multipart/form-data", "multipart/mixed", "multipart/")) {
            rows.add(post("/api/assessments", multipart, "x", Expect.JSON_REFUSAL));
            rows.add(post(STEPS, multipart, "x", Expect.JSON_REFUSAL));
            rows.add(post("/local/api/turn", multipart, "x", Expect.JSON_REFUSAL));
            rows.add(post("/", multipart, "x", Expect.JSON_REFUSAL));
            rows.add(get("/", multipart, Expect.NOT_A_SERVER_ERROR));
            rows.add(get("/actuator/health", multipart, Expect.NOT_A_SERVER_ERROR));
        }
        for (String wildcard : List.of("*/*", "application/*", "text/*", "*", "application/*+json")) {
            rows.add(post(STEPS, wildcard, "{\"step\": \"x\"}", Expect.JSON_REFUSAL));
            rows.add(post("/api/assessments", wildcard, "{}", Expect.JSON_REFUSAL));
            rows.add(post("/api/messages", wildcard, "{}", Expect.JSON_REFUSAL));
            rows.add(get("/actuator/health", wildcard, Expect.JSON_REFUSAL));
        }
        for (String unreadable : List.of("application/json; charset=bogus", "application/json; charset=\"",
                "/json", "application/", "application/json;;", "???", "text/plain; charset=utf-8; =x")) {
            rows.add(post(STEPS, unreadable, "{\"step\": \"x\"}", Expect.JSON_REFUSAL));
            rows.add(post("/api/assessments", unreadable, "{}", Expect.JSON_REFUSAL));
            rows.add(get("/actuator/health", unreadable, Expect.NOT_A_SERVER_ERROR));
        }
        for (String path : List.of("/api/messages", "/api/assessments", STEPS, "/local/api/clock")) {
            rows.add(post(path, "application/x-www-form-urlencoded", "a\r\nb=1", Expect.JSON_REFUSAL));
            rows.add(post(path, "application/x-www-form-urlencoded", "a=1\nb", Expect.JSON_REFUSAL));
        }
        for (String path : List.of("/api/learning;x=1?as=admin", "/api//learning?as=admin", "/api/%2e%2e/learning",
                "/api/learning%25?as=admin", "/api/learning%0A?as=admin")) {
            rows.add(get(path, null, Expect.JSON_REFUSAL));
        }
        rows.add(get("/api/learning?as=admin&a%0D%0Ab=1", null, Expect.NOT_A_SERVER_ERROR));
        for (String path : List.of("/api%2Flearning?as=admin", "/api/%5Clearning", "/board%2F..%2Fapi",
                "/api/learning?as=admin&q=" + "x".repeat(9_000), "/" + "x".repeat(9_000))) {
            rows.add(get(path, null, Expect.JSON_REFUSAL));
        }
        rows.add(get("/error", null, Expect.JSON_REFUSAL));
        rows.add(post("/error", "application/json", "{}", Expect.JSON_REFUSAL));
        rows.add(new Request("DELETE", "/error", null, "", Expect.JSON_REFUSAL));
        return rows.stream();
    }

    private static Request get(String path, String contentType, Expect expect) {
        return new Request("GET", path, contentType, "", expect);
    }

    private static Request post(String path, String contentType, String body, Expect expect) {
        return new Request("POST", path, contentType, body, expect);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void aHostileRequestIsAnsweredWithoutAServerErrorOrAnErrorLine(Request row, CapturedOutput output)
            throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + row.path()))
                .timeout(Duration.ofSeconds(30))
                .method(row.method(), row.body().isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(row.body()));
        if (row.contentType() != null) {
            request.header("Content-Type", row.contentType());
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as("%s: %s", row, response.body()).isLessThan(500);
        assertThat(response.body()).doesNotContain("Exception", "at uk.", "at org.");
        assertThat(output.getOut()).as("the log after %s", row).doesNotContain(" ERROR ", "\tat org.apache");
        if (row.expect() == Expect.JSON_REFUSAL) {
            assertThat(response.statusCode()).as("%s: %s", row, response.body()).isBetween(400, 499);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).as("%s", row)
                    .startsWith("application/json");
            JsonNode json = JSON.readTree(response.body());
            assertThat(json.path("error").isTextual()).as("%s: %s", row, response.body()).isTrue();
        }
    }
}
