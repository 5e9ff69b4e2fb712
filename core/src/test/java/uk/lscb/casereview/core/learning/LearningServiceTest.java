package uk.lscb.casereview.core.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.boards.Roles;
import uk.lscb.casereview.core.boards.Roles.PlatformId;
import uk.lscb.casereview.core.cases.AuditEvent;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.CaseService.Actor;
import uk.lscb.casereview.core.cases.CaseStatus;
import uk.lscb.casereview.core.cases.Cases;
import uk.lscb.casereview.core.cases.FollowUp;
import uk.lscb.casereview.core.cases.ChairDecision;
import uk.lscb.casereview.core.contracts.ForwardingCases;
import uk.lscb.casereview.core.contracts.PortFixtures;
import uk.lscb.casereview.core.learning.LearningService.ActionInput;
import uk.lscb.casereview.core.learning.LearningService.EvidenceInput;
import uk.lscb.casereview.core.learning.LearningService.FindingInput;
import uk.lscb.casereview.core.learning.LearningService.RecommendationInput;
import uk.lscb.casereview.core.learning.LearningService.Result;
import uk.lscb.casereview.core.memory.InMemoryCases;
import uk.lscb.casereview.core.messages.UkDates;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.refs.CaseReference;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.rules.AdditionalAction;
import uk.lscb.casereview.core.rules.Outcome;
import uk.lscb.casereview.core.rules.Recommendation;

class LearningServiceTest {
    /** Tuesday 1 December 2026, 10:00 in London. */
    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    static final UserRef CHAIR = new UserRef(Platform.TEAMS, "00000000-0000-0000-0000-00000000c4a1", "Chair One");
    static final UserRef ADMIN = new UserRef(Platform.TEAMS, "00000000-0000-0000-0000-0000000ad411",
            "An administrator");
    static final UserRef MANAGER = new UserRef(Platform.SLACK, "U0MANAGER", "A business manager");
    static final UserRef PRACTITIONER = new UserRef(Platform.TEAMS, "00000000-0000-0000-0000-000000007ac1",
            "A practitioner");
    static final UserRef REVIEWER = new UserRef(Platform.SLACK, "U0REVIEWER", "A lead reviewer");
    static final UserRef OWNER = new UserRef(Platform.TEAMS, "00000000-0000-0000-0000-000000000e01",
            "An action owner");
    static final Roles ROLES = new Roles(Map.of(PortFixtures.STAFFORDSHIRE, Set.of(PlatformId.of(CHAIR))),
            Map.of(PortFixtures.STAFFORDSHIRE, Set.of(PlatformId.of(ADMIN))),
            Map.of(PortFixtures.STAFFORDSHIRE, Set.of(PlatformId.of(MANAGER))));

    private final InMemoryCases cases = new InMemoryCases();
    private final InMemoryLearningLogs logs = new InMemoryLearningLogs();
    private final List<CaseRecord> owing = new java.util.ArrayList<>();
    private final LearningService service = new LearningService(cases, logs, ROLES, Boards.staffordshireAndStoke(),
            LearningThemes.DEFAULT, Clock.fixed(NOW, ZoneId.of("Europe/London")), owing::add);
    private final CaseRecord record = decided(cases, "SCR-2026-400", Outcome.SERIOUS_CASE_REVIEW);

    /** A case of Staffordshire, decided by its Chair, stored in {@code cases}. */
    static CaseRecord decided(InMemoryCases cases, String reference, Outcome outcome) {
        CaseRecord referred = PortFixtures.caseRecord(reference, new ConversationKey(Platform.TEAMS, "c"),
                PortFixtures.AT);
        CaseRecord decided = referred.next(CaseStatus.DECIDED, Optional.of(new ChairDecision(outcome, CHAIR,
                        PortFixtures.AT.plusSeconds(60), Optional.empty(), Optional.empty(), List.of(), false, false)),
                referred.deadlines(), new AuditEvent(PortFixtures.AT.plusSeconds(60), CHAIR, "decided", outcome.name(),
                        referred.recommendation().rulePack()));
        cases.create(decided);
        return decided;
    }

    static FindingInput neglectFinding() {
        return new FindingInput("Neglect was not recognised", "Repeated missed appointments were not seen as neglect.",
                List.of("Neglect", "information sharing"), "learning");
    }

    @Test
    void aBusinessManagerRecordsAFindingAndTheAuditTrailSaysWhoWhenButNotTheText() {
        Result result = service.addFinding(record.id(), neglectFinding(), Actor.person(MANAGER));

        assertThat(result.applied()).as(result.message()).isTrue();
        assertThat(result.message()).isEqualTo("Finding 1 recorded on SCR-2026-400: Neglect was not recognised.");
        Finding finding = logs.find(record.id()).orElseThrow().findings().get(0);
        assertThat(finding.themes()).containsExactly("neglect", "information sharing");
        assertThat(finding.kind()).isEqualTo(Finding.Kind.LEARNING);
        assertThat(logs.find(record.id()).orElseThrow().reviewType()).isEqualTo(Outcome.SERIOUS_CASE_REVIEW);
        AuditEvent event = last(cases.find(record.id()).orElseThrow());
        assertThat(event.who()).isEqualTo(MANAGER);
        assertThat(event.at()).isEqualTo(NOW);
        assertThat(event.action()).isEqualTo("finding recorded");
        assertThat(event.detail()).isEqualTo("finding 1");
        assertThat(event.rulePack()).isEqualTo(record.recommendation().rulePack());
    }

    /** A form sent twice (a second press, a platform's retry) records its finding, recommendation or action once. */
    @Test
    void aLearningFormSentTwiceRecordsItsEntryOnce() {
        Actor manager = Actor.person(MANAGER);
        service.addFinding(record.id(), neglectFinding(), manager);
        RecommendationInput recommendation = new RecommendationInput("Train staff on neglect.", List.of(1),
                List.of("Staffordshire Police"));
        service.addRecommendation(record.id(), recommendation, manager);
        ActionInput action = new ActionInput(1, "Staffordshire Police", Optional.empty(), "29/01/2027");
        service.addAction(record.id(), action, manager);

        Result finding = service.addFinding(record.id(), neglectFinding(), manager);
        Result again = service.addRecommendation(record.id(), recommendation, manager);
        Result actionAgain = service.addAction(record.id(), action, manager);

        assertThat(finding.applied()).isFalse();
        assertThat(finding.message()).isEqualTo("Finding 1 on SCR-2026-400 already says this: recorded by A business "
                + "manager on 1 December 2026. Nothing new is recorded.");
        assertThat(again.message()).startsWith("Recommendation 1 on SCR-2026-400 already says this");
        assertThat(actionAgain.message()).startsWith("Action 1 on SCR-2026-400 already says this");
        ReviewLearning review = logs.find(record.id()).orElseThrow();
        assertThat(review.findings()).hasSize(1);
        assertThat(review.recommendations()).hasSize(1);
        assertThat(review.actions()).hasSize(1);
        assertThat(service.addFinding(record.id(), new FindingInput("Neglect was not recognised", "Another text.",
                List.of("neglect"), "learning"), manager).message()).startsWith("Finding 2 recorded");
    }

    /** An action's due date on a weekend or a bank holiday moves to the next working day, as a request's does. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            29/01/2027 | 29 January 2027  | 29 January 2027.
            20/12/2026 | 21 December 2026 | 21 December 2026 (20 December 2026 is not a working day, so it is due on the next one).
            25/12/2026 | 29 December 2026 | 29 December 2026 (25 December 2026 is not a working day, so it is due on the next one).
            """)
    void anActionDueOnADayOffIsDueOnTheNextWorkingDay(String typed, String due, String said) {
        service.addFinding(record.id(), neglectFinding(), Actor.person(MANAGER));
        service.addRecommendation(record.id(), new RecommendationInput("Train staff on neglect.", List.of(1),
                List.of()), Actor.person(MANAGER));

        Result result = service.addAction(record.id(), new ActionInput(1, "Staffordshire Police", Optional.empty(),
                typed), Actor.person(MANAGER));

        assertThat(result.message()).isEqualTo("Action 1 recorded on SCR-2026-400: Staffordshire Police, due " + said
                + " Reminders follow until it is marked done with its evidence.");
        assertThat(UkDates.format(logs.find(record.id()).orElseThrow().action(1).orElseThrow().due())).isEqualTo(due);
    }

    @Test
    void aPractitionerMayNotEnterLearningUntilNamedALeadReviewerByTheBoard() {
        Result refused = service.addFinding(record.id(), neglectFinding(), Actor.person(REVIEWER));
        Result selfNamed = service.leadReviewer(record.id(), REVIEWER, Actor.person(REVIEWER));
        Result named = service.leadReviewer(record.id(), REVIEWER, Actor.person(CHAIR));
        Result entered = service.addFinding(record.id(), neglectFinding(), Actor.person(REVIEWER));

        assertThat(refused.forbidden()).isTrue();
        assertThat(refused.message()).isEqualTo("Only the Staffordshire Chair, business manager, an administrator or "
                + "the review's lead reviewer can enter its learning. Your attempt has been recorded.");
        assertThat(selfNamed.forbidden()).isTrue();
        assertThat(named.applied()).as(named.message()).isTrue();
        assertThat(cases.find(record.id()).orElseThrow().audit()).extracting(AuditEvent::action, AuditEvent::detail)
                .contains(org.assertj.core.groups.Tuple.tuple("lead reviewer named for the learning",
                        "lead reviewer slack:U0REVIEWER"));
        assertThat(entered.applied()).as(entered.message()).isTrue();
        assertThat(service.mayEnter(cases.find(record.id()).orElseThrow(), REVIEWER)).isTrue();
        assertThat(service.mayEnter(cases.find(record.id()).orElseThrow(), PRACTITIONER)).isFalse();
    }

    @ParameterizedTest(name = "due \"{0}\": {1}")
    @CsvSource(delimiter = '|', value = {
        "30/02/2027 | 30 February 2027 is not a date (February 2027 has 28 days).",
        "31 June 2027 | 31 June 2027 is not a date (June has 30 days).",
        "soon       | Please give the date the action is due, for example 31/03/2027.",
    })
    void anActionsDueDateThatIsNoDateIsRefusedSayingWhy(String due, String message) {
        service.addFinding(record.id(), neglectFinding(), Actor.person(MANAGER));
        service.addRecommendation(record.id(), new RecommendationInput("Share referrals within a day.", List.of(1),
                List.of()), Actor.person(MANAGER));

        Result result = service.addAction(record.id(), new ActionInput(1, "Staffordshire Police", Optional.empty(),
                due), Actor.person(MANAGER));

        assertThat(result.applied()).isFalse();
        assertThat(result.field()).contains("due");
        assertThat(result.message()).isEqualTo(message);
        assertThat(logs.find(record.id()).orElseThrow().actions()).isEmpty();
    }

    @Test
    void aCaseThatIsNotThereIsNamedByItsReferenceNeverByItsId() {
        Result result = service.addFinding(new uk.lscb.casereview.core.refs.CaseId("staffordshire/SCR-2026-999"),
                neglectFinding(), Actor.person(MANAGER));

        assertThat(result.applied()).isFalse();
        assertThat(result.message()).isEqualTo("There is no case SCR-2026-999.");
    }

    @Test
    void aCaseWithoutADecisionHasNoReviewToLearnFrom() {
        CaseRecord referred = PortFixtures.caseRecord("SCR-2026-401", new ConversationKey(Platform.TEAMS, "d"),
                PortFixtures.AT);
        cases.create(referred);

        Result result = service.addFinding(referred.id(), neglectFinding(), Actor.person(CHAIR));

        assertThat(result.applied()).isFalse();
        assertThat(result.message()).isEqualTo("Case SCR-2026-401 has no decision yet, so it has no review to learn "
                + "from.");
        assertThat(logs.find(referred.id())).isEmpty();
    }

    /** Every free-text field of every form, with text that looks like a name or a date of birth. */
    @ParameterizedTest(name = "{0} holding \"{1}\" is refused, beside that field")
    @CsvSource(delimiter = '|', value = {
            "finding title|Jane Smith was not seen|title",
            "finding text|Seen on 03/04/2019 by the school.|text",
            "recommendation text|Talk to Kayden Jones first.|text",
            "recommendation agency|Ashfield Moorland Practice|agencies",
            "action agency|Kayden Jones Nursery|agency",
            "evidence text|Child born 12 March 2019 was visited.|evidence",
            "evidence link|https://example.org/KaydenJones|link",
            "embedded text|Embedded after Jane Smith's review.|embedded"})
    void textThatLooksLikeANameOrADateOfBirthIsRefusedAndNothingIsStored(String field, String text, String id) {
        service.addFinding(record.id(), neglectFinding(), Actor.person(MANAGER));
        service.addRecommendation(record.id(), new RecommendationInput("Share referrals within a day.", List.of(1),
                List.of("Staffordshire Police")), Actor.person(MANAGER));
        service.addAction(record.id(), new ActionInput(1, "Staffordshire Police", Optional.empty(), "29/01/2027"),
                Actor.person(MANAGER));
        ReviewLearning before = logs.find(record.id()).orElseThrow();
        int audited = cases.find(record.id()).orElseThrow().audit().size();

        Result result = switch (field) {
            case "finding title" -> service.addFinding(record.id(), new FindingInput(text, "Fine text.",
                    List.of("neglect"), ""), Actor.person(MANAGER));
            case "finding text" -> service.addFinding(record.id(), new FindingInput("A fine title", text,
                    List.of("neglect"), ""), Actor.person(MANAGER));
            case "recommendation text" -> service.addRecommendation(record.id(), new RecommendationInput(text,
                    List.of(1), List.of()), Actor.person(MANAGER));
            case "recommendation agency" -> service.addRecommendation(record.id(), new RecommendationInput(
                    "Fine text.", List.of(1), List.of(text)), Actor.person(MANAGER));
            case "action agency" -> service.addAction(record.id(), new ActionInput(1, text, Optional.empty(),
                    "29/01/2027"), Actor.person(MANAGER));
            case "evidence text" -> service.markDone(record.id(), 1, new EvidenceInput(text,
                    "https://example.org/procedure", ""), Actor.person(MANAGER));
            case "evidence link" -> service.markDone(record.id(), 1, new EvidenceInput("Procedure issued.", text,
                    ""), Actor.person(MANAGER));
            default -> service.markDone(record.id(), 1, new EvidenceInput("Procedure issued.",
                    "https://example.org/procedure", text), Actor.person(MANAGER));
        };

        assertThat(result.applied()).isFalse();
        assertThat(result.field()).contains(id);
        assertThat(result.message()).startsWith("I haven't recorded that: ").contains("Please never type a child's "
                + "name or date of birth").doesNotContain(text);
        assertThat(logs.find(record.id())).contains(before);
        assertThat(cases.find(record.id()).orElseThrow().audit()).hasSize(audited);
    }

    @Test
    void aFindingNeedsAThemeFromTheListAndAKnownKind() {
        Result none = service.addFinding(record.id(), new FindingInput("A title", "Some text.", List.of(), ""),
                Actor.person(MANAGER));
        Result unknown = service.addFinding(record.id(), new FindingInput("A title", "Some text.",
                List.of("housing"), ""), Actor.person(MANAGER));
        Result kind = service.addFinding(record.id(), new FindingInput("A title", "Some text.", List.of("neglect"),
                "praise"), Actor.person(MANAGER));
        Result goodPractice = service.addFinding(record.id(), new FindingInput("A title", "Some text.",
                List.of("supervision"), "good practice"), Actor.person(MANAGER));

        assertThat(none.field()).contains("themes");
        assertThat(unknown.message()).isEqualTo("\"housing\" is not one of the themes. Choose from: information "
                + "sharing, risk assessment, neglect, domestic abuse, mental health, substance misuse, safeguarding "
                + "practice, supervision, agencies working together, voice of the child.");
        assertThat(kind.field()).contains("kind");
        assertThat(goodPractice.applied()).isTrue();
        assertThat(logs.find(record.id()).orElseThrow().findings()).extracting(Finding::kind)
                .containsExactly(Finding.Kind.GOOD_PRACTICE);
    }

    @Test
    void aFindingsTitleOfMoreThan150CharactersIsRefusedBesideItAndNothingIsStored() {
        Result longest = service.addFinding(record.id(), new FindingInput("t".repeat(150), "Some text.",
                List.of("neglect"), ""), Actor.person(MANAGER));
        Result tooLong = service.addFinding(record.id(), new FindingInput("t".repeat(151), "Some text.",
                List.of("neglect"), ""), Actor.person(MANAGER));

        assertThat(longest.applied()).isTrue();
        assertThat(tooLong.applied()).isFalse();
        assertThat(tooLong.field()).contains("title");
        assertThat(tooLong.message()).isEqualTo("The title is 151 characters long; it can be at most 150. Nothing has "
                + "been recorded: please shorten it.");
        assertThat(logs.find(record.id()).orElseThrow().findings()).hasSize(1);
    }

    @Test
    void aRecommendationIsMadeFromFindingsThatExistAndAddressedToTheBoardOrAgencies() {
        service.addFinding(record.id(), neglectFinding(), Actor.person(MANAGER));

        Result noFinding = service.addRecommendation(record.id(), new RecommendationInput("Text.", List.of(),
                List.of()), Actor.person(MANAGER));
        Result missing = service.addRecommendation(record.id(), new RecommendationInput("Text.", List.of(3),
                List.of()), Actor.person(MANAGER));
        Result toBoard = service.addRecommendation(record.id(), new RecommendationInput("The board audits it.",
                List.of(1), List.of()), Actor.person(MANAGER));
        Result toAgencies = service.addRecommendation(record.id(), new RecommendationInput("Share referrals.",
                List.of(1, 1), List.of("Staffordshire Police", " the school ")), Actor.person(MANAGER));

        assertThat(noFinding.field()).contains("findings");
        assertThat(missing.message()).isEqualTo("SCR-2026-400 has no finding 3.");
        assertThat(toBoard.message()).isEqualTo("Recommendation 1 recorded on SCR-2026-400, for the board.");
        assertThat(toAgencies.message()).isEqualTo("Recommendation 2 recorded on SCR-2026-400, for Staffordshire "
                + "Police, the school.");
        assertThat(logs.find(record.id()).orElseThrow().recommendation(2).orElseThrow().findings())
                .containsExactly(1);
    }

    @Test
    void nothingIsMarkedDoneWithoutEvidenceAndALinkAndTheSecondPressSaysWhoDidIt() {
        withAnAction(record);

        Result noEvidence = service.markDone(record.id(), 1, new EvidenceInput(" ", "https://example.org/p", ""),
                Actor.person(OWNER));
        Result noLink = service.markDone(record.id(), 1, new EvidenceInput("Procedure issued.", "", ""),
                Actor.person(OWNER));
        Result badLink = service.markDone(record.id(), 1, new EvidenceInput("Procedure issued.", "example.org", ""),
                Actor.person(OWNER));
        Result done = service.markDone(record.id(), 1, new EvidenceInput("Procedure issued.",
                "https://example.org/procedure", ""), Actor.person(OWNER));
        Result again = service.markDone(record.id(), 1, new EvidenceInput("Procedure issued.",
                "https://example.org/procedure", ""), Actor.person(MANAGER));

        assertThat(noEvidence.field()).contains("evidence");
        assertThat(noLink.field()).contains("link");
        assertThat(badLink.field()).contains("link");
        assertThat(done.applied()).as(done.message()).isTrue();
        LearningAction action = logs.find(record.id()).orElseThrow().action(1).orElseThrow();
        assertThat(action.evidence().orElseThrow().mark().who()).isEqualTo(OWNER);
        assertThat(again.message()).isEqualTo("Action 1 was already marked done by An action owner on 1 December "
                + "2026.");
    }

    @Test
    void aSingleAgencyReviewNeedsEvidenceThatTheRecommendationIsEmbedded() {
        CaseRecord single = decided(cases, "SAR-2026-001", Outcome.SINGLE_AGENCY_LEARNING_REVIEW);
        withAnAction(single);

        Result without = service.markDone(single.id(), 1, new EvidenceInput("Procedure issued.",
                "https://example.org/procedure", ""), Actor.person(MANAGER));
        Result with = service.markDone(single.id(), 1, new EvidenceInput("Procedure issued.",
                "https://example.org/procedure", "Audited three months on: every referral shared the same day."),
                Actor.person(MANAGER));

        assertThat(without.field()).contains("embedded");
        assertThat(with.applied()).as(with.message()).isTrue();
        assertThat(logs.find(single.id()).orElseThrow().action(1).orElseThrow().evidence().orElseThrow().embedded())
                .contains("Audited three months on: every referral shared the same day.");
    }

    @Test
    void onlyTheBoardsPeopleTheLeadReviewerOrItsOwnerMayMarkAnAction() {
        withAnAction(record);

        Result practitioner = service.start(record.id(), 1, Actor.person(PRACTITIONER));
        Result owner = service.start(record.id(), 1, Actor.person(OWNER));

        assertThat(practitioner.forbidden()).isTrue();
        assertThat(owner.applied()).as(owner.message()).isTrue();
        assertThat(logs.find(record.id()).orElseThrow().action(1).orElseThrow().status(LocalDate.parse("2026-12-01")))
                .isEqualTo(LearningAction.Status.IN_PROGRESS);
    }

    @Test
    void anActionsDueDateMustBeAfterTodayAndOnARecommendationThatExists() {
        service.addFinding(record.id(), neglectFinding(), Actor.person(MANAGER));
        service.addRecommendation(record.id(), new RecommendationInput("Share referrals.", List.of(1), List.of()),
                Actor.person(MANAGER));

        assertThat(service.addAction(record.id(), new ActionInput(1, "Staffordshire Police", Optional.empty(),
                "01/12/2026"), Actor.person(MANAGER)).field()).contains("due");
        assertThat(service.addAction(record.id(), new ActionInput(1, "Staffordshire Police", Optional.empty(),
                "soon"), Actor.person(MANAGER)).field()).contains("due");
        assertThat(service.addAction(record.id(), new ActionInput(2, "Staffordshire Police", Optional.empty(),
                "29/01/2027"), Actor.person(MANAGER)).field()).contains("recommendation");
    }

    /** Where an action stands, from what its people said and today's date. */
    @ParameterizedTest(name = "{0}, due {1}, on {2}: {3}")
    @CsvSource({
            "NOT_STARTED, 2027-01-29, 2027-01-28, NOT_STARTED",
            "NOT_STARTED, 2027-01-29, 2027-01-29, NOT_STARTED",
            "NOT_STARTED, 2027-01-29, 2027-01-30, OVERDUE",
            "IN_PROGRESS, 2027-01-29, 2027-01-29, IN_PROGRESS",
            "IN_PROGRESS, 2027-01-29, 2027-03-01, OVERDUE",
            "DONE, 2027-01-29, 2027-03-01, DONE",
            "DONE, 2027-01-29, 2027-01-01, DONE"})
    void anActionIsOverdueTheDayAfterItIsDueUnlessDone(LearningAction.Progress progress, LocalDate due,
                                                       LocalDate today, LearningAction.Status status) {
        Optional<LearningAction.Evidence> evidence = progress == LearningAction.Progress.DONE
                ? Optional.of(new LearningAction.Evidence("Done.", "https://example.org", Optional.empty(),
                new uk.lscb.casereview.core.cases.DoneMark(OWNER, NOW))) : Optional.empty();
        LearningAction action = new LearningAction(1, 1, "Staffordshire Police", Optional.empty(), due, progress,
                evidence, MANAGER, NOW);

        assertThat(action.status(today)).isEqualTo(status);
    }

    @Test
    void recordingTheLearningSharesItOnceAndNeedsAFinding() {
        Result empty = service.share(record.id(), Actor.person(MANAGER));
        service.addFinding(record.id(), neglectFinding(), Actor.person(MANAGER));
        Result shared = service.share(record.id(), Actor.person(MANAGER));
        Result again = service.share(record.id(), Actor.person(CHAIR));

        assertThat(empty.message()).isEqualTo("Record at least one finding first.");
        assertThat(shared.applied()).as(shared.message()).isTrue();
        ReviewLearning review = logs.find(record.id()).orElseThrow();
        assertThat(review.sharedOn()).contains(LocalDate.parse("2026-12-01"));
        assertThat(review.indexed()).isTrue();
        assertThat(logs.postings("neglect", Optional.empty(), Optional.empty(), Optional.empty())).hasSize(1);
        assertThat(again.message()).isEqualTo("The learning of SCR-2026-400 was already recorded by A business "
                + "manager on 1 December 2026.");
    }

    @Test
    void aFindingAddedAfterTheLearningIsSharedIsInTheLogAtOnce() {
        service.addFinding(record.id(), neglectFinding(), Actor.person(MANAGER));
        service.share(record.id(), Actor.person(MANAGER));

        Result later = service.addFinding(record.id(), new FindingInput("Supervision helped", "It was regular.",
                List.of("supervision"), "good-practice"), Actor.person(MANAGER));

        assertThat(later.message()).endsWith("It is in the learning log at once, as the review's learning is shared.");
        assertThat(logs.postings("theme:supervision", Optional.empty(), Optional.empty(), Optional.empty()))
                .hasSize(1);
        assertThat(logs.unindexed()).isEmpty();
    }

    @Test
    void postingsACrashLeftUnwrittenAreWrittenByTheSweep() {
        service.addFinding(record.id(), neglectFinding(), Actor.person(MANAGER));
        ReviewLearning stored = logs.find(record.id()).orElseThrow();
        logs.update(stored.sharedBy(new uk.lscb.casereview.core.cases.DoneMark(MANAGER, NOW)), stored.version());

        assertThat(service.completePending()).isEqualTo(1);
        assertThat(service.completePending()).isZero();
        assertThat(logs.postings("neglect", Optional.empty(), Optional.empty(), Optional.empty())).hasSize(1);
    }

    @Test
    void theActionsListSaysWhereEachStandsAndFiltersByStatus() {
        withAnAction(record);
        service.addAction(record.id(), new ActionInput(1, "the school", Optional.empty(), "26/02/2027"),
                Actor.person(MANAGER));
        service.start(record.id(), 2, Actor.person(MANAGER));

        assertThat(service.actions(List.of(PortFixtures.STAFFORDSHIRE), Optional.empty()))
                .extracting(row -> row.action().agency() + " " + row.status())
                .containsExactly("Staffordshire Police NOT_STARTED", "the school IN_PROGRESS");
        assertThat(service.actions(List.of(PortFixtures.STAFFORDSHIRE),
                Optional.of(LearningAction.Status.IN_PROGRESS))).hasSize(1);
    }

    private void withAnAction(CaseRecord on) {
        service.addFinding(on.id(), neglectFinding(), Actor.person(MANAGER));
        service.addRecommendation(on.id(), new RecommendationInput("Share referrals within a day.", List.of(1),
                List.of("Staffordshire Police")), Actor.person(MANAGER));
        Result action = service.addAction(on.id(), new ActionInput(1, "Staffordshire Police", Optional.of(OWNER),
                "29/01/2027"), Actor.person(MANAGER));
        assertThat(action.applied()).as(action.message()).isTrue();
    }

    private static AuditEvent last(CaseRecord record) {
        return record.audit().get(record.audit().size() - 1);
    }

    private CaseRecord decidedWithAudit(String reference, boolean audit) {
        return decidedWithAudit(cases, reference, audit);
    }

    /** A decided case of Staffordshire whose recommendation carries the audit flag, or not. */
    static CaseRecord decidedWithAudit(InMemoryCases cases, String reference, boolean audit) {
        CaseRecord referred = PortFixtures.caseRecord(reference, new ConversationKey(Platform.TEAMS, reference),
                PortFixtures.AT);
        Recommendation was = referred.recommendation();
        Recommendation flagged = new Recommendation(was.rulePack(), was.outcome(), was.fallbackOutcome(),
                audit ? List.of(AdditionalAction.AUDIT_AND_QUALITY_ASSURANCE) : List.of(), was.uncertain(),
                was.openQuestions(), was.reasons(), was.methodologies(), was.nextSteps(),
                was.consideredForSeriousCaseReview());
        CaseRecord withFlag = new CaseRecord(referred.id(), referred.version(), referred.schemaVersion(),
                referred.board(), referred.reference(), referred.notifiedOn(), referred.referrer(), referred.origin(),
                referred.answers(), flagged, referred.status(), referred.createdAt(), referred.decision(),
                referred.deadlines(), referred.audit(), referred.followUps());
        CaseRecord decided = withFlag.next(CaseStatus.DECIDED, Optional.of(new ChairDecision(
                        Outcome.SINGLE_AGENCY_LEARNING_REVIEW, CHAIR, PortFixtures.AT.plusSeconds(60), Optional.empty(),
                        Optional.empty(), List.of(), false, false)), withFlag.deadlines(),
                new AuditEvent(PortFixtures.AT.plusSeconds(60), CHAIR, "decided", "SINGLE_AGENCY_LEARNING_REVIEW",
                        withFlag.recommendation().rulePack()));
        cases.create(decided);
        return decided;
    }

    @ParameterizedTest(name = "audit flag {0}, \"{1}\" -> taken {2}, the log shows \"{3}\"")
    @CsvSource(delimiter = '|', value = {
            "true  | multi-agency audit  | true  | multi-agency audit",
            "true  | Single agency audit | true  | single-agency audit",
            "true  | multi               | true  | multi-agency audit",
            "false | multi-agency audit  | false | Single agency learning review",
            "false | single-agency audit | false | Single agency learning review",
            "true  | review              | false | Single agency learning review",
            "true  | an inspection       | false | Single agency learning review"})
    void learningIsEnteredAsFromTheAuditOnlyWhenTheDecisionAskedForOne(boolean audit, String typed, boolean taken,
                                                                      String shown) {
        CaseRecord decided = decidedWithAudit("SCR-2026-450", audit);

        Result result = service.source(decided.id(), typed, Actor.person(MANAGER));
        service.addFinding(decided.id(), neglectFinding(), Actor.person(MANAGER));

        assertThat(result.applied()).as(result.message()).isEqualTo(taken);
        assertThat(logs.find(decided.id()).orElseThrow().from()).isEqualTo(shown);
        if (!audit && !taken) {
            assertThat(result.message()).isEqualTo("The decision on SCR-2026-450 did not ask for audit and "
                    + "quality-assurance activity, so its learning cannot be entered as from an audit.");
            assertThat(result.field()).contains(LearningService.Fields.SOURCE);
        }
    }

    @Test
    void theMultiAgencyAuditIsNamedWithWhoLeadsItAndCannotChangeOnceRecorded() {
        CaseRecord decided = decidedWithAudit("SCR-2026-451", true);

        Result set = service.source(decided.id(), "multi-agency audit", Actor.person(MANAGER));
        Result again = service.source(decided.id(), "multi-agency audit", Actor.person(MANAGER));
        service.addFinding(decided.id(), neglectFinding(), Actor.person(MANAGER));
        service.share(decided.id(), Actor.person(MANAGER));
        Result late = service.source(decided.id(), "single-agency audit", Actor.person(MANAGER));
        Result stranger = service.source(decided.id(), "review", Actor.person(PRACTITIONER));

        assertThat(set.message()).isEqualTo("The learning of SCR-2026-451 is now entered as from the multi-agency "
                + "audit the decision asked for (led by the Joint LSCB Performance Subgroup).");
        assertThat(again.applied()).isFalse();
        assertThat(again.message()).isEqualTo("The learning of SCR-2026-451 is already entered as from the "
                + "multi-agency audit.");
        assertThat(late.applied()).isFalse();
        assertThat(late.message()).isEqualTo("The learning of SCR-2026-451 is already recorded, so where it came "
                + "from cannot change now.");
        assertThat(stranger.forbidden()).isTrue();
        assertThat(logs.find(decided.id()).orElseThrow().source()).isEqualTo(ReviewLearning.Source.MULTI_AGENCY_AUDIT);
        assertThat(cases.find(decided.id()).orElseThrow().audit()).extracting(AuditEvent::action, AuditEvent::detail)
                .contains(org.assertj.core.groups.Tuple.tuple("learning source set", "from multi-agency audit"));
    }

    @Test
    void theLearningsAuditEntriesAndItsPostToThePanelsAreKeptWhileOthersKeepReadingTheCase() {
        ReadWhileWritten busy = new ReadWhileWritten(cases);
        LearningService contended = new LearningService(busy, logs, ROLES, Boards.staffordshireAndStoke(),
                LearningThemes.DEFAULT, Clock.fixed(NOW, ZoneId.of("Europe/London")), owing::add);

        Result found = contended.addFinding(record.id(), neglectFinding(), Actor.person(MANAGER));
        Result shared = contended.share(record.id(), Actor.person(MANAGER));

        assertThat(found.applied()).as(found.message()).isTrue();
        assertThat(shared.applied()).as(shared.message()).isTrue();
        CaseRecord stored = cases.find(record.id()).orElseThrow();
        assertThat(stored.audit()).extracting(AuditEvent::action)
                .containsSubsequence("decided", "finding recorded", "learning recorded");
        assertThat(stored.followUps().pending()).extracting(FollowUp::key).contains("LEARNING_SHARED/shared");
        assertThat(owing).extracting(CaseRecord::version).containsExactly(stored.version());
    }

    /** Cases that someone reads (a view noted on its audit trail) just before each replacement of a case. */
    private static final class ReadWhileWritten extends ForwardingCases {
        ReadWhileWritten(Cases cases) {
            super(cases);
        }

        @Override
        public boolean update(CaseRecord next, long expectedVersion) {
            cases.appendAudit(next.id(), new AuditEvent(NOW, PRACTITIONER, "case-page-viewed", "the case's page",
                    next.recommendation().rulePack()));
            return cases.update(next, expectedVersion);
        }
    }
}
