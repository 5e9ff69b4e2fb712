package uk.lscb.casereview.adapters.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import uk.lscb.casereview.core.driver.Eventually;

/**
 * A local stand-in for the Bot Connector service, on 127.0.0.1: records every request the bot makes (new
 * activities, updates, conversation creation) and answers as the connector does, with {@code {"id": ...}}.
 * Statuses queued with {@link #failNext} are answered first, to exercise retries (0 lets one request through).
 * A request can be {@link #hold held} until the test lets it go, as a slow connector would, and every request
 * answered 429 until the test says the connector has recovered ({@link #throttle}).
 * Public, and shipped in this module's test-jar, so the application's ITs can use it too.
 */
public final class StubConnector implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One request: its method, path and body, the activity id the stub gave a new post (else empty), and its headers
     * (each name as the JDK's server gives it: {@code X-ms-conversation-id}).
     */
    public record Call(String method, String path, JsonNode body, String givenId, Map<String, List<String>> headers) {
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

    /**
     * The first request a predicate matches, held before it is recorded or answered until the test
     * {@link #release releases} it.
     */
    public static final class Hold {
        private final Predicate<String> matches;
        private final AtomicBoolean taken = new AtomicBoolean();
        private final CountDownLatch arrived = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);

        private Hold(Predicate<String> matches) {
            this.matches = matches;
        }

        /** Waits until the held request has reached the stub. @return false if it has not within the timeout */
        public boolean awaitArrival(Duration timeout) throws InterruptedException {
            return arrived.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }

        /** Lets the held request (and any later one) through. */
        public void release() {
            released.countDown();
        }

        /** Lets the held request through once {@code delay} has passed, as a slow Bot Connector answers. */
        public void releaseAfter(Duration delay) {
            CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS).execute(this::release);
        }

        private boolean take(String request) {
            return matches.test(request) && taken.compareAndSet(false, true);
        }
    }

    private final HttpServer server;
    private final List<Hold> holds = new CopyOnWriteArrayList<>();
    private final ExecutorService handlers = Executors.newFixedThreadPool(16);
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Deque<Integer> failures = new ConcurrentLinkedDeque<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private volatile boolean throttled;
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

    /**
     * Holds the first request whose {@code METHOD path} (e.g. {@code POST /v3/conversations/a:chat/activities})
     * matches, until {@link Hold#release}; other requests are answered meanwhile. A held request is let go after a
     * minute at most, so a test that fails never leaves a handler stuck.
     */
    public Hold hold(Predicate<String> request) {
        Hold hold = new Hold(request);
        holds.add(hold);
        return hold;
    }

    /** Every request is answered 429 with Retry-After: 1 (and not recorded) until {@link #recover}. */
    public void throttle() {
        throttled = true;
    }

    public void recover() {
        throttled = false;
    }

    /** How many requests have been answered 429 by {@link #throttle}. */
    public int refused() {
        return refused.get();
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
        for (Hold hold : holds) {
            if (hold.take(exchange.getRequestMethod() + " " + path)) {
                hold.arrived.countDown();
                Eventually.signal();
                try {
                    hold.released.await(1, TimeUnit.MINUTES);
                } catch (InterruptedException stopping) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        Integer failure = throttled ? Integer.valueOf(429) : failures.poll();
        if (failure != null && failure == 0) {
            failure = null;
        }
        if (throttled) {
            refused.incrementAndGet();
            exchange.getResponseHeaders().add("Retry-After", "1");
            Eventually.signal();
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
            calls.add(new Call(exchange.getRequestMethod(), path, body, given,
                    new TreeMap<>(exchange.getRequestHeaders())));
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
