package uk.lscb.casereview.core.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import uk.lscb.casereview.core.cases.CaseLifecycle.Result;
import uk.lscb.casereview.core.contracts.PortFixtures;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.CaseReference;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.rules.Answers;
import uk.lscb.casereview.core.messages.UkDates;
import uk.lscb.casereview.core.rules.Outcome;

class CaseLifecycleTest {
    private static final Instant DECIDED_AT = Instant.parse("2026-12-01T10:00:00Z");
    private static final UserRef CHAIR = new UserRef(Platform.LOCAL, "chair-staffordshire", "The Chair");
    private static final ConversationKey ORIGIN = new ConversationKey(Platform.LOCAL, "practitioner-1");

    private static CaseRecord seriousCaseReviewRecommended() {
        return PortFixtures.caseRecord("SCR-2026-100", ORIGIN, PortFixtures.AT);
    }

    /** Below the threshold: abuse suspected, no death, no serious harm, criterion 1 met. */
    private static CaseRecord commissionedRecommended() {
        Map<String, String> encoded = new LinkedHashMap<>();
        encoded.put("board", "staffordshire");
        encoded.put("case_reference", "LR-2026-7");
        encoded.put("notified_on", "2026-11-20");
        encoded.put("abuse_or_neglect", "yes");
        encoded.put("child_died", "no");
        encoded.put("seriously_harmed", "no");
        encoded.put("multi_agency_negative_impact", "yes");
        encoded.put("single_agency_improvements", "no");
        encoded.put("single_organisation_improvements", "no");
        encoded.put("further_audit_needed", "no");
        Answers answers = Answers.decode(PortFixtures.pack(), encoded, Set.of());
        Referral referral = new Referral(PortFixtures.STAFFORDSHIRE, new CaseReference("LR-2026-7"),
                LocalDate.parse("2026-11-20"), answers, PortFixtures.pack().recommend(answers));
        return CaseRecord.referred(referral, PortFixtures.PRACTITIONER, ORIGIN, PortFixtures.AT);
    }

    private static CaseAction.Decide decide(Outcome outcome) {
        return new CaseAction.Decide(CHAIR, outcome, Optional.empty(), Optional.empty(), List.of(), false, false);
    }

    private static CaseAction.Decide holdSeriousCaseReview() {
        return new CaseAction.Decide(CHAIR, Outcome.SERIOUS_CASE_REVIEW, Optional.empty(), Optional.empty(),
                List.of("A. Reviewer"), true, false);
    }

    private static CaseAction.Step step(CaseStep step, String... fieldsAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            values.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return new CaseAction.Step(CHAIR, step, values);
    }

    private static CaseRecord applied(CaseRecord record, CaseAction action, Instant at) {
        Result result = CaseLifecycle.apply(record, action, at);
        assertThat(result).as("%s", result).isInstanceOf(Result.Applied.class);
        return ((Result.Applied) result).next();
    }

    private static String refusal(CaseRecord record, CaseAction action, Instant at) {
        Result result = CaseLifecycle.apply(record, action, at);
        assertThat(result).as("%s", result).isInstanceOf(Result.Refused.class);
        return ((Result.Refused) result).message();
    }

    static Stream<Arguments> freeTextNamingSomeone() {
        String name = "Jane Smith's school raised it";
        String date = "born 12/03/2015";
        return Stream.of(
                Arguments.of("the reason for another outcome", new CaseAction.Decide(CHAIR, Outcome.NO_FURTHER_ACTION,
                        Optional.of(name), Optional.empty(), List.of(), false, false), Optional.of(DecisionCard.REASON)),
                Arguments.of("the justification", new CaseAction.Decide(CHAIR, Outcome.NO_FURTHER_ACTION, Optional.of("ok"),
                        Optional.of(date), List.of(), false, false), Optional.of(DecisionCard.JUSTIFICATION)),
                Arguments.of("an information request", new CaseAction.RequestMoreInformation(CHAIR, name),
                        Optional.of(DecisionCard.REQUEST)),
                Arguments.of("a delay reason", new CaseAction.RecordDelay(CHAIR, DeadlineKind.CHAIR_DECISION, name),
                        Optional.empty()),
                Arguments.of("a withdrawal reason", step(CaseStep.WITHDRAW, CaseStep.Fields.REASON, date),
                        Optional.of(CaseStep.Fields.REASON)),
                Arguments.of("another systems method, a line", step(CaseStep.METHODOLOGY, CaseStep.Fields.OTHER_METHOD,
                        name), Optional.of(CaseStep.Fields.OTHER_METHOD)),
                Arguments.of("the referrer's answer to the Chair",
                        new CaseAction.InformationProvided(CHAIR, name), Optional.of(CaseLifecycle.ANSWER)));
    }

    @ParameterizedTest(name = "{0} that may name a child is refused with a warning")
    @MethodSource("freeTextNamingSomeone")
    void freeTextThatMayHoldAChildsNameOrBirthDateIsRefusedAndNotKept(String what, CaseAction action,
                                                                       Optional<String> input) {
        Result result = CaseLifecycle.apply(seriousCaseReviewRecommended(), action, DECIDED_AT);

        assertThat(result).isInstanceOfSatisfying(Result.Refused.class, refused -> {
            assertThat(refused.message()).contains("I haven't recorded that", "never type a child's name");
            assertThat(refused.input()).isEqualTo(input);
        });
    }

    @Test
    void aReferralAwaitsTheChairWithTheDecisionDueOneMonthAfterNotification() {
        CaseRecord record = seriousCaseReviewRecommended();

        assertThat(record.status()).isEqualTo(CaseStatus.AWAITING_DECISION);
        assertThat(record.deadlines()).containsExactly(
                CaseDeadline.open(DeadlineKind.CHAIR_DECISION, LocalDate.parse("2026-12-20")));
    }

    @Test
    void holdingASeriousCaseReviewStartsTheNationalPanelAndCompletionClocks() {
        CaseRecord decided = applied(seriousCaseReviewRecommended(), holdSeriousCaseReview(), DECIDED_AT);

        assertThat(decided.status()).isEqualTo(CaseStatus.DECIDED);
        assertThat(decided.version()).isEqualTo(2);
        assertThat(decided.decision().orElseThrow().leadReviewers()).containsExactly("A. Reviewer");
        assertThat(decided.deadline(DeadlineKind.CHAIR_DECISION).orElseThrow().done())
                .contains(new DoneMark(CHAIR, DECIDED_AT));
        assertThat(decided.deadline(DeadlineKind.NATIONAL_PANEL_NOTIFICATION).orElseThrow().due())
                .isEqualTo(LocalDate.parse("2026-12-15"));
        assertThat(decided.deadline(DeadlineKind.SCR_COMPLETION).orElseThrow().due())
                .isEqualTo(LocalDate.parse("2027-06-01"));
        assertThat(decided.audit()).extracting(AuditEvent::action).containsExactly("referred", "decided");
        assertThat(decided.audit().get(1).rulePack().id()).isEqualTo("wt2015");
    }

    @Test
    void aSeriousCaseReviewNeedsNamedIndependentLeadReviewers() {
        CaseRecord record = seriousCaseReviewRecommended();

        assertThat(refusal(record, decide(Outcome.SERIOUS_CASE_REVIEW), DECIDED_AT)).contains("lead reviewer");
        assertThat(((Result.Refused) CaseLifecycle.apply(record, decide(Outcome.SERIOUS_CASE_REVIEW), DECIDED_AT))
                .input()).contains(DecisionCard.LEAD_REVIEWERS);
        assertThat(refusal(record, new CaseAction.Decide(CHAIR, Outcome.SERIOUS_CASE_REVIEW, Optional.empty(),
                Optional.empty(), List.of("A. Reviewer"), false, false), DECIDED_AT)).contains("independent");
        assertThat(refusal(record, new CaseAction.Decide(CHAIR, Outcome.SERIOUS_CASE_REVIEW, Optional.empty(),
                Optional.empty(), List.of("  "), true, false), DECIDED_AT)).contains("lead reviewer");
    }

    @Test
    void notHoldingOneOnACaseConsideredForItNeedsAReasonAndAWrittenJustification() {
        CaseRecord record = seriousCaseReviewRecommended();
        CaseAction.Decide noReason = new CaseAction.Decide(CHAIR, Outcome.NO_FURTHER_ACTION, Optional.empty(),
                Optional.of("The death was from natural causes, confirmed by the post-mortem."), List.of(), false, false);
        CaseAction.Decide noJustification = new CaseAction.Decide(CHAIR, Outcome.NO_FURTHER_ACTION,
                Optional.of("Natural causes"), Optional.empty(), List.of(), false, false);
        CaseAction.Decide both = new CaseAction.Decide(CHAIR, Outcome.NO_FURTHER_ACTION, Optional.of("Natural causes"),
                Optional.of("The death was from natural causes, confirmed by the post-mortem."), List.of(), false, false);

        assertThat(refusal(record, noReason, DECIDED_AT)).contains("reason");
        assertThat(refusal(record, noJustification, DECIDED_AT)).contains("justification");
        CaseRecord decided = applied(record, both, DECIDED_AT);
        assertThat(decided.status()).isEqualTo(CaseStatus.DECIDED);
        assertThat(decided.decision().orElseThrow().justification()).isPresent();
        assertThat(decided.deadline(DeadlineKind.NATIONAL_PANEL_NOTIFICATION)).isPresent();
        assertThat(decided.deadline(DeadlineKind.SCR_COMPLETION)).isEmpty();
    }

    /** A case with these decisive answers (short ids: abuse, died, custody, suicide, harmed, concern, ...). */
    private static CaseRecord referred(String compact) {
        Map<String, String> shortIds = Map.ofEntries(Map.entry("abuse", "abuse_or_neglect"),
                Map.entry("died", "child_died"), Map.entry("custody", "died_in_custody"),
                Map.entry("suicide", "suspected_suicide"), Map.entry("harmed", "seriously_harmed"),
                Map.entry("concern", "concern_working_together"), Map.entry("impact", "multi_agency_negative_impact"),
                Map.entry("criterion2", "single_agency_improvements"),
                Map.entry("several", "several_agencies_need_action"),
                Map.entry("oneorg", "single_organisation_improvements"), Map.entry("audit", "further_audit_needed"));
        Map<String, String> encoded = new LinkedHashMap<>();
        encoded.put("board", "staffordshire");
        encoded.put("case_reference", "LR-2026-8");
        encoded.put("notified_on", "2026-11-20");
        for (String pair : compact.trim().split("\\s+")) {
            String[] parts = pair.split("=");
            encoded.put(shortIds.get(parts[0]), parts[1]);
        }
        Answers answers = Answers.decode(PortFixtures.pack(), encoded, Set.of());
        Referral referral = new Referral(PortFixtures.STAFFORDSHIRE, new CaseReference("LR-2026-8"),
                LocalDate.parse("2026-11-20"), answers, PortFixtures.pack().recommend(answers));
        return CaseRecord.referred(referral, PortFixtures.PRACTITIONER, ORIGIN, PortFixtures.AT);
    }

    @ParameterizedTest(name = "[{index}] recommended {0}, deciding {1} asks for: {2}")
    @CsvSource(delimiter = '|', value = {
        // recommended                              | decided                                    | inputs asked for
        "SERIOUS_CASE_REVIEW                        | SERIOUS_CASE_REVIEW                        | lead_reviewers reviewers_independent",
        "SERIOUS_CASE_REVIEW                        | NO_FURTHER_ACTION                          | reason justification",
        "SERIOUS_CASE_REVIEW                        | INTERNAL_MULTI_AGENCY_LEARNING_REVIEW      | reason justification internal_review_consent",
        "SERIOUS_CASE_REVIEW                        | SINGLE_AGENCY_LEARNING_REVIEW              | reason justification",
        "COMMISSIONED_MULTI_AGENCY_LEARNING_REVIEW  | COMMISSIONED_MULTI_AGENCY_LEARNING_REVIEW  | ''",
        "COMMISSIONED_MULTI_AGENCY_LEARNING_REVIEW  | NO_FURTHER_ACTION                          | reason",
        "COMMISSIONED_MULTI_AGENCY_LEARNING_REVIEW  | INTERNAL_MULTI_AGENCY_LEARNING_REVIEW      | reason internal_review_consent",
        "COMMISSIONED_MULTI_AGENCY_LEARNING_REVIEW  | SERIOUS_CASE_REVIEW                        | reason lead_reviewers reviewers_independent",
    })
    void theInputsADecisionAsksForAreTheOnesItsRulesRefuseWithoutAndNoOthers(Outcome recommended, Outcome decided,
                                                                          String expected) {
        CaseRecord record = recommended == Outcome.SERIOUS_CASE_REVIEW ? seriousCaseReviewRecommended()
                : commissionedRecommended();
        assertThat(record.recommendation().outcome()).isEqualTo(recommended);
        List<String> needed = CaseLifecycle.inputsNeeded(record.recommendation(), decided);
        assertThat(needed).containsExactlyElementsOf(expected.isBlank() ? List.of() : List.of(expected.split(" ")));
        // Each one left out is refused, about that input; all given, the decision is made.
        for (String left : needed) {
            CaseAction.Decide without = new CaseAction.Decide(CHAIR, decided,
                    left.equals(DecisionCard.REASON) ? Optional.empty() : Optional.of("The Chair's reason."),
                    left.equals(DecisionCard.JUSTIFICATION) ? Optional.empty()
                            : Optional.of("The criteria are not met on the evidence given."),
                    left.equals(DecisionCard.LEAD_REVIEWERS) ? List.of() : List.of("A. Reviewer"),
                    !left.equals(DecisionCard.INDEPENDENT), !left.equals(DecisionCard.CONSENT));
            assertThat(CaseLifecycle.apply(record, without, DECIDED_AT)).as("without " + left)
                    .isInstanceOfSatisfying(Result.Refused.class, refused -> assertThat(refused.input()).contains(left));
        }
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}, considered={2}")
    @CsvSource(delimiter = '|', value = {
        // decisive answers                                                                     | recommended | considered
        "abuse=yes died=no harmed=yes concern=no impact=no criterion2=no oneorg=no audit=no       | NO_FURTHER_ACTION | true",
        "abuse=yes died=no harmed=unsure concern=no impact=no criterion2=yes several=yes audit=no | INTERNAL_MULTI_AGENCY_LEARNING_REVIEW | true",
        "abuse=unsure died=no harmed=yes concern=no impact=unsure criterion2=no oneorg=no audit=no | COMMISSIONED_MULTI_AGENCY_LEARNING_REVIEW | true",
        "abuse=yes died=no harmed=yes concern=no impact=no criterion2=no oneorg=yes audit=yes     | SINGLE_AGENCY_LEARNING_REVIEW | true",
        "abuse=no died=yes custody=no suicide=no impact=no criterion2=no oneorg=no audit=no       | NO_FURTHER_ACTION | false",
        "abuse=yes died=no harmed=no impact=yes audit=no                                           | COMMISSIONED_MULTI_AGENCY_LEARNING_REVIEW | false",
        "abuse=no died=no impact=no criterion2=no oneorg=no audit=no                               | NO_FURTHER_ACTION | false",
    })
    void confirmingTheRecommendationOnACaseConsideredForAReviewNeedsAJustificationAndStartsTheNationalPanelClock(
            String answers, Outcome recommended, boolean considered) {
        CaseRecord record = referred(answers);
        assertThat(record.recommendation().outcome()).isEqualTo(recommended);
        CaseAction.Decide withoutJustification = new CaseAction.Decide(CHAIR, recommended, Optional.empty(),
                Optional.empty(), List.of(), false, true);
        CaseAction.Decide withJustification = new CaseAction.Decide(CHAIR, recommended, Optional.empty(),
                Optional.of("Agencies shared information well; the harm was not foreseeable."), List.of(), false,
                true);

        Result unjustified = CaseLifecycle.apply(record, withoutJustification, DECIDED_AT);
        if (considered) {
            assertThat(unjustified).isInstanceOf(Result.Refused.class);
            assertThat(((Result.Refused) unjustified).message()).contains("justification", "national panel");
            assertThat(((Result.Refused) unjustified).input()).contains(DecisionCard.JUSTIFICATION);
        } else {
            assertThat(unjustified).isInstanceOf(Result.Applied.class);
        }
        CaseRecord decided = applied(record, considered ? withJustification : withoutJustification, DECIDED_AT);
        assertThat(decided.deadline(DeadlineKind.NATIONAL_PANEL_NOTIFICATION).map(CaseDeadline::due))
                .isEqualTo(considered ? Optional.of(LocalDate.parse("2026-12-15")) : Optional.empty());
        assertThat(decided.decision().orElseThrow().justification().isPresent()).isEqualTo(considered);
    }

    @Test
    void noFurtherActionOnAConsideredCaseClosesOnlyOnceTheNationalPanelIsNotified() {
        CaseRecord decided = applied(referred("abuse=yes died=no harmed=yes concern=no impact=no criterion2=no "
                        + "oneorg=no audit=no"), new CaseAction.Decide(CHAIR, Outcome.NO_FURTHER_ACTION, Optional.empty(),
                        Optional.of("Agencies shared information well; the harm was not foreseeable."), List.of(),
                        false, false), DECIDED_AT);
        Instant next = Instant.parse("2026-12-02T12:00:00Z");

        assertThat(decided.status()).isEqualTo(CaseStatus.DECIDED);
        assertThat(refusal(decided, step(CaseStep.CLOSE, CaseStep.Fields.REASON, "No review"), next))
                .isEqualTo("That can't be done yet: first record \u201CNational panel notified\u201D.");
        assertThat(refusal(decided, step(CaseStep.WITHDRAW, CaseStep.Fields.REASON, "Referred in error"), next))
                .contains("never closed or withdrawn with the notification outstanding");
        CaseRecord notified = applied(decided, step(CaseStep.NATIONAL_PANEL_NOTIFIED, CaseStep.Fields.SENT_ON,
                "2026-12-02"), next);
        assertThat(notified.deadline(DeadlineKind.NATIONAL_PANEL_NOTIFICATION).orElseThrow().done())
                .contains(new DoneMark(CHAIR, next));
        CaseRecord closed = applied(notified, step(CaseStep.CLOSE, CaseStep.Fields.REASON, "No review needed"), next);
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.audit()).extracting(AuditEvent::action)
                .containsExactly("referred", "decided", "national panel notified", "closed");
    }

    @Test
    void noFurtherActionOnACaseNotConsideredClosesAtOnce() {
        CaseRecord closed = applied(referred("abuse=no died=no impact=no criterion2=no oneorg=no audit=no"),
                decide(Outcome.NO_FURTHER_ACTION), DECIDED_AT);

        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(CaseLifecycle.available(closed)).isEmpty();
    }

    @Test
    void anInternalReviewNeedsTheChairsExplicitConsent() {
        CaseRecord record = commissionedRecommended();
        CaseAction.Decide withoutConsent = new CaseAction.Decide(CHAIR, Outcome.INTERNAL_MULTI_AGENCY_LEARNING_REVIEW,
                Optional.of("Several agencies"), Optional.empty(), List.of(), false, false);
        CaseAction.Decide withConsent = new CaseAction.Decide(CHAIR, Outcome.INTERNAL_MULTI_AGENCY_LEARNING_REVIEW,
                Optional.of("Several agencies"), Optional.empty(), List.of(), false, true);

        assertThat(refusal(record, withoutConsent, DECIDED_AT)).contains("consent");
        assertThat(applied(record, withConsent, DECIDED_AT).decision().orElseThrow().internalReviewConsent()).isTrue();
    }

    @Test
    void aSecondDecisionIsRefusedNamingWhoDecidedAndWhen() {
        CaseRecord decided = applied(seriousCaseReviewRecommended(), holdSeriousCaseReview(), DECIDED_AT);

        String message = refusal(decided, holdSeriousCaseReview(), DECIDED_AT.plusSeconds(5));

        assertThat(message).contains("already been decided", "The Chair", "1 December 2026 at 10:00");
    }

    @Test
    void aPossibleSeriousCaseReviewIsNotADecision() {
        assertThat(refusal(seriousCaseReviewRecommended(), decide(Outcome.POSSIBLE_SERIOUS_CASE_REVIEW), DECIDED_AT))
                .contains("possible one is a recommendation");
    }

    @Test
    void moreInformationGoesBackToTheReferrerAndTheCaseThenAwaitsTheChairAgain() {
        CaseRecord asked = applied(seriousCaseReviewRecommended(),
                new CaseAction.RequestMoreInformation(CHAIR, "Which agencies were involved?"), DECIDED_AT);
        assertThat(asked.status()).isEqualTo(CaseStatus.MORE_INFORMATION_REQUESTED);

        CaseRecord answered = applied(asked, new CaseAction.InformationProvided(PortFixtures.PRACTITIONER,
                "Sent by secure email"), DECIDED_AT.plusSeconds(3600));
        assertThat(answered.status()).isEqualTo(CaseStatus.AWAITING_DECISION);
        assertThat(CaseLifecycle.apply(answered, new CaseAction.RequestMoreInformation(CHAIR, " "), DECIDED_AT))
                .isEqualTo(new Result.Refused("Please say what information is needed.",
                        Optional.of(DecisionCard.REQUEST)));
    }

    @Test
    void aMoveToANewStageIsSummarisedInPlainWordsNamingTheStage() {
        Result asked = CaseLifecycle.apply(seriousCaseReviewRecommended(),
                new CaseAction.RequestMoreInformation(CHAIR, "Which agencies were involved?"), DECIDED_AT);

        assertThat(((Result.Applied) asked).summary())
                .isEqualTo("The case's stage is now: More information requested by the Chair.");
    }

    @Test
    void aSeriousCaseReviewGoesFromDecisionToPublicationAndClosure() {
        CaseRecord record = applied(seriousCaseReviewRecommended(), holdSeriousCaseReview(), DECIDED_AT);
        record = applied(record, step(CaseStep.NATIONAL_PANEL_NOTIFIED, CaseStep.Fields.SENT_ON, "2026-12-05"),
                Instant.parse("2026-12-05T12:00:00Z"));
        assertThat(record.status()).isEqualTo(CaseStatus.NATIONAL_PANEL_NOTIFIED);
        assertThat(record.deadline(DeadlineKind.NATIONAL_PANEL_NOTIFICATION).orElseThrow().isDone()).isTrue();
        record = applied(record, step(CaseStep.METHODOLOGY, CaseStep.Fields.METHODOLOGY, "other",
                CaseStep.Fields.OTHER_METHOD, "Welsh systems model"), Instant.parse("2026-12-06T12:00:00Z"));
        record = applied(record, step(CaseStep.TERMS_OF_REFERENCE, CaseStep.Fields.AGREED_ON, "6 Dec 2026"),
                Instant.parse("2026-12-06T13:00:00Z"));
        record = applied(record, step(CaseStep.REVIEW_STARTED, CaseStep.Fields.STARTED_ON, "2026-12-07"),
                Instant.parse("2026-12-07T12:00:00Z"));
        assertThat(record.status()).isEqualTo(CaseStatus.REVIEW_IN_PROGRESS);
        record = applied(record, step(CaseStep.DRAFT_RECEIVED, CaseStep.Fields.RECEIVED_ON, "2027-04-20"),
                Instant.parse("2027-04-20T12:00:00Z"));
        record = applied(record, step(CaseStep.FINAL_REPORT_AGREED, CaseStep.Fields.AGREED_ON, "2027-05-01"),
                Instant.parse("2027-05-01T12:00:00Z"));
        assertThat(record.deadline(DeadlineKind.SCR_COMPLETION).orElseThrow().isDone()).isTrue();
        record = applied(record, step(CaseStep.PUBLICATION_PLANNED, CaseStep.Fields.PLANNED_FOR, "2027-06-30"),
                Instant.parse("2027-05-02T12:00:00Z"));
        assertThat(record.deadline(DeadlineKind.NATIONAL_PANEL_REPORT_COPY).orElseThrow().due())
                .isEqualTo(LocalDate.parse("2027-06-23"));
        record = applied(record, step(CaseStep.REPORT_COPY_SENT, CaseStep.Fields.SENT_ON, "2027-06-20"),
                Instant.parse("2027-06-20T12:00:00Z"));
        record = applied(record, step(CaseStep.PUBLISHED, CaseStep.Fields.PUBLISHED_ON, "2027-06-30",
                CaseStep.Fields.ADDRESS, "https://www.staffsscb.org.uk/scr/2026-100"), Instant.parse("2027-06-30T12:00:00Z"));
        assertThat(record.status()).isEqualTo(CaseStatus.PUBLISHED);
        assertThat(record.deadline(DeadlineKind.PUBLICATION_MINIMUM).orElseThrow().due())
                .isEqualTo(LocalDate.parse("2028-06-30"));
        record = applied(record, step(CaseStep.BOARD_RESPONSE, CaseStep.Fields.RESPONDED_ON, "2027-06-30"),
                Instant.parse("2027-07-01T12:00:00Z"));
        record = applied(record, step(CaseStep.CLOSE, CaseStep.Fields.REASON, "Actions embedded"),
                Instant.parse("2027-07-02T12:00:00Z"));

        assertThat(record.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(record.audit()).extracting(AuditEvent::action).containsExactly("referred", "decided",
                "national panel notified", "methodology chosen", "terms of reference agreed", "review started",
                "draft report received", "final report agreed", "publication planned", "final report copy sent",
                "published", "board's response recorded", "closed");
        assertThat(record.audit()).allSatisfy(event -> assertThat(event.rulePack().id()).isEqualTo("wt2015"));
        assertThat(record.audit().get(3).values()).containsEntry(CaseStep.Fields.METHODOLOGY, "other")
                .containsEntry(CaseStep.Fields.OTHER_METHOD, "Welsh systems model");
        assertThat(record.audit().get(4).values()).containsEntry(CaseStep.Fields.AGREED_ON, "2026-12-06");
    }

    @Test
    void aLearningReviewGoesFromDecisionToItsFinalReportAndClosure() {
        CaseRecord record = applied(commissionedRecommended(),
                decide(Outcome.COMMISSIONED_MULTI_AGENCY_LEARNING_REVIEW), DECIDED_AT);
        assertThat(record.deadline(DeadlineKind.NATIONAL_PANEL_NOTIFICATION)).isEmpty();
        Instant later = DECIDED_AT.plusSeconds(60);
        record = applied(record, step(CaseStep.METHODOLOGY, CaseStep.Fields.METHODOLOGY, "scie"), later);
        record = applied(record, step(CaseStep.LEAD_REVIEWERS, CaseStep.Fields.LEAD_REVIEWERS, "C. Reviewer"), later);
        record = applied(record, step(CaseStep.TERMS_OF_REFERENCE, CaseStep.Fields.AGREED_ON, "2026-12-01"), later);
        record = applied(record, step(CaseStep.REVIEW_STARTED, CaseStep.Fields.STARTED_ON, "2026-12-01"), later);
        record = applied(record, step(CaseStep.DRAFT_RECEIVED, CaseStep.Fields.RECEIVED_ON, "2026-12-01"), later);
        record = applied(record, step(CaseStep.FINAL_REPORT_AGREED, CaseStep.Fields.AGREED_ON, "2026-12-01"), later);
        assertThat(record.status()).isEqualTo(CaseStatus.FINAL_REPORT);
        assertThat(CaseLifecycle.available(record)).containsExactly(CaseStep.CLOSE, CaseStep.WITHDRAW);
        record = applied(record, step(CaseStep.CLOSE, CaseStep.Fields.REASON, "Done"), later);

        assertThat(record.status()).isEqualTo(CaseStatus.CLOSED);
    }

    /** A step's date before the LSCB was notified of the incident is a slip: a review "started" in 2019 was kept. */
    @Test
    void aStepsDateBeforeTheLscbWasNotifiedIsRefusedNamingTheDay() {
        CaseRecord scr = applied(seriousCaseReviewRecommended(), holdSeriousCaseReview(), DECIDED_AT);
        String notified = UkDates.format(scr.notifiedOn());

        assertThat(refusal(scr, step(CaseStep.NATIONAL_PANEL_NOTIFIED, CaseStep.Fields.SENT_ON, "01/01/2019"),
                DECIDED_AT)).isEqualTo("The date the notification was sent cannot be before " + notified
                + ", when the LSCB was notified of the incident.");
        assertThat(refusal(scr, step(CaseStep.NATIONAL_PANEL_NOTIFIED, CaseStep.Fields.SENT_ON,
                scr.notifiedOn().minusDays(1).toString()), DECIDED_AT)).contains("cannot be before " + notified);
        assertThat(applied(scr, step(CaseStep.NATIONAL_PANEL_NOTIFIED, CaseStep.Fields.SENT_ON,
                scr.notifiedOn().toString()), DECIDED_AT).status()).isEqualTo(CaseStatus.NATIONAL_PANEL_NOTIFIED);
    }

    @Test
    void stepsOutOfOrderAreRefusedWithAClearMessage() {
        CaseRecord scr = applied(seriousCaseReviewRecommended(), holdSeriousCaseReview(), DECIDED_AT);
        CaseRecord learning = applied(commissionedRecommended(),
                decide(Outcome.COMMISSIONED_MULTI_AGENCY_LEARNING_REVIEW), DECIDED_AT);

        assertThat(refusal(seriousCaseReviewRecommended(), step(CaseStep.REVIEW_STARTED, CaseStep.Fields.STARTED_ON,
                "2026-12-01"), DECIDED_AT)).contains("not decided");
        assertThat(refusal(scr, step(CaseStep.REVIEW_STARTED), DECIDED_AT))
                .isEqualTo("That can't be done yet: first record \u201CTerms of reference agreed\u201D.");
        assertThat(refusal(scr, step(CaseStep.CLOSE), DECIDED_AT))
                .isEqualTo("That can't be done yet: first record \u201CNational panel notified\u201D.");
        assertThat(refusal(learning, step(CaseStep.PUBLISHED), DECIDED_AT)).isEqualTo("Final report published is "
                + "not a step of a case decided as: " + Outcome.COMMISSIONED_MULTI_AGENCY_LEARNING_REVIEW.label() + ".");
        assertThat(refusal(learning, step(CaseStep.NATIONAL_PANEL_NOTIFIED), DECIDED_AT)).contains("not considered");
        assertThat(refusal(scr, step(CaseStep.NATIONAL_PANEL_NOTIFIED, CaseStep.Fields.SENT_ON, "2027-01-01"),
                DECIDED_AT)).contains("cannot be in the future");
    }

    @Test
    void markingADeadlineDoneTwiceSaysWhoDidItFirst() {
        CaseRecord decided = applied(seriousCaseReviewRecommended(), holdSeriousCaseReview(), DECIDED_AT);
        CaseRecord done = applied(decided, new CaseAction.MarkDone(CHAIR, DeadlineKind.NATIONAL_PANEL_NOTIFICATION),
                DECIDED_AT.plusSeconds(60));

        assertThat(refusal(done, new CaseAction.MarkDone(PortFixtures.PRACTITIONER,
                DeadlineKind.NATIONAL_PANEL_NOTIFICATION), DECIDED_AT.plusSeconds(120)))
                .contains("already marked done by The Chair");
    }

    /**
     * A serious case review's 6 months are marked done once its draft report is in, as its final report could be
     * agreed: "done … scr" marked a review completed when the national panel had only just been told of it.
     */
    @Test
    void aSeriousCaseReviewIsMarkedCompletedOnlyOnceItsFinalReportCouldBeAgreed() {
        CaseRecord record = applied(seriousCaseReviewRecommended(), holdSeriousCaseReview(), DECIDED_AT);
        record = applied(record, step(CaseStep.NATIONAL_PANEL_NOTIFIED, CaseStep.Fields.SENT_ON, "2026-12-05"),
                Instant.parse("2026-12-05T12:00:00Z"));
        CaseAction.MarkDone completed = new CaseAction.MarkDone(CHAIR, DeadlineKind.SCR_COMPLETION);

        assertThat(refusal(record, completed, Instant.parse("2026-12-12T12:00:00Z"))).isEqualTo("Serious case "
                + "review completed can't be marked done yet: first record \u201CDraft report received\u201D.");
        assertThat(record.deadline(DeadlineKind.SCR_COMPLETION).orElseThrow().isDone()).isFalse();
        record = applied(record, step(CaseStep.METHODOLOGY, CaseStep.Fields.METHODOLOGY, "scie"),
                Instant.parse("2026-12-06T12:00:00Z"));
        record = applied(record, step(CaseStep.TERMS_OF_REFERENCE, CaseStep.Fields.AGREED_ON, "2026-12-06"),
                Instant.parse("2026-12-06T13:00:00Z"));
        record = applied(record, step(CaseStep.REVIEW_STARTED, CaseStep.Fields.STARTED_ON, "2026-12-07"),
                Instant.parse("2026-12-07T12:00:00Z"));
        record = applied(record, step(CaseStep.DRAFT_RECEIVED, CaseStep.Fields.RECEIVED_ON, "2027-04-20"),
                Instant.parse("2027-04-20T12:00:00Z"));

        assertThat(applied(record, completed, Instant.parse("2027-04-21T12:00:00Z"))
                .deadline(DeadlineKind.SCR_COMPLETION).orElseThrow().isDone()).isTrue();
    }

    /** A reason typed with its own stop is quoted without a second one after the quotation mark. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Parallel criminal proceedings  | Reason for the delay recorded: \u201CParallel criminal proceedings\u201D.
            Parallel criminal proceedings. | Reason for the delay recorded: \u201CParallel criminal proceedings.\u201D
            Awaiting the coroner?          | Reason for the delay recorded: \u201CAwaiting the coroner?\u201D
            """)
    void aDelayReasonIsQuotedWithOneStop(String reason, String line) {
        assertThat(CaseDeadline.open(DeadlineKind.CHAIR_DECISION, LocalDate.parse("2026-12-20"))
                .withDelayReason(reason).delayLine()).contains(line);
    }

    @Test
    void aReasonForDelayIsRecordedOnlyOnceTheDeadlineHasPassed() {
        CaseRecord record = seriousCaseReviewRecommended();
        CaseAction.RecordDelay delay = new CaseAction.RecordDelay(CHAIR, DeadlineKind.CHAIR_DECISION,
                "Parallel criminal proceedings");

        assertThat(refusal(record, delay, Instant.parse("2026-12-20T12:00:00Z"))).contains("once the deadline has passed");
        CaseRecord late = applied(record, delay, Instant.parse("2026-12-21T00:30:00Z"));
        assertThat(late.deadline(DeadlineKind.CHAIR_DECISION).orElseThrow().delayReason())
                .contains("Parallel criminal proceedings");
        // The person is told the reason as every copy of the reminder then shows it.
        assertThat(CaseLifecycle.apply(record, delay, Instant.parse("2026-12-21T00:30:00Z"), (kind, due) -> false))
                .isInstanceOfSatisfying(Result.Applied.class, applied -> assertThat(applied.summary())
                        .isEqualTo("Reason for the delay recorded: \u201CParallel criminal proceedings\u201D."));
    }

    /**
     * A request for more information pressed again, and an answer given again, say what happened and who did it, not
     * "this step follows 'more information requested by the chair'".
     */
    @Test
    void askingForMoreInformationOrAnsweringTwiceSaysWhatAlreadyHappened() {
        CaseRecord asked = applied(seriousCaseReviewRecommended(), new CaseAction.RequestMoreInformation(CHAIR,
                "Which agencies saw the family?"), DECIDED_AT);

        assertThat(refusal(asked, new CaseAction.RequestMoreInformation(CHAIR, "And the school?"), DECIDED_AT))
                .isEqualTo("More information was already asked for, by The Chair on 1 December 2026 at 10:00; the "
                        + "referrer has not answered yet. You can decide once they have.");
        CaseRecord answered = applied(asked, new CaseAction.InformationProvided(PortFixtures.PRACTITIONER,
                "Health visiting and the GP."), DECIDED_AT.plusSeconds(3600));
        assertThat(refusal(answered, new CaseAction.InformationProvided(PortFixtures.PRACTITIONER, "Also the school."),
                DECIDED_AT.plusSeconds(7200))).isEqualTo("The Chair's request was already answered, by "
                + PortFixtures.PRACTITIONER.displayName() + " on 1 December 2026 at 11:00; the Chair has the answer, "
                + "and the case is awaiting their decision.");
    }

    /** A second reason replaces the first and says so; the same reason again changes nothing. */
    @Test
    void aSecondReasonForTheDelaySaysWhichItReplacesAndTheSameAgainIsRefused() {
        Instant late = Instant.parse("2026-12-21T00:30:00Z");
        CaseRecord reasoned = applied(seriousCaseReviewRecommended(), new CaseAction.RecordDelay(CHAIR,
                DeadlineKind.CHAIR_DECISION, "Parallel criminal proceedings"), late);

        assertThat(refusal(reasoned, new CaseAction.RecordDelay(CHAIR, DeadlineKind.CHAIR_DECISION,
                "parallel criminal proceedings "), late)).isEqualTo("That reason for the delay is already recorded.");
        assertThat(CaseLifecycle.apply(reasoned, new CaseAction.RecordDelay(CHAIR, DeadlineKind.CHAIR_DECISION,
                "Awaiting the post-mortem report"), late, (kind, due) -> false))
                .isInstanceOfSatisfying(Result.Applied.class, applied -> {
                    assertThat(applied.summary()).isEqualTo("It replaces the reason recorded before, \u201CParallel "
                            + "criminal proceedings\u201D. Reason for the delay recorded: \u201CAwaiting the "
                            + "post-mortem report\u201D.");
                    assertThat(applied.next().audit()).extracting(AuditEvent::action).containsSubsequence(
                            "delay reason", "delay reason");
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the day before the due date, no overdue reminder posted         | 2026-12-19T12:00:00Z |            | refused
            on the due date, no overdue reminder posted                     | 2026-12-20T12:00:00Z |            | refused
            just after the due date, by the clock alone                     | 2026-12-21T00:30:00Z |            | recorded
            before the due date, the overdue reminder already posted        | 2026-12-15T12:00:00Z | 2026-12-20 | recorded
            on the due date, the overdue reminder already posted            | 2026-12-20T12:00:00Z | 2026-12-20 | recorded
            before the due date, only an earlier due date's reminder posted | 2026-12-15T12:00:00Z | 2026-12-10 | refused
            """)
    void aReasonForDelayIsRecordedOnceTheDeadlineHasPassedOrItsOverdueReminderWasPosted(String when, Instant now,
                                                                                        LocalDate remindedDue,
                                                                                        String expected) {
        CaseRecord record = seriousCaseReviewRecommended();
        CaseAction.RecordDelay delay = new CaseAction.RecordDelay(CHAIR, DeadlineKind.CHAIR_DECISION,
                "Parallel criminal proceedings");
        CaseLifecycle.Reminded reminded = (kind, due) -> kind == DeadlineKind.CHAIR_DECISION && due.equals(remindedDue);

        Result result = CaseLifecycle.apply(record, delay, now, reminded);

        if (expected.equals("recorded")) {
            assertThat(result).as(when).isInstanceOfSatisfying(Result.Applied.class, applied -> assertThat(
                    applied.next().deadline(DeadlineKind.CHAIR_DECISION).orElseThrow().delayReason())
                    .contains("Parallel criminal proceedings"));
        } else {
            assertThat(result).as(when).isInstanceOfSatisfying(Result.Refused.class, refused ->
                    assertThat(refused.message()).endsWith("once the deadline has passed; it is due on 20 December "
                            + "2026."));
        }
    }

    @Test
    void anOpenReferralCanBeWithdrawnWithAReasonButAWithdrawnOneCannot() {
        CaseRecord withdrawn = applied(seriousCaseReviewRecommended(),
                step(CaseStep.WITHDRAW, CaseStep.Fields.REASON, "Referred in error"), DECIDED_AT);

        assertThat(withdrawn.status()).isEqualTo(CaseStatus.WITHDRAWN);
        assertThat(refusal(withdrawn, step(CaseStep.WITHDRAW, CaseStep.Fields.REASON, "again"), DECIDED_AT))
                .contains("withdrawn, so nothing more can be recorded");
        assertThat(refusal(seriousCaseReviewRecommended(), step(CaseStep.WITHDRAW, CaseStep.Fields.REASON, " "),
                DECIDED_AT)).isEqualTo("Please fill in \u201CWhy the referral is withdrawn\u201D.");
    }
}
