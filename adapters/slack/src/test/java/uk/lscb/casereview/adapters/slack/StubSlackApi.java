package uk.lscb.casereview.adapters.slack;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import uk.lscb.casereview.core.driver.Eventually;

/**
 * A local stand-in for the Slack Web API on 127.0.0.1: records every call and answers ok with plausible
 * fields, several calls at once as Slack does. It can answer a method with 429 until the test says Slack has
 * recovered ({@link #throttle}), or hold one call until the test lets it go ({@link #hold}). Public, in the
 * test-jar, so the application's tests can point {@code SLACK_API_URL} at it.
 */
public final class StubSlackApi implements AutoCloseable {
    /** The method name under which a message sent to a command's {@link #responseUrl} is recorded. */
    public static final String RESPONSE_URL = "response_url";

    public record Call(String method, Map<String, String> params) {
        public String get(String name) {
            return params.getOrDefault(name, "");
        }
    }

    private static final Gson GSON = new Gson();
    /** The first call a predicate matches, held before it is recorded or answered until {@link #release}. */
    public static final class Hold {
        private final Predicate<Call> matches;
        private final AtomicBoolean taken = new AtomicBoolean();
        private final CountDownLatch arrived = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);

        private Hold(Predicate<Call> matches) {
            this.matches = matches;
        }

        /** Waits until the held call has reached the stub. @return false if it has not within the timeout */
        public boolean awaitArrival(Duration timeout) throws InterruptedException {
            return arrived.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }

        public void release() {
            released.countDown();
        }

        private boolean take(Call call) {
            return matches.test(call) && taken.compareAndSet(false, true);
        }
    }

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newFixedThreadPool(8);
    private final List<Hold> holds = new CopyOnWriteArrayList<>();
    private volatile Predicate<Call> throttled = call -> false;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    /** Notified each time a call is recorded, so tests wait for posts instead of sleeping. */
    private final Object recorded = new Object();
    private final AtomicInteger ts = new AtomicInteger();
    private final Map<String, AtomicInteger> rateLimited = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> refused = new ConcurrentHashMap<>();
    private final Map<String, String> refusedWith = new ConcurrentHashMap<>();
    private final Map<String, String> names = new ConcurrentHashMap<>();
    private volatile String socketUrl = "";

    public StubSlackApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/", this::handle);
        server.createContext("/responses/", this::handleResponse);
        server.setExecutor(handlers);
        server.start();
    }

    /** Where a slash command's later answer goes: what Slack gives each command as its response_url. */
    public String responseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/responses/T0001/1/x";
    }

    /** A stub started for a test class's static field, where a checked exception cannot be thrown. */
    public static StubSlackApi started() {
        try {
            return new StubSlackApi();
        } catch (IOException failed) {
            throw new java.io.UncheckedIOException(failed);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    public void name(String user, String realName) {
        names.put(user, realName);
    }

    /** The WebSocket URL {@code apps.connections.open} hands a Socket Mode client. */
    public void socketUrl(String url) {
        this.socketUrl = url;
    }

    /** The next {@code times} calls of the method get HTTP 429 with Retry-After: 1. */
    public void rateLimit(String method, int times) {
        rateLimited.put(method, new AtomicInteger(times));
    }

    /** The next {@code times} calls of the method are refused: ok false, as Slack answers a channel it cannot post in. */
    public void refuse(String method, int times) {
        refuse(method, times, "channel_not_found");
    }

    /** The next {@code times} calls of {@code method} are answered {@code ok: false} with this error. */
    public void refuse(String method, int times, String error) {
        refused.put(method, new AtomicInteger(times));
        refusedWith.put(method, error);
    }

    /**
     * Every call of {@code method} whose parameters match gets HTTP 429 with Retry-After: 1 (recorded as
     * {@code method#429}) until {@link #recover}: Slack rate limiting the app for as long as the test needs.
     */
    public void throttle(String method, Predicate<Map<String, String>> params) {
        throttled = call -> call.method().equals(method) && params.test(call.params());
    }

    /** Slack answers every call again. */
    public void recover() {
        throttled = call -> false;
    }

    /**
     * Holds the first call of {@code method} whose parameters match until {@link Hold#release}; other calls are
     * answered meanwhile. A held call is let go after a minute at most.
     */
    public Hold hold(String method, Predicate<Map<String, String>> params) {
        Hold hold = new Hold(call -> call.method().equals(method) && params.test(call.params()));
        holds.add(hold);
        return hold;
    }

    public List<Call> calls(String method) {
        return calls.stream().filter(call -> call.method().equals(method)).toList();
    }

    /** The messages posted to one channel, in order; each with the ts Slack gave it as {@code posted_ts}. */
    public List<Call> postsTo(String channel) {
        return calls("chat.postMessage").stream().filter(call -> call.get("channel").equals(channel)).toList();
    }

    public List<Call> all() {
        return List.copyOf(calls);
    }

    /**
     * Waits until the posts to {@code channel} satisfy {@code condition}, checking again each time the stub
     * records a call (no fixed delay); fails after {@code timeout} naming what was awaited and the channel's
     * last post.
     *
     * @return the posts to the channel that satisfied the condition
     */
    public List<Call> awaitPosts(String channel, String what, Predicate<List<Call>> condition, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (recorded) {
            while (true) {
                List<Call> posts = postsTo(channel);
                if (condition.test(posts)) {
                    return posts;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what
                            + "; stuck at: " + (posts.isEmpty() ? "no post to " + channel
                            : posts.get(posts.size() - 1).get("text")));
                }
                TimeUnit.NANOSECONDS.timedWait(recorded, left);
            }
        }
    }

    private void record(Call call) {
        synchronized (recorded) {
            calls.add(call);
            recorded.notifyAll();
        }
        Eventually.signal();
    }

    /** A message sent to a slash command's response_url: recorded as a call of "response_url" with its fields. */
    private static Map<String, String> params(HttpExchange exchange, String body) {
        Map<String, String> params = new HashMap<>();
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type != null && type.startsWith("application/json")) {
            JsonObject json = GSON.fromJson(body, JsonObject.class);
            if (json != null) {
                json.entrySet().forEach(entry -> params.put(entry.getKey(), entry.getValue().isJsonPrimitive()
                        ? entry.getValue().getAsString() : entry.getValue().toString()));
            }
        } else if (!body.isEmpty()) {
            for (String pair : body.split("&")) {
                String[] kv = pair.split("=", 2);
                params.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return params;
    }

    private void handleResponse(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        record(new Call(RESPONSE_URL, params(exchange, body)));
        send(exchange, 200, "ok");
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestURI().getPath().substring("/api/".length());
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> params = params(exchange, body);
        for (Hold hold : holds) {
            if (hold.take(new Call(method, params))) {
                hold.arrived.countDown();
                Eventually.signal();
                try {
                    hold.released.await(1, TimeUnit.MINUTES);
                } catch (InterruptedException stopping) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        AtomicInteger limit = rateLimited.get(method);
        if (throttled.test(new Call(method, params)) || limit != null && limit.getAndDecrement() > 0) {
            record(new Call(method + "#429", params));
            exchange.getResponseHeaders().add("Retry-After", "1");
            send(exchange, 429, "{\"ok\":false,\"error\":\"ratelimited\"}");
            return;
        }
        AtomicInteger refusals = refused.get(method);
        if (refusals != null && refusals.getAndDecrement() > 0) {
            record(new Call(method + "#refused", params));
            send(exchange, 200, "{\"ok\":false,\"error\":\"" + refusedWith.get(method) + "\"}");
            return;
        }
        String answer = answer(method, params);
        if (method.equals("chat.postMessage")) {
            // The ts Slack gave the posted message, recorded beside what was sent.
            params.put("posted_ts", GSON.fromJson(answer, JsonObject.class).get("ts").getAsString());
        }
        if (!method.equals("auth.test")) {
            record(new Call(method, params));
        }
        send(exchange, 200, answer);
    }

    private String answer(String method, Map<String, String> params) {
        JsonObject out = new JsonObject();
        out.addProperty("ok", true);
        switch (method) {
            case "auth.test" -> {
                out.addProperty("url", "https://lscb-test.slack.com/");
                out.addProperty("team", "LSCB test");
                out.addProperty("user", "casereview");
                out.addProperty("team_id", "T0001");
                out.addProperty("user_id", "UBOT");
                out.addProperty("bot_id", "BBOT");
            }
            case "chat.postMessage" -> {
                String next = "1790000000." + String.format("%06d", ts.incrementAndGet());
                out.addProperty("channel", params.get("channel"));
                out.addProperty("ts", next);
                JsonObject message = new JsonObject();
                message.addProperty("type", "message");
                message.addProperty("ts", next);
                message.addProperty("text", params.getOrDefault("text", ""));
                out.add("message", message);
            }
            case "chat.update" -> {
                out.addProperty("channel", params.get("channel"));
                out.addProperty("ts", params.get("ts"));
                out.addProperty("text", params.getOrDefault("text", ""));
            }
            case "apps.connections.open" -> out.addProperty("url", socketUrl);
            case "chat.postEphemeral" -> out.addProperty("message_ts", "1790000000.999999");
            case "views.open" -> {
                JsonObject view = new JsonObject();
                view.addProperty("id", "V0001");
                view.addProperty("type", "modal");
                out.add("view", view);
            }
            case "conversations.open" -> {
                JsonObject channel = new JsonObject();
                channel.addProperty("id", "D" + params.getOrDefault("users", "X"));
                out.add("channel", channel);
            }
            case "users.info" -> {
                String user = params.getOrDefault("user", "U");
                JsonObject found = new JsonObject();
                found.addProperty("id", user);
                found.addProperty("name", user.toLowerCase());
                found.addProperty("real_name", names.getOrDefault(user, "Person " + user));
                out.add("user", found);
            }
            default -> {
            }
        }
        return GSON.toJson(out);
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    public static JsonElement json(String text) {
        return GSON.fromJson(text, JsonElement.class);
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
    }
}
