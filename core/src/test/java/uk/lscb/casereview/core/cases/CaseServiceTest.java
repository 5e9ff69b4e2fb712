package uk.lscb.casereview.core.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.actions.DecisionVerb;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.boards.Roles.PlatformId;
import uk.lscb.casereview.core.boards.Roles;
import uk.lscb.casereview.core.cases.CaseService.ActionResult;
import uk.lscb.casereview.core.cases.CaseService.Actor;
import uk.lscb.casereview.core.contracts.PortFixtures;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.memory.InMemoryCases;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.rules.Outcome;
import uk.lscb.casereview.core.rules.RulePacks;
import uk.lscb.casereview.core.store.StoreUnavailableException;

class CaseServiceTest {
    private static final UserRef CHAIR = new UserRef(Platform.TEAMS, "aad-chair-1", "Chair One");
    private static final UserRef OTHER_CHAIR = new UserRef(Platform.SLACK, "U-CHAIR-2", "Chair Two");
    private static final UserRef STOKE_CHAIR = new UserRef(Platform.TEAMS, "aad-stoke", "Stoke Chair");
    private static final Roles ROLES = new Roles(
            Map.of(PortFixtures.STAFFORDSHIRE, Set.of(PlatformId.of(CHAIR), PlatformId.of(OTHER_CHAIR)),
                    new BoardId("stoke-on-trent"), Set.of(PlatformId.of(STOKE_CHAIR))),
            Map.of());

    private final InMemoryCases cases = new InMemoryCases();
    private final List<CaseAction> heard = new ArrayList<>();
    private final CaseService service = new CaseService(cases, ROLES, Boards.staffordshireAndStoke(),
            new RulePacks(List.of(PortFixtures.pack())), Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"),
            ZoneId.of("Europe/London")), (before, after, action) -> heard.add(action));
    private final CaseRecord record = PortFixtures.caseRecord("SCR-2026-200",
            new ConversationKey(Platform.TEAMS, "conv-1"), PortFixtures.AT);

    CaseServiceTest() {
        cases.create(record);
    }

    private static Map<String, String> scrInputs() {
        Map<String, String> inputs = new HashMap<>();
        inputs.put(DecisionCard.LEAD_REVIEWERS, "A. Reviewer, B. Reviewer");
        inputs.put(DecisionCard.INDEPENDENT, "true");
        return inputs;
    }

    private ButtonAction.Decision confirm() {
        return new ButtonAction.Decision(DecisionVerb.CONFIRM, record.id().value(), record.version());
    }

    /** A case named by a button or an address that is not there is named by its reference, never by its id. */
    @ParameterizedTest(name = "{0}: \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "staffordshire/SCR-2026-999 | There is no case SCR-2026-999.",
        "stoke-on-trent/SSCB/2026/07 | There is no case SSCB/2026/07.",
        "staffordshire/Jane Smith    | There is no such case.",
        "nothing                     | There is no such case.",
    })
    void aCaseThatIsNotThereIsNamedByItsReferenceAndNeverByItsId(String id, String message) {
        ActionResult result = service.act(new CaseId(id), new CaseAction.RequestMoreInformation(CHAIR,
                "Which agencies were involved?"), Actor.person(CHAIR));

        assertThat(result.applied()).isFalse();
        assertThat(result.message()).isEqualTo(message);
    }

    @Test
    void theBoardsChairConfirmsFromTheCardAndTheListenerHearsOnce() {
        ActionResult result = service.cardAction(confirm(), scrInputs(), Actor.person(CHAIR));

        assertThat(result.applied()).isTrue();
        CaseRecord decided = cases.find(record.id()).orElseThrow();
        assertThat(decided.decision().orElseThrow().outcome()).isEqualTo(Outcome.SERIOUS_CASE_REVIEW);
        assertThat(decided.decision().orElseThrow().leadReviewers()).containsExactly("A. Reviewer", "B. Reviewer");
        assertThat(heard).hasSize(1);
    }

    @Test
    void anInputAPlatformSentWithoutAValueIsOneNotGivenAndRefusedByName() {
        Map<String, String> inputs = new HashMap<>();
        inputs.put(DecisionCard.LEAD_REVIEWERS, null);
        inputs.put(DecisionCard.INDEPENDENT, "true");

        ActionResult result = service.cardAction(confirm(), inputs, Actor.person(CHAIR));

        assertThat(result.applied()).isFalse();
        assertThat(result.input()).contains(DecisionCard.LEAD_REVIEWERS);
        assertThat(cases.find(record.id()).orElseThrow().decision()).isEmpty();
    }

    @Test
    void aButtonPressedWhileTheStoreIsUnreachableIsToldNothingChangedRatherThanThrowing() {
        Cases unreachable = new Cases() {
            @Override
            public boolean create(CaseRecord created) {
                throw down();
            }

            @Override
            public Optional<CaseRecord> find(uk.lscb.casereview.core.refs.CaseId id) {
                throw down();
            }

            @Override
            public List<CaseRecord> findByReference(uk.lscb.casereview.core.refs.CaseReference reference) {
                throw down();
            }

            @Override
            public List<CaseRecord> ofBoard(BoardId board) {
                throw down();
            }

            @Override
            public List<CaseRecord> withFollowUps() {
                throw down();
            }

            @Override
            public boolean update(CaseRecord next, long expectedVersion) {
                throw down();
            }

            @Override
            public boolean appendAudit(uk.lscb.casereview.core.refs.CaseId id, AuditEvent event, List<FollowUp> owed) {
                throw down();
            }

            private StoreUnavailableException down() {
                return new StoreUnavailableException("MongoDB unavailable: reading a case", null);
            }
        };
        CaseService withoutStore = new CaseService(unreachable, ROLES, Boards.staffordshireAndStoke(),
                new RulePacks(List.of(PortFixtures.pack())), Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"),
                ZoneId.of("Europe/London")), (before, after, action) -> heard.add(action));

        for (ButtonAction.CaseChange pressed : List.of(confirm(),
                new ButtonAction.MarkDone(record.id().value(), DeadlineKind.CHAIR_DECISION))) {
            ActionResult result = withoutStore.cardAction(pressed, scrInputs(), Actor.person(CHAIR));

            assertThat(result.applied()).isFalse();
            assertThat(result.message()).isEqualTo("Sorry, I couldn't save that just now, so nothing has changed. "
                    + "Please try again in a minute.");
            assertThat(result.record()).isEmpty();
        }
        assertThat(heard).isEmpty();
    }

    @Test
    void anyoneButTheBoardsChairIsRefusedAndNothingChanges() {
        UserRef practitioner = new UserRef(Platform.TEAMS, "aad-practitioner", "A Practitioner");
        UserRef sameNameAsChair = new UserRef(Platform.TEAMS, "aad-impostor", "Chair One");

        for (UserRef who : List.of(practitioner, sameNameAsChair, STOKE_CHAIR)) {
            ActionResult result = service.cardAction(confirm(), scrInputs(), Actor.person(who));
            assertThat(result.applied()).isFalse();
            assertThat(result.message()).contains("Only the Independent Chair of Staffordshire");
        }
        assertThat(cases.find(record.id()).orElseThrow()).isEqualTo(record);
        assertThat(heard).isEmpty();
    }

    @Test
    void aSecondClickMakesNoSecondDecisionAndSaysWhoDecided() {
        service.cardAction(confirm(), scrInputs(), Actor.person(CHAIR));

        ActionResult again = service.cardAction(confirm(), scrInputs(), Actor.person(OTHER_CHAIR));

        assertThat(again.applied()).isFalse();
        assertThat(again.message()).contains("already been decided, by Chair One");
        assertThat(cases.find(record.id()).orElseThrow().version()).isEqualTo(2);
        assertThat(heard).hasSize(1);
    }

    @Test
    void twoChairsDecidingAtOnceMakeExactlyOneDecision() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<ActionResult>> results = new ArrayList<>();
            for (UserRef chair : List.of(CHAIR, OTHER_CHAIR)) {
                results.add(pool.submit(() -> {
                    go.await();
                    return service.cardAction(confirm(), scrInputs(), Actor.person(chair));
                }));
            }
            go.countDown();
            int applied = 0;
            for (Future<ActionResult> result : results) {
                applied += result.get(10, TimeUnit.SECONDS).applied() ? 1 : 0;
            }
            assertThat(applied).isEqualTo(1);
            assertThat(cases.find(record.id()).orElseThrow().audit()).extracting(AuditEvent::action)
                    .containsExactly("referred", "decided");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void choosingAnotherOutcomeNeedsAnOutcomeAndAReason() {
        ButtonAction.Decision decide = new ButtonAction.Decision(DecisionVerb.DECIDE, record.id().value(), record.version());

        assertThat(service.cardAction(decide, Map.of(), Actor.person(CHAIR)).message()).contains("choose an outcome");
        assertThat(service.cardAction(decide, Map.of(DecisionCard.OUTCOME, "SINGLE_AGENCY_LEARNING_REVIEW"),
                Actor.person(CHAIR)).message()).contains("reason");
    }

    @Test
    void confirmWithAnotherOutcomeChosenInTheListDecidesNothingAndNamesTheButtonToUse() {
        Map<String, String> inputs = scrInputs();
        inputs.put(DecisionCard.OUTCOME, Outcome.SINGLE_AGENCY_LEARNING_REVIEW.name());
        inputs.put(DecisionCard.REASON, "Typed reason");

        ActionResult result = service.cardAction(confirm(), inputs, Actor.person(CHAIR));

        assertThat(result.applied()).isFalse();
        assertThat(result.input()).contains(DecisionCard.OUTCOME);
        assertThat(result.message()).contains(Outcome.SINGLE_AGENCY_LEARNING_REVIEW.label())
                .contains("Confirm: " + Outcome.SERIOUS_CASE_REVIEW.label()).contains("Decide the chosen outcome")
                .contains("Nothing has been decided");
        assertThat(cases.find(record.id()).orElseThrow().decision()).isEmpty();
        assertThat(heard).isEmpty();
    }

    @Test
    void aReasonLongerThanTheCapIsRefusedNamingTheInputAndNothingIsDecided() {
        ButtonAction.CaseChange decide = new ButtonAction.Decision(DecisionVerb.DECIDE, record.id().value(), record.version());
        Map<String, String> inputs = new HashMap<>();
        inputs.put(DecisionCard.OUTCOME, Outcome.SINGLE_AGENCY_LEARNING_REVIEW.name());
        inputs.put(DecisionCard.REASON, "r".repeat(CaseLifecycle.MAX_FREE_TEXT + 1));

        ActionResult result = service.cardAction(decide, inputs, Actor.person(CHAIR));

        assertThat(result.applied()).isFalse();
        assertThat(result.input()).contains(DecisionCard.REASON);
        assertThat(result.message()).contains("4,001 characters").contains("4,000");
        assertThat(cases.find(record.id()).orElseThrow().decision()).isEmpty();
        assertThat(cases.find(record.id()).orElseThrow().audit().toString()).doesNotContain("rrrr");
    }

    @Test
    void aReasonOfExactlyTheCapIsKept() {
        ButtonAction.CaseChange decide = new ButtonAction.Decision(DecisionVerb.DECIDE, record.id().value(), record.version());
        Map<String, String> inputs = new HashMap<>();
        inputs.put(DecisionCard.OUTCOME, Outcome.SINGLE_AGENCY_LEARNING_REVIEW.name());
        inputs.put(DecisionCard.REASON, "r".repeat(CaseLifecycle.MAX_FREE_TEXT));
        inputs.put(DecisionCard.JUSTIFICATION, "j".repeat(CaseLifecycle.MAX_FREE_TEXT));

        ActionResult result = service.cardAction(decide, inputs, Actor.person(CHAIR));

        assertThat(result.applied()).as(result.message()).isTrue();
    }

    @Test
    void confirmWithTheRecommendationChosenInTheListDecidesIt() {
        Map<String, String> inputs = scrInputs();
        inputs.put(DecisionCard.OUTCOME, Outcome.SERIOUS_CASE_REVIEW.name());

        ActionResult result = service.cardAction(confirm(), inputs, Actor.person(CHAIR));

        assertThat(result.applied()).as(result.message()).isTrue();
        assertThat(cases.find(record.id()).orElseThrow().decision().orElseThrow().outcome())
                .isEqualTo(Outcome.SERIOUS_CASE_REVIEW);
    }

    @Test
    void aReminderMarkDoneWorksFromTheBoardsPanelChannelOnly() {
        service.act(record.id(), new CaseAction.Decide(CHAIR, Outcome.SERIOUS_CASE_REVIEW, Optional.empty(),
                Optional.empty(), List.of("A. Reviewer"), true, false), Actor.person(CHAIR));
        ButtonAction.MarkDone done = new ButtonAction.MarkDone(record.id().value(), DeadlineKind.NATIONAL_PANEL_NOTIFICATION);
        UserRef member = new UserRef(Platform.SLACK, "U-PANEL", "Panel member");

        assertThat(service.cardAction(done, Map.of(), new Actor(member, Optional.of(new BoardId("stoke-on-trent"))))
                .applied()).isFalse();
        assertThat(service.cardAction(done, Map.of(), new Actor(member, Optional.of(PortFixtures.STAFFORDSHIRE)))
                .applied()).isTrue();
        assertThat(cases.find(record.id()).orElseThrow().deadline(DeadlineKind.NATIONAL_PANEL_NOTIFICATION)
                .orElseThrow().done().orElseThrow().who()).isEqualTo(member);
    }

    @Test
    void nobodyCanMarkTheChairsDecisionDoneWhileTheCaseIsUndecided() {
        ButtonAction.MarkDone done = new ButtonAction.MarkDone(record.id().value(), DeadlineKind.CHAIR_DECISION);
        UserRef member = new UserRef(Platform.SLACK, "U-PANEL", "Panel member");

        for (Actor actor : List.of(new Actor(member, Optional.of(PortFixtures.STAFFORDSHIRE)), Actor.person(CHAIR))) {
            CaseService.ActionResult result = service.cardAction(done, Map.of(), actor);
            assertThat(result.applied()).isFalse();
            assertThat(result.message()).isEqualTo("Chair's decision on whether to initiate a serious case review "
                    + "cannot be marked done: it is done when the Chair decides.");
        }
        assertThat(cases.find(record.id()).orElseThrow().deadline(DeadlineKind.CHAIR_DECISION).orElseThrow().isDone())
                .isFalse();
    }

    @Test
    void anOverdueReminderRecordsTheReasonForTheDelayFromItsForm() {
        Clock late = Clock.fixed(Instant.parse("2026-12-29T10:00:00Z"), ZoneId.of("Europe/London"));
        CaseService lateService = new CaseService(cases, ROLES, Boards.staffordshireAndStoke(),
                new RulePacks(List.of(PortFixtures.pack())), late, (before, after, action) -> { });
        ButtonAction.RecordDelay delay = new ButtonAction.RecordDelay(record.id().value(), DeadlineKind.CHAIR_DECISION);

        assertThat(lateService.cardAction(delay, Map.of(), Actor.person(CHAIR)).input())
                .contains(CaseLifecycle.DELAY_REASON);
        CaseService.ActionResult recorded = lateService.cardAction(delay,
                Map.of(CaseLifecycle.DELAY_REASON, "Parallel criminal proceedings"), Actor.person(CHAIR));

        assertThat(recorded.applied()).as(recorded.message()).isTrue();
        assertThat(cases.find(record.id()).orElseThrow().deadline(DeadlineKind.CHAIR_DECISION).orElseThrow()
                .delayReason()).contains("Parallel criminal proceedings");
    }

    @Test
    void theReferrersAnswerSetsTheCaseBackToAwaitingTheDecisionAndIsOwedToTheChair() {
        service.act(record.id(), new CaseAction.RequestMoreInformation(CHAIR, "Which agencies were involved?"),
                Actor.person(CHAIR));
        ButtonAction.AnswerChair answer = new ButtonAction.AnswerChair(record.id().value(), 2);

        CaseService.ActionResult refused = service.cardAction(answer,
                Map.of(CaseLifecycle.ANSWER, "Jane Smith was known to police"), Actor.person(PortFixtures.PRACTITIONER));
        assertThat(refused.applied()).isFalse();
        assertThat(refused.message()).startsWith("I haven't recorded that: it looks like a person's name.");
        assertThat(refused.input()).contains(CaseLifecycle.ANSWER);
        assertThat(cases.find(record.id()).orElseThrow().audit().toString()).doesNotContain("Jane");

        CaseService.ActionResult answered = service.cardAction(answer,
                Map.of(CaseLifecycle.ANSWER, "police, health visitor and school"), Actor.person(PortFixtures.PRACTITIONER));
        assertThat(answered.applied()).as(answered.message()).isTrue();
        CaseRecord now = cases.find(record.id()).orElseThrow();
        assertThat(now.status()).isEqualTo(CaseStatus.AWAITING_DECISION);
        assertThat(now.audit()).last().extracting(AuditEvent::action, AuditEvent::detail)
                .containsExactly("information provided", "police, health visitor and school");
        assertThat(DecisionCard.lastAnswer(now)).contains("police, health visitor and school");
        assertThat(service.card(now).facts()).contains(
                uk.lscb.casereview.core.messages.Fact.of("The referrer's answer", "police, health visitor and school"));
        assertThat(now.followUps().pending()).extracting(FollowUp::kind)
                .contains(FollowUp.Kind.TELL_CHAIR_INFORMATION_PROVIDED, FollowUp.Kind.UPDATE_DECISION_CARD);
    }
}
