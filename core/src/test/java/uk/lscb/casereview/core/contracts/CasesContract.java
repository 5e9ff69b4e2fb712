package uk.lscb.casereview.core.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.cases.AuditEvent;
import uk.lscb.casereview.core.cases.CaseFollowUps;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.CaseStatus;
import uk.lscb.casereview.core.cases.CaseStep;
import uk.lscb.casereview.core.cases.CaseSummary;
import uk.lscb.casereview.core.cases.Cases;
import uk.lscb.casereview.core.cases.FollowUp;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.refs.CaseReference;
import uk.lscb.casereview.core.refs.ConversationKey;

/** What every {@link Cases} implementation does. Extend it with a fresh, empty store. */
public abstract class CasesContract {

    protected abstract Cases store();

    private final ConversationKey origin = new ConversationKey(Platform.LOCAL, "cases-contract");

    @Test
    public void aCreatedCaseReadsBackEqual() {
        Cases cases = store();
        CaseRecord record = PortFixtures.caseRecord("SCR-2026-001", origin, PortFixtures.AT);

        assertThat(cases.create(record)).isTrue();

        assertThat(cases.find(record.id())).contains(record);
    }

    @Test
    public void creatingACaseTwiceKeepsTheFirst() {
        Cases cases = store();
        CaseRecord first = PortFixtures.caseRecord("SCR-2026-002", origin, PortFixtures.AT);
        CaseRecord again = PortFixtures.caseRecord("scr-2026-002", origin, PortFixtures.AT.plusSeconds(60));

        assertThat(cases.create(first)).isTrue();
        assertThat(cases.create(again)).isFalse();

        assertThat(cases.find(first.id()).orElseThrow().createdAt()).isEqualTo(PortFixtures.AT);
    }

    @Test
    public void casesAreFoundByReferenceWhateverItsCase() {
        Cases cases = store();
        cases.create(PortFixtures.caseRecord("SCR-2026-003", origin, PortFixtures.AT));

        assertThat(cases.findByReference(new CaseReference("scr-2026-003"))).hasSize(1);
        assertThat(cases.findByReference(new CaseReference("SCR-2026-999"))).isEmpty();
    }

    @Test
    public void aBoardsCasesComeNewestFirst() {
        Cases cases = store();
        cases.create(PortFixtures.caseRecord("SCR-A", origin, PortFixtures.AT));
        cases.create(PortFixtures.caseRecord("SCR-B", origin, PortFixtures.AT.plusSeconds(3600)));

        List<CaseRecord> board = cases.ofBoard(PortFixtures.STAFFORDSHIRE);
        assertThat(board).extracting(record -> record.reference().value()).containsExactly("SCR-B", "SCR-A");
        assertThat(cases.ofBoard(new BoardId("stoke-on-trent"))).isEmpty();
    }

    @Test
    public void aBoardsCasesInSomeStatusesAreOnlyThoseNewestFirst() {
        Cases cases = store();
        CaseRecord older = PortFixtures.caseRecord("SCR-C", origin, PortFixtures.AT);
        CaseRecord closed = PortFixtures.caseRecord("SCR-D", origin, PortFixtures.AT.plusSeconds(60));
        CaseRecord newer = PortFixtures.caseRecord("SCR-E", origin, PortFixtures.AT.plusSeconds(3600));
        cases.create(older);
        cases.create(closed);
        cases.create(newer);
        CaseRecord decided = newer.next(CaseStatus.DECIDED, new AuditEvent(PortFixtures.AT.plusSeconds(4000),
                PortFixtures.PRACTITIONER, "decided", "confirmed", newer.recommendation().rulePack()));
        cases.update(decided, newer.version());
        cases.update(closed.next(CaseStatus.CLOSED, new AuditEvent(PortFixtures.AT.plusSeconds(120),
                PortFixtures.PRACTITIONER, "closed", "done", closed.recommendation().rulePack())), closed.version());

        assertThat(cases.ofBoard(PortFixtures.STAFFORDSHIRE, CaseStatus.OPEN)).containsExactly(decided, older);
        assertThat(cases.ofBoard(PortFixtures.STAFFORDSHIRE, Set.of(older.status()))).containsExactly(older);
        assertThat(cases.ofBoard(PortFixtures.STAFFORDSHIRE, Set.of(CaseStatus.CLOSED)))
                .extracting(record -> record.reference().value()).containsExactly("SCR-D");
        assertThat(cases.ofBoard(PortFixtures.STAFFORDSHIRE, Set.of())).isEmpty();
        assertThat(cases.ofBoard(new BoardId("stoke-on-trent"), CaseStatus.OPEN)).isEmpty();
    }

    @Test
    public void aBoardsCaseSummariesAreThoseOfItsCasesWithTheLastEntryOfEachReportedStep() {
        Cases cases = store();
        CaseRecord referred = PortFixtures.caseRecord("SCR-F", origin, PortFixtures.AT);
        CaseRecord closed = PortFixtures.caseRecord("SCR-G", origin, PortFixtures.AT.plusSeconds(60));
        cases.create(referred);
        cases.create(closed);
        String published = CaseStep.PUBLISHED.recorded();
        CaseRecord first = referred.next(CaseStatus.PUBLISHED, new AuditEvent(PortFixtures.AT.plusSeconds(10),
                PortFixtures.PRACTITIONER, published, "published", referred.recommendation().rulePack(),
                Map.of(CaseStep.Fields.PUBLISHED_ON, "2026-11-01")));
        CaseRecord again = first.next(CaseStatus.PUBLISHED, new AuditEvent(PortFixtures.AT.plusSeconds(20)
                .plusNanos(1_234), PortFixtures.PRACTITIONER, published, "published again",
                referred.recommendation().rulePack(), Map.of(CaseStep.Fields.PUBLISHED_ON, "2026-11-02")));
        cases.update(first, referred.version());
        cases.update(again, first.version());
        cases.update(closed.next(CaseStatus.CLOSED, new AuditEvent(PortFixtures.AT.plusSeconds(120),
                PortFixtures.PRACTITIONER, "closed", "done", closed.recommendation().rulePack())), closed.version());

        List<CaseSummary> summaries = cases.summariesOfBoard(PortFixtures.STAFFORDSHIRE, EnumSet.allOf(CaseStatus.class));

        assertThat(summaries).containsExactlyElementsOf(cases.ofBoard(PortFixtures.STAFFORDSHIRE).stream()
                .map(CaseSummary::of).toList());
        assertThat(summaries.get(1).lastEntry(CaseStep.PUBLISHED)).contains(new CaseSummary.StepEntry(
                PortFixtures.AT.plusSeconds(20).plusNanos(1_234), Map.of(CaseStep.Fields.PUBLISHED_ON, "2026-11-02")));
        assertThat(cases.summariesOfBoard(PortFixtures.STAFFORDSHIRE, CaseStatus.OPEN))
                .extracting(summary -> summary.reference().value()).containsExactly("SCR-F");
        assertThat(cases.summariesOfBoard(PortFixtures.STAFFORDSHIRE, Set.of(CaseStatus.CLOSED)))
                .extracting(summary -> summary.reference().value()).containsExactly("SCR-G");
        assertThat(cases.summariesOfBoard(new BoardId("stoke-on-trent"), CaseStatus.OPEN)).isEmpty();
    }

    @Test
    public void aBoardsCaseSummariesReadAgainShowWhatChangedSince() {
        Cases cases = store();
        CaseRecord stays = PortFixtures.caseRecord("SCR-H", origin, PortFixtures.AT);
        CaseRecord changes = PortFixtures.caseRecord("SCR-I", origin, PortFixtures.AT.plusSeconds(60));
        cases.create(stays);
        cases.create(changes);
        assertThat(cases.summariesOfBoard(PortFixtures.STAFFORDSHIRE, CaseStatus.OPEN)).hasSize(2);

        CaseRecord decided = changes.next(CaseStatus.DECIDED, new AuditEvent(PortFixtures.AT.plusSeconds(90),
                PortFixtures.PRACTITIONER, "decided", "confirmed", changes.recommendation().rulePack()));
        assertThat(cases.update(decided, changes.version())).isTrue();

        assertThat(cases.summariesOfBoard(PortFixtures.STAFFORDSHIRE, CaseStatus.OPEN))
                .containsExactly(CaseSummary.of(decided), CaseSummary.of(stays));
        CaseRecord closed = decided.next(CaseStatus.CLOSED, new AuditEvent(PortFixtures.AT.plusSeconds(120),
                PortFixtures.PRACTITIONER, "closed", "done", decided.recommendation().rulePack()));
        assertThat(cases.update(closed, decided.version())).isTrue();
        assertThat(cases.summariesOfBoard(PortFixtures.STAFFORDSHIRE, CaseStatus.OPEN))
                .containsExactly(CaseSummary.of(stays));
    }

    @Test
    public void anAuditEntryIsAddedOneVersionOnAndNotToACaseThatIsNotThere() {
        Cases cases = store();
        CaseRecord record = PortFixtures.caseRecord("SCR-2026-041", origin, PortFixtures.AT);
        cases.create(record);
        AuditEvent read = new AuditEvent(PortFixtures.AT.plusSeconds(5), PortFixtures.PRACTITIONER,
                "case-page-viewed", "the case's page", record.recommendation().rulePack());

        assertThat(cases.appendAudit(record.id(), read)).isTrue();
        assertThat(cases.appendAudit(new CaseId("00000000-0000-0000-0000-00000000dead"), read)).isFalse();

        assertThat(cases.find(record.id())).contains(record.next(record.status(), read));
    }

    @Test
    public void anAuditEntryAddsWhatItOwesInTheSameStepAndTheCaseIsListedAsOwing() {
        Cases cases = store();
        CaseRecord record = PortFixtures.caseRecord("SCR-2026-043", origin, PortFixtures.AT)
                .withFollowUps(CaseFollowUps.NONE);
        cases.create(record);
        AuditEvent shared = new AuditEvent(PortFixtures.AT.plusSeconds(5), PortFixtures.PRACTITIONER,
                "learning recorded", "", record.recommendation().rulePack());
        List<FollowUp> owed = List.of(new FollowUp(FollowUp.Kind.LEARNING_SHARED, 7, Optional.of("shared")));

        assertThat(cases.withFollowUps()).isEmpty();
        assertThat(cases.appendAudit(record.id(), shared, owed)).isTrue();

        assertThat(cases.find(record.id())).contains(record.recording(shared, owed));
        assertThat(cases.withFollowUps()).extracting(CaseRecord::id).containsExactly(record.id());
    }

    @Test
    public void anAuditEntryOwingAFollowUpKeyedByTheCasesVersionIsRefusedAndNothingIsWritten() {
        Cases cases = store();
        CaseRecord record = PortFixtures.caseRecord("SCR-2026-044", origin, PortFixtures.AT);
        cases.create(record);
        AuditEvent event = new AuditEvent(PortFixtures.AT.plusSeconds(5), PortFixtures.PRACTITIONER, "decided",
                "confirmed", record.recommendation().rulePack());

        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> cases.appendAudit(
                record.id(), event, List.of(FollowUp.of(FollowUp.Kind.PANEL_DECIDED, 2))));

        assertThat(cases.find(record.id())).contains(record);
    }

    @Test
    public void auditEntriesAddedAtOnceWithAnUpdateAreAllKept() throws Exception {
        Cases cases = store();
        CaseRecord record = PortFixtures.caseRecord("SCR-2026-042", origin, PortFixtures.AT);
        cases.create(record);
        int readers = 20;
        CountDownLatch ready = new CountDownLatch(readers + 1);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(readers + 1);
        try {
            List<Future<Boolean>> appended = new ArrayList<>();
            for (int reader = 0; reader < readers; reader++) {
                AuditEvent read = new AuditEvent(PortFixtures.AT.plusSeconds(reader), PortFixtures.PRACTITIONER,
                        "transcript-read", "reader " + reader, record.recommendation().rulePack());
                appended.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return cases.appendAudit(record.id(), read);
                }));
            }
            Future<Boolean> decided = pool.submit(() -> {
                ready.countDown();
                go.await();
                CaseRecord current = cases.find(record.id()).orElseThrow();
                return cases.update(current.next(CaseStatus.DECIDED, new AuditEvent(PortFixtures.AT.plusSeconds(60),
                        PortFixtures.PRACTITIONER, "decided", "confirmed", record.recommendation().rulePack())),
                        current.version());
            });
            ready.await();
            go.countDown();
            for (Future<Boolean> one : appended) {
                assertThat(one.get(30, TimeUnit.SECONDS)).isTrue();
            }
            boolean decision = decided.get(30, TimeUnit.SECONDS);

            CaseRecord stored = cases.find(record.id()).orElseThrow();
            assertThat(stored.audit()).filteredOn(event -> event.action().equals("transcript-read")).hasSize(readers);
            assertThat(stored.version()).isEqualTo(record.version() + readers + (decision ? 1 : 0));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    public void anUpdateNeedsTheCurrentVersion() {
        Cases cases = store();
        CaseRecord record = PortFixtures.caseRecord("SCR-2026-004", origin, PortFixtures.AT);
        cases.create(record);
        CaseRecord decided = record.next(CaseStatus.DECIDED, new AuditEvent(PortFixtures.AT.plusSeconds(5),
                PortFixtures.PRACTITIONER, "decided", "confirmed", record.recommendation().rulePack()));

        assertThat(cases.update(decided, 7)).isFalse();
        assertThat(cases.update(decided, 1)).isTrue();
        assertThat(cases.update(decided, 1)).isFalse();

        assertThat(cases.find(record.id())).contains(decided);
    }

    @Test
    public void aFollowUpWaitingAfterFailedTriesKeepsItsCountAndWaitAcrossARead() {
        Cases cases = store();
        CaseRecord record = PortFixtures.caseRecord("SCR-2026-005", origin, PortFixtures.AT);
        cases.create(record);
        FollowUp waiting = new FollowUp(FollowUp.Kind.POST_DECISION_CARD, 1, Optional.empty(), 3,
                Optional.of(PortFixtures.AT.plusSeconds(480)));
        CaseRecord owing = record.withFollowUps(new CaseFollowUps(List.of(waiting,
                FollowUp.of(FollowUp.Kind.PANEL_REFERRED, 1)), Optional.empty(), Optional.empty()));

        assertThat(cases.update(owing, record.version())).isTrue();

        assertThat(cases.find(record.id()).orElseThrow().followUps().pending())
                .containsExactly(waiting, FollowUp.of(FollowUp.Kind.PANEL_REFERRED, 1));
    }
}
