package uk.lscb.casereview.bot.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.app_backend.SlackSignature;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import uk.lscb.casereview.adapters.slack.StubSlackApi;
import uk.lscb.casereview.adapters.teams.ActivityJson;
import uk.lscb.casereview.adapters.teams.StubConnector;
import uk.lscb.casereview.bot.CaseReviewApplication;

/**
 * Every way the application can be deployed, configured once through environment variables and once
 * through Spring properties ({@code --casereview...}): both must mean the same thing. Outside local mode
 * the Teams endpoint exists only when Teams is configured (otherwise 404: nobody can post a tokenless
 * activity to a Slack-only server), and Slack is wired exactly when its bot token is set, by either name.
 */
class PlatformModesIT {
    private static final String SECRET = "modes-it-signing-secret-0123456789";
    private static final String APP_ID = "9c1f0e2a-0000-4000-8000-00000000b07a";

    private static StubSlackApi slack;
    private static StubConnector connector;
    private static SocketServer socket;

    enum Mode {
        LOCAL(true, false, Slack.OFF),
        TEAMS_ONLY(false, true, Slack.OFF),
        SLACK_HTTP_ONLY(false, false, Slack.HTTP),
        SLACK_SOCKET_MODE_ONLY(false, false, Slack.SOCKET),
        TEAMS_AND_SLACK(false, true, Slack.HTTP);

        final boolean local;
        final boolean teams;
        final Slack slack;

        Mode(boolean local, boolean teams, Slack slack) {
            this.local = local;
            this.teams = teams;
            this.slack = slack;
        }

        /** The settings of this mode, by environment variable name and by Spring property name. */
        Map<String, String> settings(boolean environment) {
            Map<String, String> settings = new LinkedHashMap<>();
            if (teams) {
                settings.put(environment ? "MICROSOFT_APP_ID" : "casereview.teams.app-id", APP_ID);
                settings.put(environment ? "MICROSOFT_APP_PASSWORD" : "casereview.teams.app-password", "not-a-secret");
                settings.put(environment ? "MICROSOFT_APP_TENANT_ID" : "casereview.teams.tenant-id",
                        ActivityJson.TENANT);
            }
            if (slack != Slack.OFF) {
                settings.put(environment ? "SLACK_BOT_TOKEN" : "casereview.slack.bot-token", "xoxb-modes");
                settings.put(environment ? "SLACK_API_URL" : "casereview.slack.api-url", PlatformModesIT.slack.url());
            }
            if (slack == Slack.HTTP) {
                settings.put(environment ? "SLACK_SIGNING_SECRET" : "casereview.slack.signing-secret", SECRET);
            }
            if (slack == Slack.SOCKET) {
                settings.put(environment ? "SLACK_APP_TOKEN" : "casereview.slack.app-token", "xapp-modes");
            }
            return settings;
        }
    }

    enum Slack { OFF, HTTP, SOCKET }

    static Stream<Arguments> modes() {
        List<Arguments> modes = new ArrayList<>();
        for (Mode mode : Mode.values()) {
            modes.add(Arguments.of(mode, "environment variables"));
            if (mode != Mode.LOCAL) {
                modes.add(Arguments.of(mode, "Spring properties"));
            }
        }
        return modes.stream();
    }

    @BeforeAll
    static void stubs() throws Exception {
        slack = new StubSlackApi();
        connector = new StubConnector();
        socket = new SocketServer();
        socket.start();
        assertThat(socket.started.await(10, TimeUnit.SECONDS)).as("the stub WebSocket server started").isTrue();
        slack.socketUrl("ws://127.0.0.1:" + socket.getPort() + "/link");
    }

    @AfterAll
    static void stopStubs() throws Exception {
        slack.close();
        connector.close();
        socket.stop(1000);
    }

    private static ConfigurableApplicationContext start(Mode mode, String source) {
        boolean environment = source.startsWith("environment");
        Map<String, Object> variables = new LinkedHashMap<>();
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1",
                "--casereview.reminders.first-sweep-after=PT1H"));
        mode.settings(environment).forEach((name, value) -> {
            if (environment) {
                variables.put(name, value);
            } else {
                args.add("--" + name + "=" + value);
            }
        });
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        variables));
        return new SpringApplicationBuilder(CaseReviewApplication.class).environment(env)
                .run(args.toArray(String[]::new));
    }

    @ParameterizedTest(name = "{0} set by {1}")
    @MethodSource("modes")
    void eachPlatformEndpointExistsExactlyWhenThatPlatformIsConfigured(Mode mode, String source) throws Exception {
        socket.opened.clear();
        try (ConfigurableApplicationContext app = start(mode, source)) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();

            assertThat(app.getBean(Deployment.class).localMode()).as("local mode").isEqualTo(mode.local);

            int teams = postTeamsMessage(port);
            if (mode.local) {
                assertThat(teams).as("/api/messages in local mode").isBetween(200, 202);
            } else if (mode.teams) {
                assertThat(teams).as("/api/messages without a token").isEqualTo(401);
            } else {
                assertThat(teams).as("/api/messages with Teams not configured").isEqualTo(404);
            }

            int slackEvents = postSignedSlackChallenge(port);
            assertThat(slackEvents).as("/slack/events").isEqualTo(mode.slack == Slack.HTTP ? 200 : 404);

            if (mode.slack == Slack.SOCKET) {
                assertThat(socket.opened.poll(20, TimeUnit.SECONDS)).as("a Socket Mode connection").isNotNull();
            }
        }
    }

    private static int postTeamsMessage(int port) throws Exception {
        String activity = new ActivityJson(connector.url(), "2026-11-28T12:00:00.1234567Z")
                .personalText("a:modes", "00000000-0000-0000-0000-000000007ac1", "start").toString();
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/messages"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(activity)));
    }

    private static int postSignedSlackChallenge(int port) throws Exception {
        String body = "{\"token\":\"legacy\",\"challenge\":\"modes\",\"type\":\"url_verification\"}";
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slack/events"))
                .header("Content-Type", "application/json")
                .header("X-Slack-Request-Timestamp", timestamp)
                .header("X-Slack-Signature", new SlackSignature.Generator(SECRET).generate(timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private static int send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    /** Stands in for Slack's Socket Mode WebSocket: records each connection the app opens. */
    static final class SocketServer extends WebSocketServer {
        final BlockingQueue<String> opened = new LinkedBlockingQueue<>();
        final CountDownLatch started = new CountDownLatch(1);

        SocketServer() {
            super(new InetSocketAddress("127.0.0.1", 0));
        }

        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {
            opened.add(handshake.getResourceDescriptor());
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        }

        @Override
        public void onMessage(WebSocket conn, String message) {
        }

        @Override
        public void onError(WebSocket conn, Exception ex) {
        }

        @Override
        public void onStart() {
            started.countDown();
        }
    }
}
