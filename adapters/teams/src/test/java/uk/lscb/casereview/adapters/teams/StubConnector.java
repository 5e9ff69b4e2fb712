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
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for the Bot Connector service: records every request the bot makes (new activities,
 * updates, conversation creation) and answers as the connector does, with {@code {"id": ...}}.
 * Statuses queued with {@link #failNext} are answered first, to exercise retries.
 */
final class StubConnector implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Call(String method, String path, JsonNode body) {
        boolean isPost() {
            return method.equals("POST");
        }

        boolean isPut() {
            return method.equals("PUT");
        }

        /** The Adaptive Card this activity carries, if any. */
        JsonNode card() {
            JsonNode attachments = body.path("attachments");
            return attachments.isArray() && !attachments.isEmpty() ? attachments.get(0).path("content") : null;
        }

        String text() {
            return body.path("text").asText("");
        }
    }

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Deque<Integer> failures = new ConcurrentLinkedDeque<>();
    private final AtomicInteger ids = new AtomicInteger();

    StubConnector() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    void failNext(int... statuses) {
        for (int status : statuses) {
            failures.add(status);
        }
    }

    List<Call> calls() {
        return new ArrayList<>(calls);
    }

    List<Call> activities() {
        return calls.stream().filter(call -> call.isPost() && call.path().contains("/activities")).toList();
    }

    List<Call> updates() {
        return calls.stream().filter(Call::isPut).toList();
    }

    Call last() {
        List<Call> posted = activities();
        return posted.get(posted.size() - 1);
    }

    void clear() {
        calls.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] in = exchange.getRequestBody().readAllBytes();
        JsonNode body = in.length == 0 ? JSON.createObjectNode() : JSON.readTree(in);
        String path = exchange.getRequestURI().getPath();
        Integer failure = failures.poll();
        int status = failure == null ? 200 : failure;
        String answer;
        if (failure != null) {
            answer = "{\"error\":{\"code\":\"Throttled\",\"message\":\"try later\"}}";
        } else {
            calls.add(new Call(exchange.getRequestMethod(), path, body));
            if (exchange.getRequestMethod().equals("POST") && path.endsWith("/v3/conversations")) {
                answer = "{\"id\":\"a:new-personal-" + ids.incrementAndGet() + "\"}";
            } else if (exchange.getRequestMethod().equals("PUT")) {
                answer = "{\"id\":\"" + path.substring(path.lastIndexOf('/') + 1) + "\"}";
            } else {
                answer = "{\"id\":\"activity-" + ids.incrementAndGet() + "\"}";
            }
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
    }
}
