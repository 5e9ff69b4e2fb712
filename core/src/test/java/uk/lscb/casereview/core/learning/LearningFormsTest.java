package uk.lscb.casereview.core.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import uk.lscb.casereview.core.actions.ActionCodec;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.CaseService;
import uk.lscb.casereview.core.cases.CaseService.Actor;
import uk.lscb.casereview.core.memory.InMemoryCases;
import uk.lscb.casereview.core.messages.Choice;
import uk.lscb.casereview.core.messages.StepField;

class LearningFormsTest {
    /** {@link LearningServiceTest#OWNER} as a business manager on Slack types them. */
    private static final String OWNER = "teams:" + LearningServiceTest.OWNER.id();
    private final InMemoryCases cases = new InMemoryCases();
    private final InMemoryLearningLogs logs = new InMemoryLearningLogs();
    private final LearningService service = new LearningService(cases, logs, LearningServiceTest.ROLES,
            Boards.staffordshireAndStoke(), LearningThemes.DEFAULT,
            Clock.fixed(LearningServiceTest.NOW, ZoneId.of("Europe/London")), record -> { });
    private final LearningForms forms = new LearningForms(cases, service);
    /** A single agency learning review whose decision asked for no audit. */
    private final CaseRecord single = LearningServiceTest.decidedWithAudit(cases, "SAR-2026-010", false);

    private static List<String> labels(List<Choice> buttons) {
        return buttons.stream().map(Choice::label).toList();
    }

    /** Finding 1 (neglect, supervision), recommendation 1 from it, and action 1 on it, each sent from its form. */
    private void findingRecommendationAndAction() {
        send(LearningForms.FINDING, Map.of("title", "Drift", "text", "Unseen.", "themes", "neglect, supervision"),
                Actor.person(LearningServiceTest.MANAGER));
        send(LearningForms.RECOMMENDATION, Map.of("text", "Audit.", "findings", "1"),
                Actor.person(LearningServiceTest.MANAGER));
        send(LearningForms.ACTION, Map.of("recommendation", "1", "agency", "the school", "due", "2027-01-29"),
                Actor.person(LearningServiceTest.MANAGER));
    }

    private CaseService.ActionResult send(String step, Map<String, String> inputs, Actor actor) {
        return forms.pressed(new ButtonAction.TakeStep(single.id().value(), step), inputs, actor).orElseThrow();
    }

    @Test
    void eachPersonIsOfferedOnlyTheFormsTheyMayFillIn() {
        assertThat(labels(forms.buttons(single, LearningServiceTest.MANAGER)))
                .containsExactly("Record a finding", "Name a lead reviewer");
        assertThat(forms.buttons(single, LearningServiceTest.PRACTITIONER)).isEmpty();

        send(LearningForms.FINDING, Map.of("title", "Supervision noticed drift", "text", "It was regular.",
                "themes", "supervision", "kind", "good-practice"), Actor.person(LearningServiceTest.MANAGER));
        send(LearningForms.RECOMMENDATION, Map.of("text", "Keep it up.", "findings", "1", "agencies", "the school"),
                Actor.person(LearningServiceTest.MANAGER));
        send(LearningForms.ACTION, Map.of("recommendation", "1", "agency", "the school", "owner", OWNER, "due",
                "2027-01-29"), Actor.person(LearningServiceTest.MANAGER));

        assertThat(labels(forms.buttons(single, LearningServiceTest.MANAGER))).containsExactly("Record a finding",
                "Record a recommendation", "Record an action", "Mark an action started", "Mark an action done",
                "Record the learning", "Name a lead reviewer");
        assertThat(labels(forms.buttons(single, LearningServiceTest.OWNER))).containsExactly("Mark an action started",
                "Mark an action done");
    }

    @Test
    void anActionsOwnerMarksItStartedThroughItsFormOnceAndThenOnlyMarkDoneIsOffered() {
        send(LearningForms.FINDING, Map.of("title", "Drift", "text", "Unseen.", "themes", "neglect"),
                Actor.person(LearningServiceTest.MANAGER));
        send(LearningForms.RECOMMENDATION, Map.of("text", "Audit.", "findings", "1"),
                Actor.person(LearningServiceTest.MANAGER));
        send(LearningForms.ACTION, Map.of("recommendation", "1", "agency", "the school", "owner", OWNER, "due",
                "2027-01-29"), Actor.person(LearningServiceTest.MANAGER));
        StepField action = forms.open(new ButtonAction.OpenStep(single.id().value(), LearningForms.STARTED),
                LearningServiceTest.OWNER).orElseThrow().form().orElseThrow().fields().get(0);

        CaseService.ActionResult noAction = send(LearningForms.STARTED, Map.of(), Actor.person(LearningServiceTest.OWNER));
        CaseService.ActionResult started = send(LearningForms.STARTED, Map.of("action", "1"),
                Actor.person(LearningServiceTest.OWNER));

        assertThat(action.options()).extracting(StepField.Option::label)
                .containsExactly("1: the school, due 29 January 2027");
        assertThat(noAction.input()).contains("action");
        assertThat(started.applied()).as(started.message()).isTrue();
        assertThat(started.message()).isEqualTo("Action 1 is in progress.");
        assertThat(logs.find(single.id()).orElseThrow().action(1).orElseThrow().progress())
                .isEqualTo(LearningAction.Progress.IN_PROGRESS);
        assertThat(labels(forms.buttons(single, LearningServiceTest.OWNER))).containsExactly("Mark an action done");
        assertThat(forms.open(new ButtonAction.OpenStep(single.id().value(), LearningForms.STARTED),
                LearningServiceTest.OWNER).orElseThrow().form()).isEmpty();
    }

    @Test
    void aSingleAgencyReviewsMarkDoneFormAsksHowItIsEmbeddedAndTheFormSendsWhatTheApiSends() {
        findingRecommendationAndAction();
        ButtonAction.OpenStep open = new ButtonAction.OpenStep(single.id().value(), LearningForms.DONE);

        LearningForms.Opened opened = forms.open(open, LearningServiceTest.MANAGER).orElseThrow();

        assertThat(opened.form().orElseThrow().fields()).extracting(StepField::id)
                .containsExactly("action", "evidence", "link", "embedded");
        assertThat(ActionCodec.decode(opened.form().orElseThrow().submit().payload()))
                .contains(new ButtonAction.TakeStep(single.id().value(), LearningForms.DONE));
        assertThat(send(LearningForms.DONE, Map.of("action", "1", "evidence", "Audited.", "link",
                "https://example.org/a"), Actor.person(LearningServiceTest.MANAGER)).input()).contains("embedded");
        assertThat(logs.find(single.id()).orElseThrow().findings().get(0).themes())
                .containsExactly("neglect", "supervision");
    }

    /**
     * The Mark done form of a Serious Case Review's action, sent as the business manager sends it: a real document's
     * address (SharePoint's encodings, query strings, Shared Documents, Doc.aspx, _layouts) is recorded; one that
     * carries a name or a date of birth is refused beside the link, with nothing recorded.
     */
    @ParameterizedTest(name = "the link {0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "https://staffs.sharepoint.com/sites/LSCB/_layouts/15/Doc.aspx?sourcedoc=%7Babc%7D&file=Review_notes~v2.docx"
                + " | recorded",
        "https://staffs.sharepoint.com/sites/LSCB/Shared%20Documents/Review_notes~v2.docx | recorded",
        "https://staffs.sharepoint.com/:w:/s/LSCB/EbT2xG3eXs5Nq0mvZ7a1w_0BdR0k-6lQ2fHkWq3Xn5Uo0g?e=AbCdEf | recorded",
        "https://staffs.sharepoint.com/sites/LSCB/Shared%20Documents/Jayden_Smith_DOB_12-03-2015.docx"
                + " | refused: the link to the evidence looks like a person's name",
        "https://staffs.sharepoint.com/sites/LSCB/_layouts/15/Doc.aspx?sourcedoc=%7Babc%7D&file=Olivia%20Brown.docx"
                + " | refused: the link to the evidence looks like a person's name",
        "https://staffs.sharepoint.com/sites/LSCB/Shared%20Documents/visit_12-03-2015.docx"
                + " | refused: the link to the evidence contains a date, which could be a date of birth",
    })
    void theMarkDoneFormRecordsARealDocumentsLinkAndRefusesOneCarryingANameOrADateOfBirth(String link,
                                                                                          String expected) {
        CaseRecord review = LearningServiceTest.decided(cases, "SCR-2026-001",
                uk.lscb.casereview.core.rules.Outcome.SERIOUS_CASE_REVIEW);
        Actor manager = Actor.person(LearningServiceTest.MANAGER);
        String caseId = review.id().value();
        forms.pressed(new ButtonAction.TakeStep(caseId, LearningForms.FINDING), Map.of("title", "Drift", "text",
                "Unseen.", "themes", "neglect"), manager);
        forms.pressed(new ButtonAction.TakeStep(caseId, LearningForms.RECOMMENDATION), Map.of("text", "Audit.",
                "findings", "1"), manager);
        forms.pressed(new ButtonAction.TakeStep(caseId, LearningForms.ACTION), Map.of("recommendation", "1",
                "agency", "the school", "due", "2027-01-29"), manager);

        CaseService.ActionResult done = forms.pressed(new ButtonAction.TakeStep(caseId, LearningForms.DONE),
                Map.of("action", "1", "evidence", "Procedure reissued and audited.", "link", link), manager)
                .orElseThrow();

        Optional<LearningAction.Evidence> evidence = logs.find(review.id()).orElseThrow().action(1).orElseThrow()
                .evidence();
        if (expected.equals("recorded")) {
            assertThat(done.applied()).as(done.message()).isTrue();
            assertThat(done.message()).isEqualTo("Action 1 on SCR-2026-001 is done, with its evidence.");
            assertThat(evidence.orElseThrow().link()).isEqualTo(link);
        } else {
            assertThat(done.applied()).isFalse();
            assertThat(done.input()).contains("link");
            assertThat(done.message()).isEqualTo("I haven't recorded that: " + expected.substring("refused: ".length())
                    + ". Please never type a child's name or date of birth: use the case reference, and describe "
                    + "people by their role.");
            assertThat(evidence).isEmpty();
        }
    }

    @Test
    void aFormSentBySomeoneWhoMayNotIsRefusedOnTheServerAndAnUnknownFormIsNotTheirs() {
        CaseService.ActionResult forged = send(LearningForms.FINDING, Map.of("title", "A title", "text", "Text.",
                "themes", "neglect"), Actor.person(LearningServiceTest.PRACTITIONER));

        assertThat(forged.applied()).isFalse();
        assertThat(forged.message()).startsWith("Only the Staffordshire Chair, business manager");
        assertThat(logs.find(single.id())).isEmpty();
        assertThat(forms.open(new ButtonAction.OpenStep(single.id().value(), LearningForms.FINDING),
                LearningServiceTest.PRACTITIONER).orElseThrow().form()).isEmpty();
        assertThat(forms.pressed(new ButtonAction.TakeStep(single.id().value(), "close"), Map.of(),
                Actor.person(LearningServiceTest.MANAGER))).isEqualTo(Optional.empty());
    }

    /**
     * An owner or a lead reviewer typed on a form (by a business manager on Slack) is checked as over the API: one no
     * one can be is refused beside its field, with what an id looks like, and nothing is recorded.
     */
    @ParameterizedTest(name = "{0} \"{1}\" -> {2}")
    @CsvSource(delimiter = '|', value = {
            "owner  | u0owner            | The owner cannot be anyone on Slack: a Slack id is the person's user id",
            "owner  | teams:aad-owner    | The owner cannot be anyone on Teams: a Teams id is the person's Microsoft",
            "owner  | teams:             | The owner cannot be anyone on Teams",
            "owner  | slack:             | The owner cannot be anyone on Slack",
            "owner  | local:nobody       | The owner is none of the local page's identities, which are practitioner.",
            "person | slack:\uD83D\uDE00 | The lead reviewer cannot be anyone on Slack",
            "person | teams:aad-reviewer | The lead reviewer cannot be anyone on Teams",
            "person | (U and 9,999 As)   | The lead reviewer cannot be anyone on Slack",
            "person | local:Reviewer     | The lead reviewer cannot be anyone on the local page: a local identity is"})
    void anOwnerOrALeadReviewerNoOneCanBeIsRefusedBesideTheFieldAndNothingIsRecorded(String field, String typed,
                                                                                     String refusal) {
        send(LearningForms.FINDING, Map.of("title", "Drift", "text", "Unseen.", "themes", "neglect"),
                Actor.person(LearningServiceTest.MANAGER));
        send(LearningForms.RECOMMENDATION, Map.of("text", "Audit.", "findings", "1"),
                Actor.person(LearningServiceTest.MANAGER));
        String person = typed.equals("(U and 9,999 As)") ? "U" + "A".repeat(9_999) : typed;

        CaseService.ActionResult refused = field.equals("owner") ? send(LearningForms.ACTION, Map.of("recommendation",
                "1", "agency", "the school", "owner", person, "due", "2027-01-29"),
                Actor.person(LearningServiceTest.MANAGER)) : send(LearningForms.LEAD_REVIEWER, Map.of("person", person),
                Actor.person(LearningServiceTest.MANAGER));

        assertThat(refused.applied()).isFalse();
        assertThat(refused.input()).contains(field);
        assertThat(refused.message()).startsWith(refusal);
        assertThat(logs.find(single.id()).orElseThrow().actions()).isEmpty();
        assertThat(logs.find(single.id()).orElseThrow().leadReviewers()).isEmpty();
    }

    @ParameterizedTest(name = "audit flag {0}, learning recorded {1}, as {2} -> offered {3}")
    @CsvSource(delimiter = '|', value = {
            "true  | false | manager      | true",
            "false | false | manager      | false",
            "true  | true  | manager      | false",
            "true  | false | practitioner | false"})
    void sayingTheLearningIsFromTheAuditIsOfferedOnlyWhenTheDecisionAskedForOneAndBeforeItIsRecorded(
            boolean audit, boolean recorded, String as, boolean offered) {
        CaseRecord decided = LearningServiceTest.decidedWithAudit(cases, "SCR-2026-460", audit);
        service.addFinding(decided.id(), LearningServiceTest.neglectFinding(), Actor.person(LearningServiceTest.MANAGER));
        if (recorded) {
            service.share(decided.id(), Actor.person(LearningServiceTest.MANAGER));
        }
        var who = as.equals("manager") ? LearningServiceTest.MANAGER : LearningServiceTest.PRACTITIONER;

        assertThat(labels(forms.buttons(decided, who)).contains("Say the learning is from the audit"))
                .isEqualTo(offered);
        assertThat(forms.open(new ButtonAction.OpenStep(decided.id().value(), LearningForms.SOURCE), who)
                .orElseThrow().form().isPresent()).isEqualTo(offered);
    }

    @Test
    void aLeadReviewerAndAnActionsOwnerAreChosenAsPeopleNotTypedAsIds() {
        send(LearningForms.FINDING, Map.of("title", "Supervision noticed drift", "text", "It was regular.",
                "themes", "supervision", "kind", "good-practice"), Actor.person(LearningServiceTest.MANAGER));
        send(LearningForms.RECOMMENDATION, Map.of("text", "Keep it up.", "findings", "1", "agencies", "the school"),
                Actor.person(LearningServiceTest.MANAGER));

        StepField reviewer = field(LearningForms.LEAD_REVIEWER, LearningService.Fields.PERSON);
        StepField owner = field(LearningForms.ACTION, LearningService.Fields.OWNER);

        assertThat(reviewer.type()).isEqualTo(StepField.Type.PERSON);
        assertThat(reviewer.required()).isTrue();
        assertThat(owner.type()).isEqualTo(StepField.Type.PERSON);
        assertThat(owner.required()).isFalse();
        assertThat(List.of(reviewer.label(), reviewer.hint(), owner.label(), owner.hint()))
                .noneMatch(text -> text.contains(" id") || text.contains("teams:"));
    }

    /** Themes and a recommendation's findings are ticked from lists, and come back as the API takes them. */
    @Test
    void themesAndARecommendationsFindingsAreChosenFromListsNotTypedAndSentAsTheApiTakesThem() {
        StepField themes = field(LearningForms.FINDING, LearningService.Fields.THEMES);
        send(LearningForms.FINDING, Map.of("title", "Supervision noticed drift", "text", "It was regular.",
                "themes", "supervision,voice of the child", "kind", "good-practice"),
                Actor.person(LearningServiceTest.MANAGER));
        send(LearningForms.FINDING, Map.of("title", "Referrals were not followed up", "text", "Twice.",
                "themes", "neglect", "kind", "learning"), Actor.person(LearningServiceTest.MANAGER));
        StepField findings = field(LearningForms.RECOMMENDATION, LearningService.Fields.FINDINGS);

        CaseService.ActionResult made = send(LearningForms.RECOMMENDATION, Map.of("text", "Keep it up.",
                "findings", "1,2"), Actor.person(LearningServiceTest.MANAGER));

        assertThat(themes.type()).isEqualTo(StepField.Type.CHOICES);
        assertThat(themes.options()).extracting(StepField.Option::value)
                .containsExactlyElementsOf(LearningThemes.DEFAULT.all());
        assertThat(themes.options()).extracting(StepField.Option::label).contains("Voice of the child", "Neglect");
        assertThat(findings.type()).isEqualTo(StepField.Type.CHOICES);
        assertThat(findings.options()).extracting(StepField.Option::label)
                .containsExactly("1: Supervision noticed drift", "2: Referrals were not followed up");
        assertThat(made.applied()).as(made.message()).isTrue();
        ReviewLearning review = logs.find(single.id()).orElseThrow();
        assertThat(review.findings().get(0).themes()).containsExactly("supervision", "voice of the child");
        assertThat(review.recommendations().get(0).findings()).containsExactly(1, 2);
    }

    /** A configured theme may hold a semicolon: themes come back separated by commas only. */
    @Test
    void aThemeHoldingASemicolonIsChosenWhole() {
        LearningService semicolons = new LearningService(cases, logs, LearningServiceTest.ROLES,
                Boards.staffordshireAndStoke(), new LearningThemes(List.of("drugs; alcohol", "neglect")),
                Clock.fixed(LearningServiceTest.NOW, ZoneId.of("Europe/London")), record -> { });

        CaseService.ActionResult recorded = new LearningForms(cases, semicolons).pressed(new ButtonAction.TakeStep(
                single.id().value(), LearningForms.FINDING), Map.of("title", "Drift", "text", "Unseen.", "themes",
                "drugs; alcohol,neglect", "kind", "learning"), Actor.person(LearningServiceTest.MANAGER)).orElseThrow();

        assertThat(recorded.applied()).as(recorded.message()).isTrue();
        assertThat(logs.find(single.id()).orElseThrow().findings().get(0).themes())
                .containsExactly("drugs; alcohol", "neglect");
    }

    static Stream<Arguments> incomplete() {
        return Stream.of(
                Arguments.of("a recommendation with no finding ticked", LearningForms.RECOMMENDATION,
                        Map.of("text", "Audit."), LearningService.Fields.FINDINGS,
                        "Please choose the findings the recommendation is made from."),
                Arguments.of("a theme not on the list", LearningForms.FINDING, Map.of("title", "Drift", "text",
                        "Unseen.", "themes", "neglect,housing", "kind", "learning"), LearningService.Fields.THEMES,
                        "\"housing\" is not one of the themes."),
                Arguments.of("no lead reviewer chosen", LearningForms.LEAD_REVIEWER, Map.of("person", " "),
                        LearningService.Fields.PERSON, "Please choose the lead reviewer."));
    }

    /** A form sent without what it needs is refused beside the field, saying what to do, and records nothing. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("incomplete")
    void aFormSentWithoutWhatItNeedsIsRefusedBesideTheFieldAndRecordsNothing(String what, String step,
                                                                             Map<String, String> inputs, String field,
                                                                             String message) {
        findingRecommendationAndAction();
        ReviewLearning before = logs.find(single.id()).orElseThrow();

        CaseService.ActionResult refused = send(step, inputs, Actor.person(LearningServiceTest.MANAGER));

        assertThat(refused.applied()).isFalse();
        assertThat(refused.input()).contains(field);
        assertThat(refused.message()).startsWith(message);
        assertThat(logs.find(single.id())).contains(before);
    }

    /** A title and a name take one line; a finding, a recommendation and evidence a box. */
    @Test
    void aTitleAndAnAgencyAreLinesAndWhatIsFoundRecommendedOrDoneIsABox() {
        findingRecommendationAndAction();

        assertThat(field(LearningForms.FINDING, LearningService.Fields.TITLE).type()).isEqualTo(StepField.Type.LINE);
        assertThat(field(LearningForms.FINDING, LearningService.Fields.TEXT).type()).isEqualTo(StepField.Type.TEXT);
        assertThat(field(LearningForms.RECOMMENDATION, LearningService.Fields.AGENCIES).type())
                .isEqualTo(StepField.Type.LINE);
        assertThat(field(LearningForms.ACTION, LearningService.Fields.AGENCY).type()).isEqualTo(StepField.Type.LINE);
        assertThat(field(LearningForms.DONE, LearningService.Fields.EVIDENCE).type()).isEqualTo(StepField.Type.TEXT);
        assertThat(intro(LearningForms.ACTION)).as("the agency is typed").first().asString()
                .startsWith("Never type a child's name");
    }

    /** The warning about a child's name heads the forms where something can be typed, and only those. */
    @Test
    void onlyAFormWithSomewhereToTypeWarnsNeverToTypeAChildsName() {
        findingRecommendationAndAction();
        String warning = "Never type a child's name or date of birth: describe people by their role.";

        for (String step : List.of(LearningForms.FINDING, LearningForms.RECOMMENDATION, LearningForms.ACTION,
                LearningForms.DONE)) {
            assertThat(intro(step)).as(step).startsWith(warning);
        }
        for (String step : List.of(LearningForms.LEAD_REVIEWER, LearningForms.STARTED, LearningForms.RECORD)) {
            assertThat(intro(step)).as(step).doesNotContain(warning);
        }
    }

    private List<String> intro(String step) {
        return forms.open(new ButtonAction.OpenStep(single.id().value(), step), LearningServiceTest.MANAGER)
                .orElseThrow().form().orElseThrow().intro();
    }

    private StepField field(String step, String id) {
        return forms.open(new ButtonAction.OpenStep(single.id().value(), step), LearningServiceTest.MANAGER)
                .orElseThrow().form().orElseThrow().fields().stream().filter(field -> field.id().equals(id))
                .findFirst().orElseThrow();
    }

    @Test
    void theAuditFormOffersTheTwoAuditsAndSendsTheChoiceAsTheApiDoes() {
        CaseRecord decided = LearningServiceTest.decidedWithAudit(cases, "SCR-2026-461", true);
        StepField source = forms.open(new ButtonAction.OpenStep(decided.id().value(), LearningForms.SOURCE),
                LearningServiceTest.MANAGER).orElseThrow().form().orElseThrow().fields().get(0);

        CaseService.ActionResult none = forms.pressed(new ButtonAction.TakeStep(decided.id().value(),
                LearningForms.SOURCE), Map.of(), Actor.person(LearningServiceTest.MANAGER)).orElseThrow();
        CaseService.ActionResult chosen = forms.pressed(new ButtonAction.TakeStep(decided.id().value(),
                LearningForms.SOURCE), Map.of("source", source.options().get(1).value()),
                Actor.person(LearningServiceTest.MANAGER)).orElseThrow();

        assertThat(source.id()).isEqualTo("source");
        assertThat(source.options()).extracting(StepField.Option::label)
                .containsExactly("Single-agency audit (the agency's own)",
                        "Multi-agency audit (led by the Joint LSCB Performance Subgroup)");
        assertThat(none.applied()).isFalse();
        assertThat(none.input()).contains("source");
        assertThat(chosen.applied()).as(chosen.message()).isTrue();
        assertThat(logs.find(decided.id()).orElseThrow().source()).isEqualTo(ReviewLearning.Source.MULTI_AGENCY_AUDIT);
    }
}
