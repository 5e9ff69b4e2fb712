package uk.lscb.casereview.adapters.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.contracts.PortFixtures;
import uk.lscb.casereview.core.conversation.StoredConversation;
import uk.lscb.casereview.core.delivery.Addresses;
import uk.lscb.casereview.core.delivery.DeliveryJob;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.refs.CaseReference;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.rules.Outcome;
import uk.lscb.casereview.core.rules.Recommendation;
import uk.lscb.casereview.core.transcripts.TranscriptEntry;

/** MongoStore beyond the port contracts: indexes, full round trips, stored shapes. */
class MongoStoreIT {
    @RegisterExtension
    static final InProcessMongo.PerClass mongo = new InProcessMongo.PerClass();

    private final ConversationKey key = new ConversationKey(Platform.TEAMS, "19:abc@thread.tacv2;messageid=1");

    @Test
    void openingTwiceOnOneDatabaseKeepsTheSameIndexes() {
        String name = InProcessMongo.freshDatabaseName();
        MongoStore.open(mongo.client(), name, InProcessMongo.packs());
        List<Document> first = indexes(name);

        MongoStore again = MongoStore.open(mongo.client(), name, InProcessMongo.packs());

        assertThat(indexes(name)).isEqualTo(first);
        assertThat(first).extracting(index -> index.getString("name"))
                .contains("transcripts.conversation_sequence", "cases.board_createdAt", "cases.referenceKey",
                        "reminderJobs.status_at", "reminderJobs.caseId_at", "addresses.address_platform_kind_id");
        assertThat(again.ping()).isTrue();
    }

    @Test
    void theTranscriptIndexRefusesASecondEntryWithTheSameSequence() {
        String name = InProcessMongo.freshDatabaseName();
        MongoStore store = MongoStore.open(mongo.client(), name, InProcessMongo.packs());
        store.transcripts().append(List.of(PortFixtures.entry(key, 1, "first")));
        Document copy = database(name).getCollection(MongoStore.TRANSCRIPTS).find().first();
        copy.remove("_id");

        assertThatThrownBy(() -> database(name).getCollection(MongoStore.TRANSCRIPTS).insertOne(copy))
                .isInstanceOf(MongoWriteException.class).hasMessageContaining("E11000");
    }

    @Test
    void aConversationWithAnOutboxAndAPendingPossibleSeriousCaseReviewReadsBackEqual() {
        MongoStore store = mongo.freshStore();
        StoredConversation written = Samples.withOutboxAndReferral(key);
        Recommendation recommendation = written.pendingReferral().orElseThrow().recommendation();
        assertThat(recommendation.outcome()).isEqualTo(Outcome.POSSIBLE_SERIOUS_CASE_REVIEW);
        assertThat(recommendation.fallbackOutcome()).contains(Outcome.COMMISSIONED_MULTI_AGENCY_LEARNING_REVIEW);
        assertThat(recommendation.methodologies()).isNotEmpty();
        assertThat(recommendation.additionalActions()).isNotEmpty();
        assertThat(recommendation.openQuestions()).isNotEmpty();

        assertThat(store.conversations().write(written, 0)).isTrue();

        StoredConversation read = store.conversations().find(key).orElseThrow();
        assertThat(read).isEqualTo(written);
        assertThat(read.outbox().get(0).at()).isEqualTo(Samples.FINE); // nanoseconds survive
        assertThat(read.state().answers().isImplied(uk.lscb.casereview.core.rules.QuestionId.of("board"))).isTrue();
    }

    @Test
    void aCaseReadsBackEqualWithItsWholeRecommendationAndAuditTrail() {
        MongoStore store = mongo.freshStore();
        CaseRecord record = Samples.decidedCase("SCR-2026-100", key);

        assertThat(store.cases().create(record)).isTrue();

        assertThat(store.cases().find(record.id())).contains(record);
        assertThat(store.cases().ofBoard(record.board())).containsExactly(record);
    }

    @Test
    void aStepsValuesInTheAuditTrailReadBackEqualAndAreStoredByFieldId() {
        String name = InProcessMongo.freshDatabaseName();
        MongoStore store = MongoStore.open(mongo.client(), name, InProcessMongo.packs());
        CaseRecord decided = Samples.decidedCase("SCR-2026-101", key);
        CaseRecord notified = ((uk.lscb.casereview.core.cases.CaseLifecycle.Result.Applied)
                uk.lscb.casereview.core.cases.CaseLifecycle.apply(decided, new uk.lscb.casereview.core.cases.CaseAction.Step(
                        PortFixtures.PRACTITIONER, uk.lscb.casereview.core.cases.CaseStep.NATIONAL_PANEL_NOTIFIED,
                        java.util.Map.of("sent_on", "3 December 2026")), java.time.Instant.parse("2026-12-04T10:00:00Z")))
                .next();

        assertThat(store.cases().create(notified)).isTrue();

        assertThat(store.cases().find(notified.id())).contains(notified);
        Document caseDocument = database(name).getCollection(MongoStore.CASES).find().first();
        List<Document> audit = caseDocument.getList("audit", Document.class);
        assertThat(audit.get(audit.size() - 1).get("values", Document.class))
                .isEqualTo(new Document("sent_on", "2026-12-03"));
    }

    @Test
    void aReferenceIsFoundOnEveryBoardThatUsesIt() {
        MongoStore store = mongo.freshStore();
        CaseRecord staffordshire = PortFixtures.caseRecord("SCR-2026-200", key, PortFixtures.AT);
        CaseRecord stoke = new CaseRecord(CaseId.of(new BoardId("stoke-on-trent"), new CaseReference("scr-2026-200")),
                1, CaseRecord.SCHEMA_VERSION, new BoardId("stoke-on-trent"), new CaseReference("scr-2026-200"),
                staffordshire.notifiedOn(), staffordshire.referrer(), key, staffordshire.answers(),
                staffordshire.recommendation(), staffordshire.status(), PortFixtures.AT, staffordshire.decision(),
                staffordshire.deadlines(), staffordshire.audit());
        store.cases().create(staffordshire);
        store.cases().create(stoke);

        assertThat(store.cases().findByReference(new CaseReference("Scr-2026-200")))
                .containsExactly(staffordshire, stoke); // by case id: "staffordshire/…" < "stoke-on-trent/…"
    }

    @Test
    void aCasesTranscriptIsInTimeOrderThenConversationThenSequence() {
        MongoStore store = mongo.freshStore();
        ConversationKey other = new ConversationKey(Platform.SLACK, "C0123:1700000000.000100");
        store.transcripts().append(List.of(
                Samples.entry(key, 3, Samples.FINE, "teams 3", Optional.empty()),
                Samples.entry(key, 2, Samples.FINE, "teams 2", Optional.empty()),
                Samples.entry(other, 1, Samples.FINE.minusNanos(1), "slack 1, a nanosecond earlier", Optional.empty()),
                Samples.entry(other, 2, Samples.FINE, "slack 2", Optional.empty())));
        store.transcripts().linkToCase(key, 1, 10, "staffordshire/SCR-1");
        store.transcripts().linkToCase(other, 1, 2, "staffordshire/SCR-1");

        assertThat(store.transcripts().ofCase("staffordshire/SCR-1")).extracting(TranscriptEntry::text)
                .containsExactly("slack 1, a nanosecond earlier", "slack 2", "teams 2", "teams 3");
    }

    @Test
    void aConversationStoredWithASubDocumentIdIsMovedToItsStringKeyWhenTheStoreOpens() {
        String name = InProcessMongo.freshDatabaseName();
        StoredConversation conversation = Samples.withOutboxAndReferral(key);
        MongoStore.open(mongo.client(), name, InProcessMongo.packs()).conversations().write(conversation, 0);
        MongoCollection<Document> collection = database(name).getCollection(MongoStore.CONVERSATIONS);
        Document asBefore = collection.find().first();
        asBefore.put("_id", asBefore.remove("key"));
        collection.deleteMany(new Document());
        collection.insertOne(asBefore);

        MongoStore reopened = MongoStore.open(mongo.client(), name, InProcessMongo.packs());

        assertThat(reopened.conversations().find(key)).contains(conversation);
        assertThat(collection.countDocuments()).isEqualTo(1);
    }

    @Test
    void documentsHaveTheDeliberateShapes() {
        String name = InProcessMongo.freshDatabaseName();
        MongoStore store = MongoStore.open(mongo.client(), name, InProcessMongo.packs());
        StoredConversation conversation = Samples.withOutboxAndReferral(key);
        store.conversations().write(conversation, 0);
        store.transcripts().append(conversation.outbox());
        store.cases().create(Samples.decidedCase("scr-2026-300", key));

        Document stored = database(name).getCollection(MongoStore.CONVERSATIONS).find().first();
        assertThat(stored.get("_id")).isEqualTo("5:teams/" + key.id());
        assertThat(stored.get("key", Document.class)).isEqualTo(new Document("channel", "teams").append("id", key.id()));
        assertThat(stored.get("schemaVersion")).isEqualTo(1);
        assertThat(stored.get("version")).isEqualTo(1L);
        assertThat(stored.getEmbedded(List.of("state", "phase"), String.class)).isEqualTo("CONFIRMING");
        assertThat(stored.getEmbedded(List.of("state", "pendingDate"), String.class)).isEqualTo("2024-02-29");
        assertThat(stored.getEmbedded(List.of("state", "answers", "implied"), List.class)).containsExactly("board");
        assertThat(stored.getEmbedded(List.of("pendingReferral", "recommendation", "outcome"), String.class))
                .isEqualTo("POSSIBLE_SERIOUS_CASE_REVIEW");
        assertThat(stored.getEmbedded(List.of("pendingReferral", "answers", "values", "abuse_or_neglect"),
                String.class)).isEqualTo("unsure");

        Document entry = database(name).getCollection(MongoStore.TRANSCRIPTS).find().first();
        assertThat(entry.get("schemaVersion")).isEqualTo(1);
        assertThat(entry.get("sequence")).isEqualTo(1L);
        assertThat(entry.get("at")).isInstanceOf(Date.class);
        assertThat(entry.get("atNanos")).isEqualTo(456_789);
        assertThat(entry).doesNotContainKey("caseId");

        Document caseDocument = database(name).getCollection(MongoStore.CASES).find().first();
        assertThat(caseDocument.get("_id")).isEqualTo("staffordshire/SCR-2026-300");
        assertThat(caseDocument.get("reference")).isEqualTo("scr-2026-300");
        assertThat(caseDocument.get("referenceKey")).isEqualTo("SCR-2026-300");
        assertThat(caseDocument.get("status")).isEqualTo("DECIDED");
        assertThat(caseDocument.get("createdAt")).isInstanceOf(Date.class);
        assertThat(caseDocument.getList("audit", Document.class)).extracting(event -> event.get("action"))
                .containsExactly("referred", "decided", "delay reason");
        assertThat(caseDocument.getEmbedded(List.of("decision", "outcome"), String.class))
                .isEqualTo("SERIOUS_CASE_REVIEW");
        assertThat(caseDocument.getEmbedded(List.of("decision", "leadReviewers"), List.class))
                .containsExactly("A. Reviewer", "B. Reviewer");
        assertThat(caseDocument.getList("deadlines", Document.class)).extracting(deadline -> deadline.get("kind"))
                .containsExactly("CHAIR_DECISION", "NATIONAL_PANEL_NOTIFICATION", "SCR_COMPLETION");
        assertThat(caseDocument.getList("deadlines", Document.class).get(1).get("delayReason"))
                .isEqualTo("Parallel criminal proceedings");
    }

    @Test
    void aCaseStoredBeforeRecommendationsSaidWhetherItWasConsideredIsWorkedOutFromItsAnswers() {
        String name = InProcessMongo.freshDatabaseName();
        MongoStore store = MongoStore.open(mongo.client(), name, InProcessMongo.packs());
        uk.lscb.casereview.core.rules.Answers answers = Samples.answered("LR-2026-9", java.util.Map.of(
                "abuse_or_neglect", "yes", "seriously_harmed", "yes", "concern_working_together", "no"));
        CaseRecord below = CaseRecord.referred(new uk.lscb.casereview.core.cases.Referral(
                        new BoardId("staffordshire"), new CaseReference("LR-2026-9"),
                        java.time.LocalDate.parse("2026-11-20"), answers,
                        uk.lscb.casereview.core.rules.wt2015.Wt2015.pack().recommend(answers)),
                PortFixtures.PRACTITIONER, key, PortFixtures.AT);
        assertThat(below.recommendation().outcome()).isEqualTo(Outcome.NO_FURTHER_ACTION);
        assertThat(below.recommendation().consideredForSeriousCaseReview()).isTrue();
        store.cases().create(below);
        database(name).getCollection(MongoStore.CASES)
                .updateOne(Filters.exists("_id"), Updates.unset("recommendation.consideredForSeriousCaseReview"));

        assertThat(store.cases().find(below.id())).contains(below);
    }

    @Test
    void aDocumentFromANewerSchemaIsRefusedRatherThanMisread() {
        String name = InProcessMongo.freshDatabaseName();
        MongoStore store = MongoStore.open(mongo.client(), name, InProcessMongo.packs());
        store.conversations().write(Samples.withOutboxAndReferral(key), 0);
        database(name).getCollection(MongoStore.CONVERSATIONS)
                .updateOne(Filters.exists("_id"), Updates.set("schemaVersion", 2));

        assertThatThrownBy(() -> store.conversations().find(key)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("schema version 2");
    }

    @Test
    void documentsStoredWithPlatformNamesReadBackAsThosePlatforms() {
        String name = InProcessMongo.freshDatabaseName();
        MongoStore store = MongoStore.open(mongo.client(), name, InProcessMongo.packs());
        database(name).getCollection(MongoStore.ADDRESSES).insertOne(Document.parse("""
                {"_id": "5:slack/6:PERSON/U0123", "platform": "slack", "kind": "PERSON", "id": "U0123",
                 "schemaVersion": 1, "value": "D0456"}"""));
        database(name).getCollection(MongoStore.DELIVERIES).insertOne(Document.parse("""
                {"_id": "staffordshire/SCR-2026-301/POST_DECISION_CARD/1@teams", "schemaVersion": 1,
                 "caseId": "staffordshire/SCR-2026-301", "platform": "teams", "kind": "POST_DECISION_CARD",
                 "version": 1, "status": "PENDING", "attempts": 0, "pokes": 0,
                 "notBefore": {"$date": "2026-12-01T09:00:00Z"}}"""));
        CaseRecord referred = Samples.decidedCase("scr-2026-301", key);
        store.cases().create(referred);
        database(name).getCollection(MongoStore.CASES)
                .updateOne(Filters.exists("_id"), Updates.set("referrer.platform", "slack"));

        assertThat(store.addresses().find(Platform.SLACK, Addresses.Kind.PERSON, "U0123"))
                .contains(new Addresses.Address(Platform.SLACK, Addresses.Kind.PERSON, "U0123", "D0456"));
        assertThat(store.deliveryJobs().ofCase("staffordshire/SCR-2026-301")).singleElement()
                .extracting(DeliveryJob::platform).isEqualTo(Platform.TEAMS);
        CaseRecord read = store.cases().find(referred.id()).orElseThrow();
        assertThat(read.referrer().platform()).isEqualTo(Platform.SLACK);
        assertThat(read.origin().channel()).isEqualTo(Platform.TEAMS);
    }

    @Test
    void aStoredPlatformNameThisCodeDoesNotKnowIsRefusedNamingItAndTheKnownOnes() {
        String name = InProcessMongo.freshDatabaseName();
        MongoStore store = MongoStore.open(mongo.client(), name, InProcessMongo.packs());
        CaseRecord referred = Samples.decidedCase("scr-2026-302", key);
        store.cases().create(referred);
        database(name).getCollection(MongoStore.CASES)
                .updateOne(Filters.exists("_id"), Updates.set("referrer.platform", "whatsapp"));

        assertThatThrownBy(() -> store.cases().find(referred.id())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'platform'").hasMessageContaining("'whatsapp' is not a platform")
                .hasMessageContaining("teams, slack, local");
    }

    private static MongoDatabase database(String name) {
        return mongo.client().getDatabase(name);
    }

    private static List<Document> indexes(String name) {
        List<Document> all = new ArrayList<>();
        for (String collection : List.of(MongoStore.CONVERSATIONS, MongoStore.TRANSCRIPTS, MongoStore.CASES,
                MongoStore.REMINDER_JOBS, MongoStore.ADDRESSES)) {
            database(name).getCollection(collection).listIndexes().forEach(index -> {
                Document named = new Document(index);
                named.put("name", collection + "." + index.getString("name"));
                all.add(named);
            });
        }
        return all;
    }
}
