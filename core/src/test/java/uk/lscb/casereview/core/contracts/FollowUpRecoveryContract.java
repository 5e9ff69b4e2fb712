package uk.lscb.casereview.core.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.actions.Command;
import uk.lscb.casereview.core.actions.DecisionVerb;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.boards.Roles;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.CaseService;
import uk.lscb.casereview.core.cases.Cases;
import uk.lscb.casereview.core.cases.DecisionCard;
import uk.lscb.casereview.core.cases.FollowUpProcessor;
import uk.lscb.casereview.core.conversation.Conversation;
import uk.lscb.casereview.core.conversation.Conversations;
import uk.lscb.casereview.core.conversation.Inbound;
import uk.lscb.casereview.core.conversation.PackConversations;
import uk.lscb.casereview.core.conversation.Phase;
import uk.lscb.casereview.core.conversation.ScopingService;
import uk.lscb.casereview.core.deadlines.ReminderPolicy;
import uk.lscb.casereview.core.delivery.DecisionRequests;
import uk.lscb.casereview.core.delivery.Notification;
import uk.lscb.casereview.core.followups.CaseNotifications;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.refs.CaseReference;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.reminders.ReminderJob;
import uk.lscb.casereview.core.reminders.ReminderJobs;
import uk.lscb.casereview.core.reminders.ReminderScheduler;
import uk.lscb.casereview.core.rules.RulePacks;
import uk.lscb.casereview.core.rules.wt2015.Wt2015;
import uk.lscb.casereview.core.transcripts.Transcripts;

/**
 * The process dies at each write of the submitting turn and of the Chair's deciding turn (that write and
 * every later one fail); a fresh instance over the same stored data then runs what it runs at start-up.
 * Whatever the committed change owes is there exactly once: the Chair's card, the panel's notes, the
 * referrer's message and every reminder job. The platforms drop a repeated dedupe key, as the real ones do.
 */
public abstract class FollowUpRecoveryContract {
    private static final Clock BEFORE = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneId.of("Europe/London"));
    /** After the restart: later than the dead instance's lease. */
    private static final Clock AFTER = Clock.offset(BEFORE, Duration.ofMinutes(5));
    private static final UserRef CHAIR = new UserRef(Platform.LOCAL, "chair-staffordshire", "Staffordshire Chair");
    private static final List<String> REFERRAL = List.of("start", "Staffordshire", "SCR-2026-070", "yesterday",
            "yes", "yes", "no", "not sure", "no");
    private static final CaseId ID = CaseId.of(PortFixtures.STAFFORDSHIRE, new CaseReference("SCR-2026-070"));

    /** Fresh, empty stores on one database for one test. */
    protected abstract Stores stores();

    /** The stores of one database. */
    public record Stores(Conversations conversations, Transcripts transcripts, Cases cases, ReminderJobs jobs) {
    }

    /** What the platforms received: each dedupe key once, like Teams and Slack. */
    private static final class World {
        final Map<String, Integer> cards = new ConcurrentHashMap<>();
        final Map<String, Notification> notes = new ConcurrentHashMap<>();
        final Map<String, Notification> told = new ConcurrentHashMap<>();

        final DecisionRequests platform = new DecisionRequests() {
            @Override
            public boolean post(CaseRecord record, DecisionCard card) {
                cards.putIfAbsent(record.id().value(), 1); // a case's card already posted is not posted again
                return true;
            }

            @Override
            public boolean postTo(UserRef chair, CaseRecord record, DecisionCard card) {
                return false;
            }

            @Override
            public void update(CaseRecord record, DecisionCard card) {
            }
        };

        List<String> notesAbout(String event) {
            return notes.keySet().stream().filter(key -> key.contains("/" + event + "/")).toList();
        }
    }

    /** One running instance of the application over {@code stores}. */
    private static final class Instance {
        final ScopingService scoping;
        final CaseService service;
        final FollowUpProcessor followUps;

        Instance(Conversations conversations, Transcripts transcripts, Cases cases, ReminderJobs jobs, World world,
                 Clock clock, String owner) {
            Boards boards = Boards.staffordshireAndStoke();
            RulePacks packs = new RulePacks(List.of(Wt2015.pack()));
            CaseNotifications notifications = new CaseNotifications(cases, List.of(world.platform),
                    note -> world.notes.putIfAbsent(note.dedupeKey(), note),
                    List.of((person, note) -> world.told.putIfAbsent(note.dedupeKey(), note) == null || true),
                    new ReminderScheduler(jobs, ReminderPolicy.englandAndWales()), boards, packs, clock);
            followUps = new FollowUpProcessor(cases, notifications, clock, owner, Duration.ofMinutes(2));
            scoping = new ScopingService(PackConversations.of(new Conversation(Wt2015.pack(), boards, clock)), conversations, transcripts,
                    cases, clock, Optional.empty(), followUps::referred);
            service = new CaseService(cases, new Roles(Map.of(PortFixtures.STAFFORDSHIRE,
                    Set.of(Roles.PlatformId.of(CHAIR))), Map.of()), boards, packs, clock, followUps);
        }

        static Instance over(Stores stores, World world, Clock clock, String owner) {
            return new Instance(stores.conversations(), stores.transcripts(), stores.cases(), stores.jobs(), world,
                    clock, owner);
        }

        static Instance faulty(Stores stores, FaultyStore faulty, World world) {
            return new Instance(faulty.conversations(), faulty.transcripts(), faulty.cases(),
                    faulty.reminderJobs(stores.jobs()), world, BEFORE, "dead");
        }

        void restart() {
            scoping.completePending();
            followUps.completeAll();
        }

        ScopingService.TurnResult say(ConversationKey key, String text) {
            return scoping.handle(new ScopingService.Incoming(key, PortFixtures.PRACTITIONER, Optional.empty(),
                    new Inbound.TextMessage(text), Optional.empty()));
        }

        ScopingService.TurnResult submit(ConversationKey key) {
            return scoping.handle(new ScopingService.Incoming(key, PortFixtures.PRACTITIONER, Optional.empty(),
                    new Inbound.ButtonPressed(new ButtonAction.Run(Command.SUBMIT).payload()), Optional.empty()));
        }

        CaseService.ActionResult confirm() {
            return service.cardAction(new ButtonAction.Decision(DecisionVerb.CONFIRM, ID.value(), 1), Map.of(DecisionCard.LEAD_REVIEWERS,
                    "A. Reviewer", DecisionCard.INDEPENDENT, "true", DecisionCard.REASON, "The criteria are met.",
                    DecisionCard.JUSTIFICATION, "The criteria are met."), CaseService.Actor.person(CHAIR));
        }
    }

    private static final ConversationKey KEY = new ConversationKey(Platform.LOCAL, "practitioner-1");

    private static List<String> pendingJobs(Stores stores) {
        return stores.jobs().ofCase(ID).stream().filter(job -> job.status() == ReminderJob.Status.PENDING)
                .map(ReminderJob::id).sorted().toList();
    }

    /** The jobs, and how many writes the turn makes, when nothing fails. */
    private record Clean(List<String> jobsAfterSubmit, List<String> jobsAfterDecision, int submitWrites,
                         int decideWrites) {
    }

    private Clean clean() {
        Stores stores = stores();
        World world = new World();
        FaultyStore counting = new FaultyStore(stores.conversations(), stores.transcripts(), stores.cases());
        Instance instance = Instance.faulty(stores, counting, world);
        REFERRAL.forEach(text -> instance.say(KEY, text));
        counting.failWrite(Integer.MAX_VALUE);
        instance.submit(KEY);
        int submitWrites = counting.writes();
        List<String> afterSubmit = pendingJobs(stores);
        counting.failWrite(Integer.MAX_VALUE);
        assertThat(instance.confirm().applied()).isTrue();
        return new Clean(afterSubmit, pendingJobs(stores), submitWrites, counting.writes());
    }

    @Test
    public void aCrashAtAnyWriteOfTheSubmittingTurnLeavesTheCardThePanelNoteAndEachReminderOnceAfterRestart() {
        Clean clean = clean();
        assertThat(clean.jobsAfterSubmit()).isNotEmpty();
        for (int dying = 1; dying <= clean.submitWrites(); dying++) {
            Stores stores = stores();
            World world = new World();
            FaultyStore faulty = new FaultyStore(stores.conversations(), stores.transcripts(), stores.cases());
            Instance dead = Instance.faulty(stores, faulty, world);
            REFERRAL.forEach(text -> dead.say(KEY, text));
            faulty.haltAtWrite(dying);
            dead.submit(KEY);

            Instance.over(stores, world, AFTER, "restarted").restart();

            boolean committed = stores.conversations().find(KEY).orElseThrow().state().phase() == Phase.SUBMITTED;
            if (committed) {
                CaseRecord stored = stores.cases().find(ID).orElseThrow(() -> new AssertionError("no case"));
                assertThat(stored.followUps().pending()).as("dying at write %d", dying).isEmpty();
                assertThat(world.cards).as("card, dying at write %d", dying).containsOnlyKeys(ID.value());
                assertThat(world.notesAbout("referred")).as("panel note, dying at write %d", dying).hasSize(1);
                assertThat(pendingJobs(stores)).as("reminder jobs, dying at write %d", dying)
                        .isEqualTo(clean.jobsAfterSubmit());
            } else {
                assertThat(stores.cases().find(ID)).as("dying at write %d", dying).isEmpty();
                assertThat(world.cards).isEmpty();
                assertThat(world.notes).isEmpty();
            }
        }
    }

    @Test
    public void aCrashAtAnyWriteOfTheDecidingTurnLeavesTheNotesTheReferrersMessageAndEachReminderOnceAfterRestart() {
        Clean clean = clean();
        for (int dying = 1; dying <= clean.decideWrites(); dying++) {
            Stores stores = stores();
            World world = new World();
            FaultyStore faulty = new FaultyStore(stores.conversations(), stores.transcripts(), stores.cases());
            Instance dead = Instance.faulty(stores, faulty, world);
            REFERRAL.forEach(text -> dead.say(KEY, text));
            dead.submit(KEY);
            faulty.haltAtWrite(dying);
            dead.confirm();

            Instance.over(stores, world, AFTER, "restarted").restart();

            CaseRecord stored = stores.cases().find(ID).orElseThrow();
            assertThat(stored.followUps().pending()).as("dying at write %d", dying).isEmpty();
            assertThat(world.notesAbout("referred")).hasSize(1);
            if (stored.decision().isPresent()) {
                assertThat(world.notesAbout("decided")).as("panel note, dying at write %d", dying).hasSize(1);
                assertThat(world.told.keySet()).as("referrer, dying at write %d", dying).singleElement()
                        .asString().contains("/decided/referrer/");
                assertThat(pendingJobs(stores)).as("reminder jobs, dying at write %d", dying)
                        .isEqualTo(clean.jobsAfterDecision());
            } else {
                assertThat(world.notesAbout("decided")).isEmpty();
                assertThat(world.told).isEmpty();
                assertThat(pendingJobs(stores)).isEqualTo(clean.jobsAfterSubmit());
            }
        }
    }
}
