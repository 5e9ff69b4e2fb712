package uk.lscb.casereview.adapters.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.contracts.PortFixtures;
import uk.lscb.casereview.core.conversation.StoredConversation;
import uk.lscb.casereview.core.deadlines.Audience;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.deadlines.Reminder;
import uk.lscb.casereview.core.deadlines.ReminderStage;
import uk.lscb.casereview.core.delivery.Addresses.Address;
import uk.lscb.casereview.core.delivery.Addresses.Kind;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.CaseReference;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.reminders.ReminderJob;
import uk.lscb.casereview.core.store.StoreUnavailableException;

/**
 * With the server gone, every port call fails fast with core's StoreUnavailableException, naming its operation and no
 * content (each call asks the server: {@link MongoStore#open} with no while of failing at once); and once one has found
 * no server, a store that fails at once does so without asking again.
 */
class MongoStoreUnavailableIT {
    private static final String SECRET = "Words only the practitioner typed";
    private static final Duration FAST = Duration.ofSeconds(3);

    private final ConversationKey key = new ConversationKey(Platform.LOCAL, "unavailable");
    private InProcessMongo mongo;
    private MongoStore store;
    private MongoStore failingAtOnce;
    private StoredConversation conversation;
    private CaseRecord record;

    @BeforeEach
    void storeThenStopTheServer() {
        mongo = InProcessMongo.memoryFailingFast();
        store = mongo.freshStore(Duration.ZERO);
        failingAtOnce = mongo.freshStore(Duration.ofMinutes(1));
        conversation = StoredConversation.fresh(key, PortFixtures.askingChildDied("SCR-U"), PortFixtures.PRACTITIONER)
                .after(PortFixtures.askingChildDied("SCR-U"), List.of(PortFixtures.entry(key, 1, SECRET)),
                        Optional.empty(), Optional.empty(), 1, PortFixtures.PRACTITIONER);
        record = PortFixtures.caseRecord("SCR-U", key, PortFixtures.AT);
        assertThat(store.conversations().write(conversation, 0)).isTrue(); // the pool now holds a connection
        assertThat(store.ping()).isTrue();
        mongo.server().shutdownNow();
    }

    @AfterEach
    void closeClient() {
        mongo.close();
    }

    @Test
    void pingSaysFalse() {
        long started = System.nanoTime();
        assertThat(store.ping()).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(FAST);
    }

    @Test
    void conversationsCallsThrowStoreUnavailable() {
        unavailable("reading a conversation", () -> store.conversations().find(key));
        unavailable("storing a new conversation",
                () -> store.conversations().write(StoredConversation.fresh(new ConversationKey(Platform.LOCAL, "new"),
                        PortFixtures.askingChildDied("SCR-V"), PortFixtures.PRACTITIONER), 0));
        unavailable("updating a conversation", () -> store.conversations().write(conversation.outboxDone(), 1));
    }

    @Test
    void transcriptsCallsThrowStoreUnavailable() {
        unavailable("appending to a transcript", () -> store.transcripts().append(conversation.outbox()));
        unavailable("reading a conversation's transcript", () -> store.transcripts().ofConversation(key));
        unavailable("reading a case's transcript", () -> store.transcripts().ofCase(record.id().value()));
        unavailable("linking a transcript to a case",
                () -> store.transcripts().linkToCase(key, 1, 1, record.id().value()));
    }

    @Test
    void casesCallsThrowStoreUnavailable() {
        unavailable("creating a case", () -> store.cases().create(record));
        unavailable("reading a case", () -> store.cases().find(record.id()));
        unavailable("finding cases by reference", () -> store.cases().findByReference(new CaseReference("SCR-U")));
        unavailable("listing a board's cases", () -> store.cases().ofBoard(PortFixtures.STAFFORDSHIRE));
        unavailable("updating a case", () -> store.cases().update(record, 1));
    }

    @Test
    void reminderJobsCallsThrowStoreUnavailable() {
        ReminderJob job = ReminderJob.pending(record.id(), record.board(), new Reminder(DeadlineKind.CHAIR_DECISION,
                LocalDate.parse("2026-12-20"), ReminderStage.DUE, 0, LocalDate.parse("2026-12-18"), PortFixtures.AT,
                Set.of(Audience.CHAIR), 1));
        unavailable("scheduling a reminder", () -> store.reminderJobs().schedule(job));
        unavailable("claiming a reminder", () -> store.reminderJobs().claimNext(PortFixtures.AT, "a",
                Duration.ofMinutes(5)));
        unavailable("recording a reminder as sent", () -> store.reminderJobs().markSent(job.id(), "a", PortFixtures.AT));
        unavailable("releasing a reminder", () -> store.reminderJobs().release(job.id(), "a", PortFixtures.AT));
        unavailable("skipping a reminder", () -> store.reminderJobs().skip(job.id(), "a"));
        unavailable("cancelling reminders", () -> store.reminderJobs().cancel(record.id(), DeadlineKind.CHAIR_DECISION));
        unavailable("reading a case's reminders", () -> store.reminderJobs().ofCase(record.id()));
    }

    @Test
    void addressesCallsThrowStoreUnavailable() {
        unavailable("saving an address", () -> store.addresses().save(new Address(Platform.TEAMS, Kind.PERSON, "aad-1", SECRET)));
        unavailable("reading an address", () -> store.addresses().find(Platform.TEAMS, Kind.PERSON, "aad-1"));
        unavailable("listing addresses", () -> store.addresses().all(Platform.TEAMS, Kind.PERSON));
    }

    @Test
    void afterACallFoundNoServerTheStoresNextCallsFailAtOnceWithoutAskingIt() {
        // The first call may meet the pool's dead connection (a socket error, which trips nothing); the driver then
        // looks for a server, and the call that finds none within its selection limit trips the store.
        List<Throwable> calls = new ArrayList<>();
        for (int call = 0; call < 3; call++) {
            calls.add(catchThrowable(() -> failingAtOnce.conversations().find(key)));
        }

        assertThat(calls).allSatisfy(failed -> assertThat(failed).isInstanceOf(StoreUnavailableException.class));
        assertThat(calls.get(2)).hasNoCause()
                .hasMessage("MongoDB unavailable: Conversations.find not tried, as no server answered a moment ago");
    }

    @Test
    void openingThrowsStoreUnavailable() {
        unavailable("creating the indexes of transcripts",
                () -> MongoStore.open(mongo.client(), "another", InProcessMongo.packs()));
    }

    private static void unavailable(String operation, ThrowingCallable call) {
        long started = System.nanoTime();
        Throwable thrown = catchThrowable(call);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as(operation).isLessThan(FAST);
        assertThat(thrown).as(operation).isInstanceOf(StoreUnavailableException.class)
                .hasMessage("MongoDB unavailable: " + operation);
        forEachInChain(thrown, cause -> assertThat(String.valueOf(cause.getMessage())).doesNotContain(SECRET));
    }

    private static void forEachInChain(Throwable thrown, Consumer<Throwable> check) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            check.accept(cause);
        }
    }
}
