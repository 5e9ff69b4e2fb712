package uk.lscb.casereview.adapters.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import uk.lscb.casereview.core.driver.Eventually;

/**
 * A local stand-in for the Bot Connector service, on 127.0.0.1: records every request the bot makes (new
 * activities, updates, conversation creation) and answers as the connector does, with {@code {"id": ...}}.
 * Statuses queued with {@link #failNext} are answered first, to exercise retries (0 lets one request through).
 * Public, and shipped in this module's test-jar, so the application's ITs can use it too.
 */
public final class StubConnector implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request: its method, path and body, and the activity id the stub gave a new post (else empty). */
    public record Call(String method, String path, JsonNode body, String givenId) {
        public boolean isPost() {
            return method.equals("POST");
        }

        public boolean isPut() {
            return method.equals("PUT");
        }

        /** The Adaptive Card this activity carries, if any. */
        public JsonNode card() {
            JsonNode attachments = body.path("attachments");
            return attachments.isArray() && !attachments.isEmpty() ? attachments.get(0).path("content") : null;
        }

        public String text() {
            return body.path("text").asText("");
        }
    }

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newFixedThreadPool(16);
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Deque<Integer> failures = new ConcurrentLinkedDeque<>();
    private final AtomicInteger ids = new AtomicInteger();
    private volatile boolean giveIds = true;
    private volatile boolean updates = true;

    public StubConnector() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        // The Bot Connector answers many calls at once; a stub answering one at a time would make a test of
        // concurrent conversations measure the stub.
        server.setExecutor(handlers);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    public void failNext(int... statuses) {
        for (int status : statuses) {
            failures.add(status);
        }
    }

    /** Answers new activities with an empty body, as Direct Line stand-ins such as offline-directline do. */
    public StubConnector withoutIds() {
        giveIds = false;
        return this;
    }

    /** Answers every update (PUT) with 404, as a connector without the update-activity route does. */
    public StubConnector refusingUpdates() {
        updates = false;
        return this;
    }

    public List<Call> calls() {
        return new ArrayList<>(calls);
    }

    public List<Call> activities() {
        return calls.stream().filter(call -> call.isPost() && call.path().contains("/activities")).toList();
    }

    public List<Call> updates() {
        return calls.stream().filter(Call::isPut).toList();
    }

    public Call last() {
        List<Call> posted = activities();
        return posted.get(posted.size() - 1);
    }

    public void clear() {
        calls.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] in = exchange.getRequestBody().readAllBytes();
        JsonNode body = in.length == 0 ? JSON.createObjectNode() : JSON.readTree(in);
        String path = exchange.getRequestURI().getPath();
        Integer failure = failures.poll();
        if (failure != null && failure == 0) {
            failure = null;
        }
        if (failure == null && !updates && exchange.getRequestMethod().equals("PUT")) {
            failure = 404;
        }
        int status = failure == null ? 200 : failure;
        String answer;
        if (failure != null) {
            answer = "{\"error\":{\"code\":\"Throttled\",\"message\":\"try later\"}}";
        } else {
            String given = "";
            if (exchange.getRequestMethod().equals("POST") && path.endsWith("/v3/conversations")) {
                answer = "{\"id\":\"a:new-personal-" + ids.incrementAndGet() + "\"}";
            } else if (exchange.getRequestMethod().equals("PUT")) {
                answer = "{\"id\":\"" + path.substring(path.lastIndexOf('/') + 1) + "\"}";
            } else if (giveIds) {
                given = "activity-" + ids.incrementAndGet();
                answer = "{\"id\":\"" + given + "\"}";
            } else {
                answer = "";
            }
            calls.add(new Call(exchange.getRequestMethod(), path, body, given));
            Eventually.signal();
        }
        byte[] out = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, out.length);
        exchange.getResponseBody().write(out);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
    }
}
