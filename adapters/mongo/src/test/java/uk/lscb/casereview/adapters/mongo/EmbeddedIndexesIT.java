package uk.lscb.casereview.adapters.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.lscb.casereview.core.cases.AuditEvent;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.CaseStatus;
import uk.lscb.casereview.core.contracts.LearningLogsContract;
import uk.lscb.casereview.core.contracts.PortFixtures;
import uk.lscb.casereview.core.deadlines.Audience;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.deadlines.ReminderStage;
import uk.lscb.casereview.core.delivery.DeliveryJob;
import uk.lscb.casereview.core.learning.Posting;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.refs.CaseReference;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.reminders.ReminderJob;
import uk.lscb.casereview.core.transcripts.TranscriptEntry;

/**
 * What the sweep's claims, the case lists and the learning log's search read on the embedded store: the documents
 * that are due or shown (a search term's postings, a few documents of many), not every document stored (counted
 * by the store as documents examined, as MongoDB's explain counts them).
 */
class EmbeddedIndexesIT {
    @RegisterExtension
    static final InProcessMongo.PerClass mongo = InProcessMongo.PerClass.embedded();

    private static final Instant NOW = Instant.parse("2026-12-02T09:00:00.123456789Z");
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final LocalDate DUE = LocalDate.parse("2027-06-30");
    private static final int NOT_DUE = 2_000;
    private static final int FINDINGS = 1_000;

    private MongoDatabase database;
    private MongoStore store;

    @BeforeEach
    void freshDatabase() {
        String name = InProcessMongo.freshDatabaseName();
        store = MongoStore.open(mongo.client(), name, InProcessMongo.packs());
        database = mongo.client().getDatabase(name);
    }

    @Test
    void aReminderClaimAmongThousandsNotYetDueReadsOnlyTheDueOnes() {
        List<Document> jobs = new ArrayList<>();
        for (int i = 0; i < NOT_DUE; i++) {
            jobs.add(ReminderJobDocuments.job(reminder("future-" + i, NOW.plus(Duration.ofHours(1 + i)))));
        }
        for (int i = 0; i < 3; i++) {
            jobs.add(ReminderJobDocuments.job(reminder("due-" + i, NOW.minus(Duration.ofMinutes(i)))));
        }
        database.getCollection(MongoStore.REMINDER_JOBS).insertMany(jobs);

        Optional<ReminderJob> claimed = examining(3, () -> store.reminderJobs().claimNext(NOW, "sweeper", LEASE));

        assertThat(claimed).map(job -> job.caseId().value()).contains("staffordshire/due-2");
        assertThat(examining(1, () -> store.reminderJobs().markSent(claimed.get().id(), "sweeper", NOW))).isTrue();
        assertThat(examining(3, () -> store.reminderJobs().claimNext(NOW, "sweeper", LEASE))).isPresent();
        assertThat(examining(3, () -> store.reminderJobs().cancel(new CaseId("staffordshire/future-7"),
                DeadlineKind.CHAIR_DECISION))).isEqualTo(1);
    }

    @Test
    void aDeliveryClaimAmongThousandsNotYetDueReadsOnlyTheDueOnes() {
        List<Document> deliveries = new ArrayList<>();
        for (int i = 0; i < NOT_DUE; i++) {
            deliveries.add(MongoDeliveryJobs.document(DeliveryJob.pending("staffordshire/later-" + i, "card", Platform.TEAMS,
                    "chair-card", 1, Optional.empty(), NOW.plus(Duration.ofMinutes(1 + i)))));
        }
        deliveries.add(MongoDeliveryJobs.document(DeliveryJob.pending("staffordshire/now", "card", Platform.TEAMS,
                "chair-card", 1, Optional.empty(), NOW)));
        database.getCollection(MongoStore.DELIVERIES).insertMany(deliveries);

        Optional<DeliveryJob> claimed = examining(1, () -> store.deliveryJobs().claimNext(Platform.TEAMS, NOW, "worker",
                LEASE));

        assertThat(claimed).map(DeliveryJob::caseId).contains("staffordshire/now");
        assertThat(examining(1, () -> store.deliveryJobs().markDone(claimed.get().id(), "worker", NOW))).isTrue();
        assertThat(examining(0, () -> store.deliveryJobs().claimNext(Platform.SLACK, NOW, "worker", LEASE))).isEmpty();
    }

    @Test
    void theCaseListsReadABoardsOpenCasesNotTheClosedOnes() {
        ConversationKey origin = new ConversationKey(Platform.LOCAL, "embedded-indexes");
        List<Document> cases = new ArrayList<>();
        for (int i = 0; i < NOT_DUE; i++) {
            CaseRecord referred = PortFixtures.caseRecord("SCR-CLOSED-" + i, origin, NOW.minus(Duration.ofDays(i)));
            cases.add(CaseDocuments.caseRecord(referred.next(CaseStatus.CLOSED, new AuditEvent(NOW,
                    PortFixtures.PRACTITIONER, "closed", "done", referred.recommendation().rulePack()))));
        }
        for (int i = 0; i < 3; i++) {
            cases.add(CaseDocuments.caseRecord(PortFixtures.caseRecord("SCR-OPEN-" + i, origin, NOW.plusSeconds(i))));
        }
        database.getCollection(MongoStore.CASES).insertMany(cases);

        List<CaseRecord> open = examining(3, () -> store.cases().ofBoard(PortFixtures.STAFFORDSHIRE,
                CaseStatus.OPEN));
        List<CaseRecord> beforeTheChair = examining(3, () -> store.cases().ofBoard(PortFixtures.STAFFORDSHIRE,
                CaseStatus.BEFORE_THE_CHAIR));

        assertThat(open).extracting(record -> record.reference().value())
                .containsExactly("SCR-OPEN-2", "SCR-OPEN-1", "SCR-OPEN-0");
        assertThat(beforeTheChair).isEqualTo(open);
    }

    @Test
    void linkingAReferralToItsCaseAmongThousandsOfTranscriptEntriesReadsOnlyItsConversationsEntries() {
        List<TranscriptEntry> others = new ArrayList<>();
        for (int i = 0; i < NOT_DUE; i++) {
            others.add(said(new ConversationKey(Platform.TEAMS, "other-" + (i % 100)), i / 100 + 1));
        }
        store.transcripts().append(others);
        ConversationKey referring = new ConversationKey(Platform.TEAMS, "referring");
        List<TranscriptEntry> referral = new ArrayList<>();
        for (long sequence = 1; sequence <= 5; sequence++) {
            referral.add(said(referring, sequence));
        }
        store.transcripts().append(referral);

        examining(5, () -> {
            store.transcripts().linkToCase(referring, 2, 4, "staffordshire/SCR-1");
            return null;
        });

        assertThat(examining(5, () -> store.transcripts().ofConversation(referring)))
                .extracting(TranscriptEntry::sequence).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(examining(3, () -> store.transcripts().ofCase("staffordshire/SCR-1")))
                .extracting(TranscriptEntry::sequence).containsExactly(2L, 3L, 4L);
    }

    @Test
    void aWordsPostingsAmongThousandsOfFindingsAreReadFromOneDocumentPerBoardAndYear() {
        List<Posting> postings = new ArrayList<>();
        for (int i = 0; i < FINDINGS; i++) {
            BoardId board = i % 2 == 0 ? PortFixtures.STAFFORDSHIRE : LearningLogsContract.STOKE;
            LocalDate on = LocalDate.of(2025 + i / 2 % 2, 3, 1).plusDays(i % 28);
            CaseId caseId = CaseId.of(board, new CaseReference("SCR-" + i / 10));
            postings.add(new Posting("neglect", caseId, 1 + i % 10, board, on, i % 3 == 0));
            postings.add(new Posting("drift", caseId, 1 + i % 10, board, on, false));
        }
        store.learning().index(postings);

        assertThat(examining(4, () -> store.learning().postings("neglect", Optional.empty(), Optional.empty(),
                Optional.empty()))).hasSize(FINDINGS);
        assertThat(examining(1, () -> store.learning().postings("neglect", Optional.of(LearningLogsContract.STOKE),
                Optional.of(LocalDate.parse("2026-01-01")), Optional.of(LocalDate.parse("2026-12-31")))))
                .hasSize(FINDINGS / 4).allSatisfy(posting -> assertThat(posting.sharedOn().getYear()).isEqualTo(2026));
    }

    private static TranscriptEntry said(ConversationKey conversation, long sequence) {
        return new TranscriptEntry(conversation, sequence, NOW.plusSeconds(sequence), TranscriptEntry.Direction.OUTBOUND,
                UserRef.BOT, "say", "Which board is the child's?", Optional.empty(), Optional.empty());
    }

    /** Runs {@code query} and checks it read at most {@code documents} documents. */
    private static <T> T examining(long documents, Supplier<T> query) {
        long before = mongo.backend().documentsExamined();
        T answer = query.get();
        assertThat(mongo.backend().documentsExamined() - before).as("documents examined").isLessThanOrEqualTo(documents);
        return answer;
    }

    private static ReminderJob reminder(String reference, Instant at) {
        CaseId caseId = new CaseId("staffordshire/" + reference);
        return new ReminderJob(ReminderJob.idOf(caseId, DeadlineKind.CHAIR_DECISION, DUE, 0), caseId,
                PortFixtures.STAFFORDSHIRE, DeadlineKind.CHAIR_DECISION, DUE, 0, ReminderStage.AHEAD, at,
                Set.of(Audience.CHAIR), ReminderJob.Status.PENDING, Optional.empty(), Optional.empty(), 0,
                Optional.empty());
    }
}
