package uk.lscb.casereview.adapters.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.lscb.casereview.core.contracts.PortFixtures;
import uk.lscb.casereview.core.contracts.ReminderJobsContract;
import uk.lscb.casereview.core.deadlines.Audience;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.deadlines.ReminderStage;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.reminders.ReminderJob;
import uk.lscb.casereview.core.reminders.ReminderJobs;

/**
 * The {@link ReminderJobs} contract against an in-process MongoDB-compatible server, through the real driver,
 * and what the contract cannot see: nanoseconds in the stored instants, and the stored shape.
 */
class MongoReminderJobsIT extends ReminderJobsContract {
    @RegisterExtension
    static final InProcessMongo.PerClass mongo = new InProcessMongo.PerClass();

    private static final CaseId CASE = new CaseId("staffordshire/SCR-2026-009");
    private static final LocalDate DUE = LocalDate.parse("2026-12-20");
    private static final Instant FINE = Instant.parse("2026-12-01T09:00:00.123456789Z");
    private static final Duration LEASE = Duration.ofMinutes(5);

    private String database;
    private MongoStore store;

    @BeforeEach
    void freshDatabase() {
        database = InProcessMongo.freshDatabaseName();
        store = MongoStore.open(mongo.client(), database, InProcessMongo.packs());
    }

    @Override
    protected ReminderJobs store() {
        return store.reminderJobs();
    }

    private static ReminderJob job(int sequence, Instant at) {
        return new ReminderJob(ReminderJob.idOf(CASE, DeadlineKind.CHAIR_DECISION, DUE, sequence), CASE,
                PortFixtures.STAFFORDSHIRE, DeadlineKind.CHAIR_DECISION, DUE, sequence, ReminderStage.AHEAD, at,
                Set.of(Audience.CHAIR, Audience.PANEL_CHANNEL), ReminderJob.Status.PENDING, Optional.empty(),
                Optional.empty(), 0, Optional.empty());
    }

    @Test
    void nanosecondsDecideTheClaimOrderAndWhenALeaseEnds() {
        ReminderJobs jobs = store.reminderJobs();
        jobs.schedule(job(1, FINE.plusNanos(1)));
        jobs.schedule(job(2, FINE));

        assertThat(jobs.claimNext(FINE.minusNanos(1), "a", LEASE)).isEmpty(); // same millisecond, a nanosecond early
        ReminderJob first = jobs.claimNext(FINE.plusNanos(1), "a", LEASE).orElseThrow();
        assertThat(first.sequence()).isEqualTo(2);
        assertThat(first.leaseUntil()).contains(FINE.plusNanos(1).plus(LEASE));
        assertThat(jobs.claimNext(FINE.plusNanos(1), "a", LEASE)).map(ReminderJob::sequence).contains(1);

        Instant leaseEnd = FINE.plusNanos(1).plus(LEASE);
        assertThat(jobs.claimNext(leaseEnd.minusNanos(1), "b", LEASE)).isEmpty(); // live for one more nanosecond
        assertThat(jobs.claimNext(leaseEnd, "b", LEASE)).map(ReminderJob::sequence).contains(2);
    }

    @Test
    void aSentRetriedJobReadsBackEqualWithItsNanoseconds() {
        ReminderJobs jobs = store.reminderJobs();
        jobs.schedule(job(1, FINE));
        ReminderJob claimed = jobs.claimNext(FINE, "a", LEASE).orElseThrow();
        jobs.release(claimed.id(), "a", FINE.plusSeconds(60).plusNanos(7));
        ReminderJob retried = jobs.claimNext(FINE.plusSeconds(61), "b", LEASE).orElseThrow();

        assertThat(jobs.markSent(retried.id(), "b", FINE.plusSeconds(62))).isTrue();

        assertThat(jobs.ofCase(CASE)).containsExactly(job(1, FINE).retriedAt(FINE.plusSeconds(60).plusNanos(7))
                .sent(FINE.plusSeconds(62)));
    }

    @Test
    void documentsHaveTheDeliberateShape() {
        ReminderJobs jobs = store.reminderJobs();
        jobs.schedule(job(1, FINE));
        jobs.claimNext(FINE, "a", LEASE).orElseThrow();

        Document leased = collection().find().first();
        assertThat(leased.get("_id")).isEqualTo("staffordshire/SCR-2026-009/CHAIR_DECISION/2026-12-20/1");
        assertThat(leased.get("schemaVersion")).isEqualTo(1);
        assertThat(leased.get("caseId")).isEqualTo("staffordshire/SCR-2026-009");
        assertThat(leased.get("board")).isEqualTo("staffordshire");
        assertThat(leased.get("kind")).isEqualTo("CHAIR_DECISION");
        assertThat(leased.get("due")).isEqualTo("2026-12-20");
        assertThat(leased.get("sequence")).isEqualTo(1L);
        assertThat(leased.get("stage")).isEqualTo("AHEAD");
        assertThat(leased.get("at")).isInstanceOf(Date.class);
        assertThat(leased.get("atNanos")).isEqualTo(456_789);
        assertThat(leased.getList("audience", String.class)).containsExactly("PANEL_CHANNEL", "CHAIR");
        assertThat(leased.get("status")).isEqualTo("PENDING");
        assertThat(leased.get("leaseOwner")).isEqualTo("a");
        assertThat(leased.get("leaseUntil")).isInstanceOf(Date.class);
        assertThat(leased.get("attempts")).isEqualTo(0L);
        assertThat(leased).doesNotContainKey("sentAt");

        jobs.markSent(leased.getString("_id"), "a", 
                FINE.plusSeconds(1).truncatedTo(ChronoUnit.MILLIS));
        Document sent = collection().find().first();
        assertThat(sent.get("status")).isEqualTo("SENT");
        assertThat(sent.get("sentAt")).isInstanceOf(Date.class);
        assertThat(sent).doesNotContainKeys("sentAtNanos", "leaseOwner", "leaseUntil", "leaseUntilNanos");
    }

    private MongoCollection<Document> collection() {
        return mongo.client().getDatabase(database).getCollection(MongoStore.REMINDER_JOBS);
    }
}
