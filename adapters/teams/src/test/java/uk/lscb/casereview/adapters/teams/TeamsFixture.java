package uk.lscb.casereview.adapters.teams;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.boards.Roles;
import uk.lscb.casereview.core.cases.CaseCommands;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.CaseService;
import uk.lscb.casereview.core.cases.ChairArrivals;
import uk.lscb.casereview.core.cases.DecisionCard;
import uk.lscb.casereview.core.cases.FollowUpProcessor;
import uk.lscb.casereview.core.contracts.CountedAddresses;
import uk.lscb.casereview.core.conversation.Conversation;
import uk.lscb.casereview.core.conversation.PackConversations;
import uk.lscb.casereview.core.conversation.ScopingService;
import uk.lscb.casereview.core.deadlines.ReminderPolicy;
import uk.lscb.casereview.core.delivery.Addresses;
import uk.lscb.casereview.core.delivery.DecisionRequests;
import uk.lscb.casereview.core.delivery.DeliveryJob;
import uk.lscb.casereview.core.delivery.DeliveryJobs;
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

/** The whole Teams side wired to core's in-memory ports, and real Teams activity JSON to feed it. */
final class TeamsFixture extends ActivityJson {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneId.of("Europe/London"));
    static final BoardId STAFFORDSHIRE = new BoardId("staffordshire");
    static final String CHAIR_AAD = "00000000-0000-0000-0000-00000000c4a1";
    static final String ADMIN_AAD = "00000000-0000-0000-0000-0000000ad411";
    static final String PRACTITIONER_AAD = "00000000-0000-0000-0000-0000000p4ac1".replace('p', '7');

    /** The bot's addresses, counting the saves that reach the store. */
    private final CountedAddresses countedAddresses = new CountedAddresses();
    final InMemoryAddresses addresses = countedAddresses.stored();
    /** Every address the bot asked the store to save, in order. */
    final List<Addresses.Address> addressSaves = countedAddresses.saves();
    final InMemoryPostedCopies postedCopies = new InMemoryPostedCopies(CLOCK);
    final InMemoryCases cases = new InMemoryCases();
    final InMemoryConversations conversations = new InMemoryConversations();
    final InMemoryTranscripts transcripts = new InMemoryTranscripts();
    final Boards boards = Boards.staffordshireAndStoke();
    final Roles roles;
    final List<CaseRecord> created = new ArrayList<>();
    final List<CaseRecord> changed = new ArrayList<>();
    final ScopingService scoping;
    final CaseService caseService;
    final TeamsBot bot;
    /** What was posted to the panel channels through the core's notifications (the whole application only). */
    final List<Notification> panelNotes = new ArrayList<>();
    /** The reminder jobs the case service reads (whether a deadline's overdue reminder was posted). */
    final InMemoryReminderJobs reminderJobs = new InMemoryReminderJobs();
    private FollowUpProcessor followUps;
    private DeliveryJobs deliveries;

    /**
     * The whole application as the bot wires it (case commands, the Chair's card posted and retried through the
     * follow-ups, undelivered cards posted when the Chair writes), with no Teams panel channel.
     */
    static TeamsFixture application(TeamsSettings settings, String serviceUrl) {
        return new TeamsFixture(settings, serviceUrl, Map.of(), defaultRoles(), true, TurnWatch.standard());
    }

    /** As the plain fixture, with the turn budget kept by {@code watch} (a shorter budget than Teams's). */
    static TeamsFixture withTurnWatch(String serviceUrl, TurnWatch watch) {
        return new TeamsFixture(TeamsSettings.local(), serviceUrl, Map.of(), defaultRoles(), false, watch);
    }

    private static Roles defaultRoles() {
        return new Roles(Map.of(STAFFORDSHIRE, Set.of(new Roles.PlatformId(Platform.TEAMS, CHAIR_AAD))),
                Map.of(STAFFORDSHIRE, Set.of(new Roles.PlatformId(Platform.TEAMS, ADMIN_AAD))));
    }

    TeamsFixture(TeamsSettings settings, String serviceUrl) {
        this(settings, serviceUrl, Map.of());
    }

    /** With Teams panel channel ids from configuration. */
    TeamsFixture(TeamsSettings settings, String serviceUrl, Map<BoardId, String> panelChannels) {
        this(settings, serviceUrl, panelChannels, defaultRoles(), false, TurnWatch.standard());
    }

    /** With other Chairs and administrators (e.g. Web Chat users, known by their ids). */
    TeamsFixture(TeamsSettings settings, String serviceUrl, Roles roles) {
        this(settings, serviceUrl, Map.of(), roles, false, TurnWatch.standard());
    }

    private TeamsFixture(TeamsSettings settings, String serviceUrl, Map<BoardId, String> panelChannels, Roles roles,
                         boolean application, TurnWatch watch) {
        super(serviceUrl, "2026-11-28T10:00:00.000Z");
        this.roles = roles;
        RulePacks packs = new RulePacks(List.of(Wt2015.pack()));
        Conversation conversation = new Conversation(Wt2015.pack(), boards, CLOCK);
        this.caseService = new CaseService(cases, roles, boards, packs, CLOCK, (before, after, action) -> {
            changed.add(after);
            if (followUps != null) {
                followUps.changed(before, after, action);
            }
        }, reminderJobs::overdueReminderPosted);
        if (!application) {
            this.scoping = new ScopingService(PackConversations.of(conversation), conversations, transcripts, cases, CLOCK,
                    Optional.of(new CaseCommands(cases, transcripts, caseService, roles, boards, CLOCK,
                            (chair, record) -> false)), record -> { });
            this.bot = new TeamsBot(settings, scoping, caseService, countedAddresses, roles, boards, panelChannels,
                    created::add, watch);
            return;
        }
        AtomicReference<DecisionRequests> teamsCards = new AtomicReference<>();
        DecisionRequests platform = new DecisionRequests() {
            @Override
            public boolean post(CaseRecord record, DecisionCard card) {
                return teamsCards.get().post(record, card);
            }

            @Override
            public boolean postTo(UserRef chair, CaseRecord record, DecisionCard card) {
                return teamsCards.get().postTo(chair, record, card);
            }

            @Override
            public void update(CaseRecord record, DecisionCard card) {
                teamsCards.get().update(record, card);
            }
        };
        CaseNotifications notifications = new CaseNotifications(cases, List.of(platform), panelNotes::add, List.of(),
                new ReminderScheduler(new InMemoryReminderJobs(), ReminderPolicy.englandAndWales()), boards, packs,
                CLOCK);
        this.deliveries = notifications.deliveries().jobs();
        this.followUps = new FollowUpProcessor(cases, notifications, CLOCK, "teams-it", Duration.ofMinutes(2));
        ChairArrivals arrivals = new ChairArrivals(roles, followUps);
        CaseCommands commands = new CaseCommands(cases, transcripts, caseService, roles, boards, CLOCK,
                notifications::postCardTo);
        this.scoping = new ScopingService(PackConversations.of(conversation), conversations, transcripts, cases, CLOCK,
                Optional.of(commands), followUps::referred, arrivals::reachable);
        this.bot = new TeamsBot(settings, scoping, caseService, countedAddresses, roles, boards, panelChannels,
                created::add, watch);
        teamsCards.set(delivery());
    }

    /** Teams' posting as core decides it, through this bot's delivery port, retrying after a few milliseconds. */
    PlatformDelivery delivery() {
        return new PlatformDelivery(bot.delivery().withBaseDelayMillis(5), roles, postedCopies);
    }

    /** The deliveries of a case still pending (the whole application only). */
    List<DeliveryJob> owed(CaseRecord record) {
        return deliveries.ofCase(record.id().value()).stream()
                .filter(job -> job.status() == DeliveryJob.Status.PENDING).toList();
    }

    /** The practitioner's side of a 1:1 chat with this bot, replies read from the connector. */
    TeamsDriver driver(StubConnector connector, String chat) {
        return new TeamsDriver(this, activity -> {
            TeamsBot.Response response = send(activity);
            return new TeamsDriver.Sent(response.status(), response.body());
        }, connector, conversations, chat, PRACTITIONER_AAD, CHAIR_AAD, "a-panel-member");
    }

    TeamsBot.Response send(ObjectNode activity) {
        return handle(activity.toString(), null);
    }

    /** The bot's answer to a request, once the bot has given it and its turn has ended. */
    TeamsBot.Response handle(String body, String authorization) {
        CompletableFuture<TeamsBot.Response> answered = new CompletableFuture<>();
        bot.handle(body, authorization, answer -> {
            if (!answered.complete(answer)) {
                throw new AssertionError("a second answer to one request: " + answer);
            }
        });
        try {
            return answered.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException unanswered) {
            throw new AssertionError("the bot gave no answer", unanswered);
        }
    }
}
