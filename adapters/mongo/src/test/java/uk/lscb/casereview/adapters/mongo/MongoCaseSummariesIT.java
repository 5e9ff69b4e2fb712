package uk.lscb.casereview.adapters.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandSucceededEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lscb.casereview.adapters.mongo.embedded.EmbeddedBackend;
import uk.lscb.casereview.adapters.mongo.embedded.InProcessMongo;
import uk.lscb.casereview.core.cases.AuditEvent;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.CaseStatus;
import uk.lscb.casereview.core.cases.CaseSummary;
import uk.lscb.casereview.core.cases.Cases;
import uk.lscb.casereview.core.contracts.PortFixtures;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.ConversationKey;

/**
 * A board's case summaries on the embedded store, as the dashboard reads them: a summary is read from the store
 * again only when its case has another version, and two instances sharing one store, or one started again on it,
 * each read every change.
 */
class MongoCaseSummariesIT {
    private static final String DATABASE = "casereview";
    private final ConversationKey origin = new ConversationKey(Platform.LOCAL, "summaries");

    /** Counts the case summaries, or whole cases (documents with their deadlines), the store sends back to finds. */
    private static final class SummariesSent implements CommandListener {
        private final AtomicInteger sent = new AtomicInteger();

        @Override
        public void commandSucceeded(CommandSucceededEvent event) {
            BsonDocument cursor = event.getResponse().getDocument("cursor", null);
            if (cursor == null) {
                return;
            }
            for (String batch : List.of("firstBatch", "nextBatch")) {
                for (BsonValue document : cursor.getArray(batch, new org.bson.BsonArray())) {
                    if (document.asDocument().containsKey("deadlines")) {
                        sent.incrementAndGet();
                    }
                }
            }
        }

        int sinceLastAsked() {
            return sent.getAndSet(0);
        }
    }

    private static MongoClient client(EmbeddedBackend backend, CommandListener listener) {
        return InProcessMongo.client(backend, MongoClientSettings.builder().addCommandListener(listener));
    }

    private static Cases cases(MongoClient client) {
        return MongoStore.open(client, DATABASE, uk.lscb.casereview.adapters.mongo.InProcessMongo.packs()).cases();
    }

    private static List<CaseSummary> summaries(Cases cases) {
        return cases.summariesOfBoard(PortFixtures.STAFFORDSHIRE, EnumSet.allOf(CaseStatus.class));
    }

    private static List<CaseSummary> expected(Cases cases) {
        return cases.ofBoard(PortFixtures.STAFFORDSHIRE).stream().map(CaseSummary::of).toList();
    }

    private static CaseRecord moved(CaseRecord record, CaseStatus status) {
        return record.next(status, new AuditEvent(PortFixtures.AT.plusSeconds(60), PortFixtures.PRACTITIONER,
                "moved", "moved on", record.recommendation().rulePack()));
    }

    private List<CaseRecord> created(Cases cases, int count) {
        List<CaseRecord> records = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            CaseRecord record = PortFixtures.caseRecord(String.format("SUM-%03d", i), origin,
                    PortFixtures.AT.plusSeconds(i));
            assertThat(cases.create(record)).isTrue();
            records.add(record);
        }
        return records;
    }

    @Test
    void aSummaryIsReadFromTheStoreAgainOnlyWhenItsCaseHasChanged(@TempDir Path dir) {
        EmbeddedBackend backend = EmbeddedBackend.open(dir.resolve("store.mv"));
        SummariesSent sent = new SummariesSent();
        try (MongoClient client = client(backend, sent)) {
            Cases cases = cases(client);
            List<CaseRecord> records = created(cases, 3);
            assertThat(summaries(cases)).hasSize(3);
            assertThat(sent.sinceLastAsked()).isEqualTo(3);

            assertThat(summaries(cases)).hasSize(3);
            assertThat(sent.sinceLastAsked()).isZero();

            cases.update(moved(records.get(1), CaseStatus.DECIDED), records.get(1).version());
            List<CaseSummary> again = summaries(cases);
            assertThat(sent.sinceLastAsked()).isEqualTo(1);
            assertThat(again).isEqualTo(expected(cases));
        } finally {
            backend.close();
        }
    }

    @Test
    void twoInstancesSharingTheStoreEachReadTheOthersChangesAndSoDoesOneStartedAgain(@TempDir Path dir) {
        Path file = dir.resolve("store.mv");
        EmbeddedBackend backend = EmbeddedBackend.open(file);
        SummariesSent sent = new SummariesSent();
        try (MongoClient client = client(backend, sent)) {
            Cases one = cases(client);
            Cases other = cases(client);
            List<CaseRecord> records = created(one, 70);
            assertThat(summaries(one)).isEqualTo(expected(one));
            assertThat(summaries(other)).isEqualTo(expected(one));

            other.update(moved(records.get(0), CaseStatus.CLOSED), records.get(0).version());
            assertThat(summaries(one)).isEqualTo(expected(one));
            assertThat(one.summariesOfBoard(PortFixtures.STAFFORDSHIRE, CaseStatus.OPEN))
                    .extracting(summary -> summary.reference().value()).doesNotContain("SUM-000").hasSize(69);

            // more changes than are read by id: read again with the board's query
            for (CaseRecord record : records) {
                CaseRecord current = other.find(record.id()).orElseThrow();
                other.update(moved(current, CaseStatus.DECIDED), current.version());
            }
            assertThat(summaries(one)).isEqualTo(expected(other))
                    .allSatisfy(summary -> assertThat(summary.status()).isEqualTo(CaseStatus.DECIDED));
        } finally {
            backend.close();
        }

        EmbeddedBackend again = EmbeddedBackend.open(file);
        try (MongoClient client = client(again, sent)) {
            Cases cases = cases(client);
            assertThat(summaries(cases)).hasSize(70).isEqualTo(expected(cases));
        } finally {
            again.close();
        }
    }
}
