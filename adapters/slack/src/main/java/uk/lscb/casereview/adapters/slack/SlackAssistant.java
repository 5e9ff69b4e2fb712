package uk.lscb.casereview.adapters.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.boards.Roles;
import uk.lscb.casereview.core.cases.CaseCommands;
import uk.lscb.casereview.core.cases.CaseService;
import uk.lscb.casereview.core.conversation.ScopingService;
import uk.lscb.casereview.core.delivery.Addresses;
import uk.lscb.casereview.core.delivery.SavedAddresses;
import uk.lscb.casereview.core.delivery.DeliveryPort;
import uk.lscb.casereview.core.delivery.PostedCopies;
import uk.lscb.casereview.core.refs.BoardId;

/**
 * The assistant as a Slack app, framework-neutral: a configured Bolt {@link App} with the
 * {@code /casereview} command, direct messages, app mentions, the answer buttons and the Chair's
 * decision card and modal. Serve it over HTTP with {@link #servlet()} at {@code /slack/events} (the
 * servlet hands Bolt the raw body, so every request's signature is checked, and one stamped more than
 * five minutes before or after now is refused),
 * or, with an app-level token, over Socket Mode with {@link #start()} / {@link #stop()}.
 *
 * <p>It decides nothing: questions, recommendations, who may decide and the decision rules are the
 * core's. Slack's redeliveries are recognised by the core from the event id, persistently. A referral
 * that becomes a case is put in front of the Chair by the scoping service's referral listener (post
 * the card through {@link #deliveryPort()} there), not by this app.
 *
 * <p>The Slack adapter's one public entry type: the rest of the adapter is reached only through it.
 */
public final class SlackAssistant {
    /**
     * The whole of one attempt at a Web API call: connecting, sending, reading the answer. OkHttp tries a failed
     * connection once more, so a call ends within two of these.
     */
    static final Duration CALL_DEADLINE = Duration.ofSeconds(5);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(5);
    private static final System.Logger LOG = System.getLogger(SlackAssistant.class.getName());

    private final SlackSettings settings;
    private final App app;
    private final SlackDelivery delivery;
    private SocketModeApp socketMode;

    /**
     * The Slack client's configuration: the Web API at {@code apiUrl}. OkHttp's defaults bound each read but not a
     * whole call, so a Slack answering a byte at a time held a thread without end; here every attempt completes or
     * fails within {@link #CALL_DEADLINE}.
     */
    static SlackConfig config(String apiUrl) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(apiUrl);
        config.setPrettyResponseLoggingEnabled(false);
        config.setHttpClientReadTimeoutMillis((int) READ_TIMEOUT.toMillis());
        config.setHttpClientWriteTimeoutMillis((int) READ_TIMEOUT.toMillis());
        config.setHttpClientCallTimeoutMillis((int) CALL_DEADLINE.toMillis());
        return config;
    }

    /**
     * @param panelChannels each board's panel channel id from configuration; a channel registered with
     *                      "register panel channel for &lt;board&gt;" (an {@code Addresses} CHANNEL
     *                      {@code panel:<board>}) takes precedence
     * @throws IllegalArgumentException in HTTP mode without a signing secret
     */
    public SlackAssistant(SlackSettings settings, ScopingService scoping, CaseService cases, Addresses addresses,
                          PostedCopies postedCopies, Roles roles, Boards boards, Map<BoardId, String> panelChannels,
                          Clock clock) {
        this(settings, scoping, cases, addresses, postedCopies, roles, boards, panelChannels, clock, Optional.empty());
    }

    /**
     * @param postedCopies where each card and reminder was posted (to update them), and which notifications were
     * @param commands answers {@code /casereview status|cases|transcript|done|delay}: the same core case
     *                 commands the scoping service answers when they are typed in a direct message
     */
    public SlackAssistant(SlackSettings settings, ScopingService scoping, CaseService cases, Addresses addresses,
                          PostedCopies postedCopies, Roles roles, Boards boards, Map<BoardId, String> panelChannels,
                          Clock clock, Optional<CaseCommands> commands) {
        this.settings = Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(clock, "clock");
        if (!settings.socketMode() && settings.signingSecret().isEmpty()) {
            throw new IllegalArgumentException("Slack in HTTP mode needs SLACK_SIGNING_SECRET: every request's "
                    + "signature is checked with it. Set it, or set SLACK_APP_TOKEN for Socket Mode.");
        }
        Slack slack = Slack.getInstance(config(settings.apiUrl()));
        AppConfig.AppConfigBuilder appConfig = AppConfig.builder().slack(slack)
                .singleTeamBotToken(settings.botToken());
        settings.signingSecret().ifPresent(appConfig::signingSecret);
        this.app = new App(appConfig.build());
        SlackApi api = new SlackApi(slack.methods(settings.botToken()), duration -> Thread.sleep(duration.toMillis()));
        // A person's direct message is remembered at each of their messages: written only when it is new.
        SavedAddresses saved = new SavedAddresses(Objects.requireNonNull(addresses, "addresses"));
        SlackHandlers handlers = new SlackHandlers(Objects.requireNonNull(scoping, "scoping"),
                Objects.requireNonNull(cases, "cases"), saved,
                Objects.requireNonNull(roles, "roles"), Objects.requireNonNull(boards, "boards"), panelChannels,
                Objects.requireNonNull(commands, "commands"), api, Objects.requireNonNull(postedCopies, "postedCopies"));
        this.delivery = new SlackDelivery(api, saved, handlers::panelChannel);
        handlers.register(app);
        LOG.log(System.Logger.Level.INFO, "Slack app configured ({0})", settings);
    }

    /** The configured Bolt app. */
    public App app() {
        return app;
    }

    /**
     * Bolt's servlet for HTTP mode, to be mapped at {@code /slack/events}; a request stamped more than
     * five minutes from now, either way, gets 401.
     */
    public SlackAppServlet servlet() {
        return new RequestFreshness(app, Clock.systemUTC());
    }

    /** Slack as a platform deliveries go to: posts and replaces cards and notices through the Web API. */
    public DeliveryPort deliveryPort() {
        return delivery;
    }

    public boolean socketMode() {
        return settings.socketMode();
    }

    /** Connects over Socket Mode when an app token is configured; in HTTP mode it only starts the app. */
    public synchronized void start() {
        if (!settings.socketMode()) {
            app.start();
            return;
        }
        if (socketMode != null) {
            return;
        }
        try {
            socketMode = new SocketModeApp(settings.appToken().orElseThrow(), SocketModeClient.Backend.JavaWebSocket,
                    app);
            socketMode.startAsync();
        } catch (Exception failed) {
            socketMode = null;
            throw new IllegalStateException("Slack Socket Mode could not connect: " + failed.getMessage(), failed);
        }
    }

    public synchronized void stop() {
        try {
            if (socketMode != null) {
                socketMode.stop();
                socketMode = null;
            } else {
                app.stop();
            }
        } catch (Exception failed) {
            LOG.log(System.Logger.Level.WARNING, "stopping Slack: {0}", failed.getMessage());
        }
    }
}
