package uk.lscb.casereview.adapters.teams;

import com.auth0.jwt.exceptions.JWTVerificationException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.BotCallbackHandler;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.AuthenticationException;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.connector.rest.ErrorResponseException;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.restclient.RestClient;
import com.microsoft.bot.restclient.ServiceResponseBuilder;
import com.microsoft.bot.integration.Configuration;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.Entity;
import com.microsoft.bot.schema.Mention;
import com.microsoft.bot.schema.ResourceResponse;
import com.microsoft.bot.schema.RoleTypes;
import com.microsoft.bot.schema.Serialization;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.MalformedURLException;
import java.net.SocketException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.boards.Roles;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.CaseService;
import uk.lscb.casereview.core.conversation.ScopingService;
import uk.lscb.casereview.core.delivery.Addresses;
import uk.lscb.casereview.core.delivery.DeliveryPort;
import uk.lscb.casereview.core.delivery.SavedAddresses;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.store.StoreUnavailableException;

/**
 * Microsoft Teams, framework-neutral: give it the raw body of a {@code POST /api/messages} and its
 * {@code Authorization} header, send back the {@link Response}. With an app id set every request's token
 * is validated by the Bot Framework SDK (missing, malformed or forged → 401); with a tenant id as well,
 * outgoing tokens come from that tenant (a single-tenant bot). With no app id it runs in local mode: no
 * token check, never for real cases. Bad input is 400, never 500.
 *
 * <p>The Teams adapter's one public entry type: the rest of the adapter is reached only through it.
 */
public final class TeamsBot {
    private static final System.Logger LOG = System.getLogger(TeamsBot.class.getName());
    /** Teams gives up on a turn after about 15 s; answer well inside it. */
    static final Duration TURN_BUDGET = Duration.ofSeconds(12);
    /** The error codes of this endpoint's refusals, as every endpoint's: snake case, stable. */
    private static final String UNAUTHORIZED = "unauthorized";
    private static final String TIMEOUT = "turn_timeout";
    private static final String NO_TOKEN = "The request has no valid Bot Framework token.";
    private static final String TOO_LONG = "The turn took too long; please try again.";
    private static final String NOT_DELIVERED = "The reply could not be delivered: the Bot Connector could not be "
            + "reached or refused it. Please try again.";
    /** The whole of one call to the Bot Connector (connecting, sending, reading the answer), well inside a turn. */
    static final Duration CONNECTOR_CALL_DEADLINE = Duration.ofSeconds(10);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final List<String> TIMESTAMPS = List.of("timestamp", "localTimestamp");
    private static final Pattern FRACTION = Pattern.compile("T\\d{2}:\\d{2}:\\d{2}[.,]\\d");
    private static final DateTimeFormatter WHOLE_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'.0'XXX");
    /**
     * A conversation's or an activity's id as it goes into the path (a conversation's also into a header) of a call to
     * the Bot Connector: printable ASCII, not a path's {@code .} or {@code ..}, and at most 1000 characters, far more
     * than any id Teams, Web Chat or the Emulator gives.
     */
    private static final Pattern CONNECTOR_ID = Pattern.compile("(?!\\.{1,2}\\z)[\\x20-\\x7E]{1,1000}");
    private static final String CONNECTOR_ID_RULE = "up to 1000 printable ASCII characters (and not \".\" or \"..\")";

    /** What to answer: an HTTP status and a JSON body (empty for none). */
    public record Response(int status, String body) {
        public Response {
            body = body == null ? "" : body;
        }

        static Response of(int status) {
            return new Response(status, "");
        }

        /**
         * An error as every endpoint of the application answers one, {@code {"error": code, "message": plain words}}:
         * the words say what was wrong and never repeat what was sent.
         */
        static Response error(int status, String error, String message) {
            return new Response(status, Serialization.toStringSilent(errorBody(error, message)));
        }

        /** 500, saying nothing of the cause. */
        public static Response failed() {
            return error(500, "internal_error", "Something went wrong on our side.");
        }
    }

    /** The body of an error: {@code {"error": code, "message": plain words}}, in that order. */
    static Map<String, String> errorBody(String error, String message) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("message", message);
        return body;
    }

    private final TeamsSettings settings;
    private final Adapter adapter;
    private final TeamsHandler handler;
    private final SavedAddresses addresses;
    private final Boards boards;
    private final PanelChannels panels;
    private final Proactive proactive;
    private final TurnWatch watch;

    /** As below, telling nobody of new cases: the application hears of them from the scoping service. */
    public TeamsBot(TeamsSettings settings, ScopingService scoping, CaseService cases, Addresses addresses,
                    Roles roles, Boards boards, Map<BoardId, String> panelChannels) {
        this(settings, scoping, cases, addresses, roles, boards, panelChannels, created -> { });
    }

    /**
     * @param panelChannels panel channel conversation ids per board from configuration (channels registered
     *                      with {@code register panel channel for <board>} are read from {@code addresses})
     * @param onCaseCreated told when a referral made in Teams has become a case (to post the Chair's card)
     */
    public TeamsBot(TeamsSettings settings, ScopingService scoping, CaseService cases, Addresses addresses,
                    Roles roles, Boards boards, Map<BoardId, String> panelChannels,
                    Consumer<CaseRecord> onCaseCreated) {
        this(settings, scoping, cases, addresses, roles, boards, panelChannels, onCaseCreated, TurnWatch.standard());
    }

    /** As above, with the turn budget kept by {@code watch}. */
    TeamsBot(TeamsSettings settings, ScopingService scoping, CaseService cases, Addresses addresses, Roles roles,
             Boards boards, Map<BoardId, String> panelChannels, Consumer<CaseRecord> onCaseCreated, TurnWatch watch) {
        this.watch = Objects.requireNonNull(watch, "watch");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.addresses = new SavedAddresses(Objects.requireNonNull(addresses, "addresses"));
        this.boards = Objects.requireNonNull(boards, "boards");
        this.adapter = new Adapter(settings);
        this.panels = new PanelChannels(this.addresses, boards, Objects.requireNonNull(panelChannels, "panelChannels"));
        this.proactive = new Proactive(adapter, settings.appId(), ConnectorRetry.standard());
        this.handler = new TeamsHandler(settings, Objects.requireNonNull(scoping, "scoping"),
                Objects.requireNonNull(cases, "cases"), this.addresses, Objects.requireNonNull(roles, "roles"), boards,
                panels, Objects.requireNonNull(onCaseCreated, "onCaseCreated"));
        if (settings.localMode()) {
            LOG.log(System.Logger.Level.WARNING, "TEAMS LOCAL MODE: no MICROSOFT_APP_ID, so no request's token is "
                    + "checked. Not for real cases.");
        }
    }

    public boolean localMode() {
        return settings.localMode();
    }

    /** Teams as a platform deliveries go to: posts and replaces cards and notices through this bot's connection. */
    public DeliveryPort deliveryPort() {
        return delivery();
    }

    TeamsDelivery delivery() {
        return new TeamsDelivery(proactive, panels, addresses, boards);
    }

    /**
     * Handles one {@code POST /api/messages} on the calling thread, which returns when the turn has ended.
     * {@code answer} is given the response once: a refusal at once; the turn's own response when the turn ends within
     * {@link #TURN_BUDGET}; when it has not, 202 for a message (whose replies go through the Bot Connector and follow)
     * or 503 for a card action, given at the budget on another thread while the turn goes on on this one. A turn
     * runs on the thread that received it so that the common turn hands nothing to another thread and waits for no
     * thread to wake ({@link TurnWatch}); every call the turn makes to the Bot Connector has its own deadline.
     */
    public void handle(String body, String authorizationHeader, Consumer<Response> answer) {
        Incoming incoming = read(body, authorizationHeader);
        if (incoming.refusal() != null) {
            answer.accept(incoming.refusal());
            return;
        }
        Activity activity = incoming.activity();
        TurnWatch.Watched turn = watch.start(() -> answer.accept(overran(activity)));
        Response response;
        try {
            InvokeResponse invoked = adapter.processIncomingActivity(
                    authorizationHeader == null ? "" : authorizationHeader, activity, handler).join();
            response = invoked == null ? Response.of(202) : new Response(invoked.getStatus(),
                    invoked.getBody() == null ? "" : Serialization.toStringSilent(invoked.getBody()));
        } catch (RuntimeException failed) {
            response = failure(failed); // a CompletionException too: failure looks through it
        }
        if (turn.claim()) {
            answer.accept(response);
        }
    }

    /** The answer to a turn still running at the end of its budget. */
    private static Response overran(Activity activity) {
        if (!ActivityTypes.INVOKE.equals(activity.getType())) {
            // A message's answer is posted through the Bot Connector, not in this response: the turn goes on
            // and its replies follow, so the message is accepted rather than reported as failed.
            LOG.log(System.Logger.Level.WARNING, "a Teams turn took longer than {0} s; it goes on and its "
                    + "replies follow", TURN_BUDGET.toSeconds());
            return Response.of(202);
        }
        LOG.log(System.Logger.Level.WARNING, "a Teams card action took longer than {0} s", TURN_BUDGET.toSeconds());
        return Response.error(503, TIMEOUT, TOO_LONG);
    }

    /** A request's activity, or why it is refused. */
    private record Incoming(Activity activity, Response refusal) {
        static Incoming refused(int status, String error, String message) {
            return new Incoming(null, Response.error(status, error, message));
        }

        /** 400: the body is no activity this bot can take, for the reason given. */
        static Incoming invalid(String message) {
            return refused(400, "invalid_activity", message);
        }
    }

    private Incoming read(String body, String authorizationHeader) {
        if (body == null || body.isBlank()) {
            return Incoming.invalid("No activity in the request body.");
        }
        Activity activity;
        try {
            JsonNode tree = Serialization.jsonToTree(body);
            if (tree == null || !tree.isObject()) {
                return Incoming.invalid("The request body is not an activity.");
            }
            for (String field : TIMESTAMPS) {
                if (!normaliseTimestamp((ObjectNode) tree, field)) {
                    return Incoming.invalid("The activity's " + field + " is not an ISO-8601 date and time "
                            + "with an offset, e.g. 2026-11-28T10:00:00.000Z.");
                }
            }
            activity = Serialization.treeToValue(tree, Activity.class);
        } catch (IOException | RuntimeException unreadable) {
            return Incoming.invalid("The request body is not valid activity JSON.");
        }
        if (activity == null || blank(activity.getType())) {
            return Incoming.invalid("The activity has no type.");
        }
        if (blank(activity.getServiceUrl())) {
            return Incoming.invalid("The activity has no serviceUrl.");
        }
        if (!isHttpUrl(activity.getServiceUrl())) {
            return Incoming.invalid("The activity's serviceUrl is not an http or https URL with a host (and a "
                    + "port from 1 to 65535, if any), with no query, fragment or spaces.");
        }
        if (activity.getConversation() == null || blank(activity.getConversation().getId())) {
            return Incoming.invalid("The activity has no conversation.");
        }
        if (!CONNECTOR_ID.matcher(activity.getConversation().getId()).matches()) {
            return Incoming.invalid("The activity's conversation id must be " + CONNECTOR_ID_RULE + ".");
        }
        if (activity.getId() != null && !CONNECTOR_ID.matcher(activity.getId()).matches()) {
            return Incoming.invalid("The activity's id must be " + CONNECTOR_ID_RULE + ".");
        }
        if (!settings.localMode() && blank(authorizationHeader)) {
            return Incoming.refused(401, UNAUTHORIZED, NO_TOKEN);
        }
        if (activity.getFrom() == null || blank(activity.getFrom().getId())) {
            return Incoming.invalid("The activity has no sender.");
        }
        Optional<String> unreadable = unreadablePart(activity);
        if (unreadable.isPresent()) {
            return Incoming.invalid(unreadable.get());
        }
        // The assistant speaks UK English to everyone, and the SDK made each activity's locale the whole JVM's default
        // (BotAdapter.runPipeline calls Locale.setDefault), so that one client's Thai or Arabic changed how every
        // thread formatted numbers and dates; one that was not a language tag failed the turn with a 500.
        activity.setLocale(null);
        if (activity.getRecipient() != null && activity.getRecipient().getRole() == null) {
            // The schema makes role optional, but the SDK reads it unguarded (JwtTokenValidation, emulator
            // channel, no token): the recipient of an incoming activity is this bot.
            activity.getRecipient().setRole(RoleTypes.BOT);
        }
        return new Incoming(activity, null);
    }

    /** Why a part of the activity cannot be right, when one cannot (each failed deep inside the turn, with a 500). */
    private static Optional<String> unreadablePart(Activity activity) {
        if (hasNull(activity.getMembersAdded()) || hasNull(activity.getMembersRemoved())) {
            return Optional.of("The activity's membersAdded or membersRemoved has an empty member.");
        }
        List<Entity> entities = activity.getEntities() == null ? List.of() : activity.getEntities();
        if (entities.stream().anyMatch(entity -> entity == null || blank(entity.getType()))) {
            return Optional.of("Each of the activity's entities needs a type.");
        }
        if (entities.stream().anyMatch(entity -> entity.getType().equalsIgnoreCase("mention")
                && Serialization.getAs(entity, Mention.class) == null)) {
            return Optional.of("A mention among the activity's entities cannot be read: its mentioned must be "
                    + "an account, e.g. {\"id\": \"28:...\", \"name\": \"...\"}.");
        }
        if (ActivityTypes.EVENT.equals(activity.getType()) && blank(activity.getName())) {
            return Optional.of("The event has no name.");
        }
        return Optional.empty();
    }

    private static boolean hasNull(List<?> list) {
        return list != null && list.stream().anyMatch(Objects::isNull);
    }

    private static Response failure(Throwable failed) {
        for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
            if (cause instanceof AuthenticationException || cause instanceof JWTVerificationException
                    || cause instanceof SecurityException) {
                return Response.error(401, UNAUTHORIZED, NO_TOKEN);
            }
            if (cause instanceof StoreUnavailableException) {
                return inOneLine(cause, cause.getMessage(), 503, "store_unavailable",
                        "The case store cannot be reached just now; please try again in a minute.");
            }
            if (cause instanceof ErrorResponseException refused) {
                return inOneLine(cause, "the Bot Connector refused its reply ("
                        + (refused.response() == null ? "no status" : "status " + refused.response().code()) + ")",
                        502, "not_delivered", NOT_DELIVERED);
            }
            if (cause instanceof SocketException || cause instanceof UnknownHostException
                    || cause instanceof SSLException) {
                return inOneLine(cause, "the Bot Connector could not be reached (" + cause + ")", 502,
                        "not_delivered", NOT_DELIVERED);
            }
            if (cause instanceof InterruptedIOException) {
                LOG.log(System.Logger.Level.WARNING, "a Teams turn ran out of time: the Bot Connector did not answer "
                        + "within {0} s", CONNECTOR_CALL_DEADLINE.toSeconds());
                return Response.error(503, TIMEOUT, TOO_LONG);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        Throwable shown = failed instanceof CompletionException && failed.getCause() != null ? failed.getCause() : failed;
        LOG.log(System.Logger.Level.ERROR, "a Teams turn failed", shown);
        return Response.failed();
    }

    /**
     * A failure that is not the assistant's own: one warning line saying what failed (the operation, a status, an
     * address; never a document), the stack trace only for whoever turns DEBUG on.
     */
    private static Response inOneLine(Throwable cause, String what, int status, String error, String message) {
        LOG.log(System.Logger.Level.WARNING, "a Teams turn failed: {0}", what);
        LOG.log(System.Logger.Level.DEBUG, "a Teams turn failed", cause);
        return Response.error(status, error, message);
    }

    /**
     * The SDK's parser reads timestamps only with fractional seconds (its pattern is {@code ss.n}): a valid
     * ISO-8601 timestamp without them, such as {@code 2026-11-28T10:00:00Z}, left the activity unread ("no
     * type"). Such a timestamp gets {@code .0} seconds; one with a fraction is left as it came. False when the
     * field is there but is not an ISO-8601 date and time with an offset.
     */
    static boolean normaliseTimestamp(ObjectNode activity, String field) {
        JsonNode value = activity.get(field);
        if (value == null || value.isNull()) {
            return true;
        }
        OffsetDateTime parsed;
        try {
            parsed = OffsetDateTime.parse(value.asText());
        } catch (DateTimeParseException unreadable) {
            return false;
        }
        if (!FRACTION.matcher(value.asText()).find()) {
            activity.put(field, WHOLE_SECONDS.format(parsed));
        }
        return true;
    }

    /**
     * An http or https URL with a host, no query and no fragment, read as the connector client is made from it: as a
     * URI (nothing around it), then by OkHttp, which makes the calls (a port from 1 to 65535, if any). The SDK
     * refused anything else with an IllegalArgumentException deep inside the turn.
     */
    static boolean isHttpUrl(String url) {
        try {
            URI uri = new URI(url);
            return uri.getHost() != null && uri.getRawQuery() == null && uri.getRawFragment() == null
                    && HttpUrl.parse(url) != null;
        } catch (URISyntaxException notAUrl) {
            return false;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** The SDK's adapter, from a map-backed configuration; single-tenant credentials when a tenant is set. */
    static final class Adapter extends BotFrameworkHttpAdapter {
        private final TeamsSettings settings;
        private final Map<String, ConnectorClient> connectorClients = new ConcurrentHashMap<>();

        Adapter(TeamsSettings settings) {
            super(configuration(settings));
            this.settings = settings;
            use(new SubmitOnlyOutsideTeams());
        }

        /**
         * The SDK's connector client, with deadlines: its own builder reads for up to 120 s and connects for up to
         * 60 s, so a {@code serviceUrl} that never answered held the turn (and its request thread) for two minutes.
         * Here each call connects within 5 s and completes within {@link #CONNECTOR_CALL_DEADLINE}. One client per
         * service URL and credentials, as the SDK caches them; an unreadable URL fails as the SDK's does.
         */
        @Override
        protected CompletableFuture<ConnectorClient> getOrCreateConnectorClient(String serviceUrl,
                                                                                AppCredentials credentials) {
            String key = keyForConnectorClient(serviceUrl, credentials == null ? null : credentials.getAppId(),
                    credentials == null ? null : credentials.oAuthScope());
            try {
                return CompletableFuture.completedFuture(connectorClients.computeIfAbsent(key,
                        unused -> connectorClient(serviceUrl, credentials)));
            } catch (IllegalArgumentException invalid) {
                return CompletableFuture.failedFuture(invalid);
            }
        }

        static PostingConnectorClient connectorClient(String serviceUrl, AppCredentials credentials) {
            String url;
            try {
                url = new URI(serviceUrl).toURL().toString();
            } catch (URISyntaxException | MalformedURLException | IllegalArgumentException | NullPointerException bad) {
                throw new IllegalArgumentException(String.format("Invalid Service URL: %s", serviceUrl), bad);
            }
            OkHttpClient.Builder http = new OkHttpClient.Builder().callTimeout(CONNECTOR_CALL_DEADLINE);
            RestClient client = new RestClient.Builder(http, new Retrofit.Builder()
                    .addCallAdapterFactory(new CallingThreadCalls()))
                    .withBaseUrl(url)
                    .withCredentials(credentials != null ? credentials : MicrosoftAppCredentials.empty())
                    .withSerializerAdapter(new UnflattenedJson())
                    .withResponseBuilderFactory(new ServiceResponseBuilder.Factory())
                    .withConnectionTimeout(CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                    .withReadTimeout(CONNECTOR_CALL_DEADLINE.toMillis(), TimeUnit.MILLISECONDS)
                    .build();
            return new PostingConnectorClient(client);
        }

        /**
         * As the SDK sends them, with each card as the JSON it is ({@link RawCards}), and on the thread that sends
         * them: the SDK hands every send to its own executor, whose thread makes the calls while the turn waits for
         * it. Activities the SDK does not post (a delay, an invoke's response, a trace) go through the SDK.
         */
        @Override
        public CompletableFuture<ResourceResponse[]> sendActivities(TurnContext context, List<Activity> activities) {
            if (context == null || activities == null || activities.isEmpty()
                    || !activities.stream().allMatch(Adapter::posted)) {
                return RawCards.whileSending(activities, () -> super.sendActivities(context, activities));
            }
            return RawCards.whileSending(activities, () -> {
                try {
                    return CompletableFuture.completedFuture(post(context, activities));
                } catch (CompletionException failed) {
                    return CompletableFuture.failedFuture(failed);
                } catch (RuntimeException failed) {
                    return CompletableFuture.failedFuture(new CompletionException(failed));
                }
            });
        }

        private static boolean posted(Activity activity) {
            return activity != null && !activity.isType(ActivityTypes.DELAY)
                    && !activity.isType(ActivityTypes.INVOKE_RESPONSE) && !activity.isType(ActivityTypes.TRACE);
        }

        /** Each activity in turn as a reply to the activity it answers, or else to the conversation, as the SDK does. */
        private static ResourceResponse[] post(TurnContext context, List<Activity> activities) {
            // every connector client of this adapter is made by getOrCreateConnectorClient, above
            PostingConnectorClient client = context.getTurnState().get(CONNECTOR_CLIENT_KEY);
            ResourceResponse[] responses = new ResourceResponse[activities.size()];
            for (int index = 0; index < responses.length; index++) {
                Activity activity = activities.get(index);
                activity.setId(null);
                String replyTo = activity.getReplyToId();
                ResourceResponse response = replyTo == null || replyTo.isEmpty()
                        ? client.sendToConversation(activity).join()
                        : client.replyToActivity(activity).join();
                responses[index] = response != null ? response
                        : new ResourceResponse(activity.getId() == null ? "" : activity.getId());
            }
            return responses;
        }

        /** As the SDK updates it, with its card as the JSON it is ({@link RawCards}). */
        @Override
        public CompletableFuture<ResourceResponse> updateActivity(TurnContext context, Activity activity) {
            return RawCards.whileSending(List.of(activity), () -> super.updateActivity(context, activity));
        }

        /**
         * The turn, finished before it is handed back: the SDK closes the turn's context as soon as the pipeline has
         * started (BotFrameworkAdapter.processActivity) and sends an invoke's response on its own executor, which
         * adds to the context's state — while it is being closed, when that send was late (a
         * ConcurrentModificationException, answered 500 to a card press). A turn runs on the thread that received it,
         * which waits for the turn's sends already.
         */
        @Override
        protected CompletableFuture<Void> runPipeline(TurnContext context, BotCallbackHandler callback) {
            try {
                super.runPipeline(context, callback).join();
                return CompletableFuture.completedFuture(null);
            } catch (CompletionException failed) {
                return CompletableFuture.failedFuture(failed.getCause() == null ? failed : failed.getCause());
            }
        }

        @Override
        protected CompletableFuture<AppCredentials> buildAppCredentials(String appId, String oAuthScope) {
            if (settings.singleTenant() && !settings.localMode()) {
                return CompletableFuture.completedFuture(new MicrosoftAppCredentials(appId, settings.appPassword(),
                        settings.tenantId(), oAuthScope));
            }
            return super.buildAppCredentials(appId, oAuthScope);
        }

        private static Configuration configuration(TeamsSettings settings) {
            Properties properties = new Properties();
            properties.setProperty("MicrosoftAppId", settings.appId());
            properties.setProperty("MicrosoftAppPassword", settings.appPassword());
            if (settings.singleTenant()) {
                properties.setProperty("MicrosoftAppTenantId", settings.tenantId());
            }
            return new Configuration() {
                @Override
                public String getProperty(String key) {
                    return properties.getProperty(key);
                }

                @Override
                public Properties getProperties() {
                    return properties;
                }

                @Override
                public String[] getProperties(String key) {
                    String value = properties.getProperty(key);
                    return value == null ? null : value.split(",");
                }
            };
        }
    }
}
