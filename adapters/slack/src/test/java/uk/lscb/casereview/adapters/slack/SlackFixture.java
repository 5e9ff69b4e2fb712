package uk.lscb.casereview.adapters.slack;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.slack.api.app_backend.SlackSignature;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.boards.Roles;
import uk.lscb.casereview.core.boards.Roles.PlatformId;
import uk.lscb.casereview.core.cases.CaseCommands;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.CaseService;
import uk.lscb.casereview.core.cases.Cases;
import uk.lscb.casereview.core.cases.ChairArrivals;
import uk.lscb.casereview.core.cases.DecisionCard;
import uk.lscb.casereview.core.cases.FollowUpProcessor;
import uk.lscb.casereview.core.conversation.Conversation;
import uk.lscb.casereview.core.conversation.PackConversations;
import uk.lscb.casereview.core.conversation.ScopingService;
import uk.lscb.casereview.core.deadlines.ReminderPolicy;
import uk.lscb.casereview.core.delivery.DecisionRequests;
import uk.lscb.casereview.core.delivery.InMemoryPostedCopies;
import uk.lscb.casereview.core.delivery.Notification;
import uk.lscb.casereview.core.delivery.PlatformDelivery;
import uk.lscb.casereview.core.followups.CaseNotifications;
import uk.lscb.casereview.core.memory.InMemoryAddresses;
import uk.lscb.casereview.core.memory.InMemoryCases;
import uk.lscb.casereview.core.memory.InMemoryConversations;
import uk.lscb.casereview.core.memory.InMemoryReminderJobs;
import uk.lscb.casereview.core.memory.InMemoryTranscripts;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.reminders.ReminderScheduler;
import uk.lscb.casereview.core.rules.RulePacks;
import uk.lscb.casereview.core.rules.wt2015.Wt2015;

/**
 * The Slack app on a real servlet container on a random port, through the real Bolt library, with its
 * Web API calls going to a local stub and the core on in-memory ports.
 */
final class SlackFixture extends SlackRequests implements AutoCloseable {
    static final String SECRET = "test-signing-secret-0123456789abcdef";
    static final BoardId STAFFORDSHIRE = new BoardId("staffordshire");
    static final String CHAIR = "UCHAIR01";
    static final String ADMIN = "UADMIN01";
    static final String PRACTITIONER = "UPRAC001";
    static final String BUSINESS_MANAGER = "UBUSMGR1";
    static final String PANEL = "CPANEL01";

    final StubSlackApi slack = new StubSlackApi();
    final InMemoryCases cases = new InMemoryCases();
    final InMemoryAddresses addresses = new InMemoryAddresses();
    final InMemoryTranscripts transcripts = new InMemoryTranscripts();
    final InMemoryConversations conversations = new InMemoryConversations();
    final Roles roles = new Roles(
            Map.of(STAFFORDSHIRE, Set.of(new PlatformId(Platform.SLACK, CHAIR))),
            Map.of(STAFFORDSHIRE, Set.of(new PlatformId(Platform.SLACK, ADMIN))),
            Map.of(STAFFORDSHIRE, Set.of(new PlatformId(Platform.SLACK, BUSINESS_MANAGER))));
    final Boards boards = Boards.staffordshireAndStoke();
    final Clock clock = Clock.fixed(Instant.now(), ZoneId.of("Europe/London"));
    final InMemoryPostedCopies postedCopies = new InMemoryPostedCopies(clock);
    final AtomicReference<DecisionRequests> listenerTarget = new AtomicReference<>();
    /** What the core's notifications posted to the panel channels (application wiring only). */
    final List<Notification> panelNotes = new java.util.concurrent.CopyOnWriteArrayList<>();
    final CaseService caseService;
    final SlackAssistant assistant;
    private final Tomcat tomcat;
    private final int port;

    /** Slack's posting as core decides it, through the app's delivery port. */
    PlatformDelivery delivery() {
        return new PlatformDelivery(assistant.deliveryPort(), roles, postedCopies);
    }

    SlackFixture() throws Exception {
        this(false);
    }

    /**
     * @param application wired as the application is (the Chair's card posted and retried through the core's
     *                    follow-ups, undelivered cards posted when the Chair writes) and with no panel channel;
     *                    otherwise the card is posted straight to the platform and the panel channel is configured
     */
    SlackFixture(boolean application) throws Exception {
        this(application, UnaryOperator.identity());
    }

    /**
     * @param store the case store the app is given, made from {@link #cases} (a test's store that fails); the test
     *              reads and writes {@link #cases} itself
     */
    SlackFixture(boolean application, UnaryOperator<Cases> store) throws Exception {
        super(SECRET, null);
        Cases appCases = store.apply(cases);
        slack.name(CHAIR, "Pat Chair");
        slack.name(PRACTITIONER, "Sam Practitioner");
        slack.name(BUSINESS_MANAGER, "Bo Manager");
        RulePacks packs = new RulePacks(List.of(Wt2015.pack()));
        AtomicReference<FollowUpProcessor> followUps = new AtomicReference<>();
        caseService = new CaseService(appCases, roles, boards, packs, clock, (before, after, action) -> {
            if (application) {
                followUps.get().changed(before, after, action);
                return;
            }
            DecisionRequests target = listenerTarget.get();
            if (target != null) {
                target.update(after, caseService().card(after));
            }
        });
        DecisionRequests platform = new DecisionRequests() {
            @Override
            public boolean post(CaseRecord record, DecisionCard card) {
                return listenerTarget.get().post(record, card);
            }

            @Override
            public boolean postTo(UserRef chair, CaseRecord record, DecisionCard card) {
                return listenerTarget.get().postTo(chair, record, card);
            }

            @Override
            public void update(CaseRecord record, DecisionCard card) {
                listenerTarget.get().update(record, card);
            }
        };
        CaseNotifications notifications = new CaseNotifications(appCases, List.of(platform), panelNotes::add, List.of(),
                new ReminderScheduler(new InMemoryReminderJobs(), ReminderPolicy.englandAndWales()), boards, packs,
                clock);
        followUps.set(new FollowUpProcessor(appCases, notifications, clock, "slack-it", Duration.ofMinutes(2)));
        ChairArrivals arrivals = new ChairArrivals(roles, followUps.get());
        CaseCommands commands = new CaseCommands(appCases, transcripts, caseService, roles, boards, clock,
                notifications::postCardTo);
        Conversation conversation = new Conversation(Wt2015.pack(), boards, clock);
        // As the application wires it: the scoping service's referral listener puts a new case in front of the Chair.
        ScopingService scoping = application
                ? new ScopingService(PackConversations.of(conversation), conversations, transcripts, appCases, clock,
                Optional.of(commands), record -> followUps.get().referred(record), arrivals::reachable)
                : new ScopingService(PackConversations.of(conversation), conversations, transcripts, appCases, clock,
                Optional.of(commands), record -> {
                    DecisionRequests target = listenerTarget.get();
                    if (target != null) {
                        target.post(record, caseService().card(record));
                    }
                });
        assistant = new SlackAssistant(SlackSettings.http("xoxb-test-token", SECRET, slack.url()), scoping,
                caseService, addresses, postedCopies, roles, boards, application ? Map.of() : Map.of(STAFFORDSHIRE, PANEL), clock,
                Optional.of(commands));
        listenerTarget.set(delivery());
        tomcat = new Tomcat();
        // Under target/, as the bot's tests keep theirs: Tomcat leaves its work directory behind when it stops.
        Path tomcats = Files.createDirectories(Path.of("target", "slack-it-tomcat"));
        tomcat.setBaseDir(Files.createTempDirectory(tomcats, "tomcat").toString());
        Connector connector = new Connector();
        connector.setPort(0);
        connector.setProperty("address", "127.0.0.1");
        tomcat.setConnector(connector);
        Context context = tomcat.addContext("", null);
        Tomcat.addServlet(context, "slack", assistant.servlet());
        context.addServletMappingDecoded("/slack/events", "slack");
        tomcat.start();
        port = connector.getLocalPort();
        target("http://127.0.0.1:" + port + "/slack/events");
    }

    /** Waits (with a deadline) until every task the app queued on its executor has run. */
    void awaitIdle() throws InterruptedException {
        java.util.concurrent.ThreadPoolExecutor executor =
                (java.util.concurrent.ThreadPoolExecutor) assistant.app().executorService();
        await("the app's executor idle", () -> executor.getCompletedTaskCount() == executor.getTaskCount());
    }

    private CaseService caseService() {
        return caseService;
    }

    List<StubSlackApi.Call> postsTo(String channel) {
        return slack.postsTo(channel);
    }

    /** The practitioner's side of a DM with this app, its posts read from the stub Web API. */
    SlackDriver driver(String practitioner) {
        return new SlackDriver(this, slack, conversations, practitioner, CHAIR, "UPANEL01");
    }

    @Override
    public void close() throws Exception {
        assistant.stop();
        tomcat.stop();
        tomcat.destroy();
        slack.close();
    }
}
