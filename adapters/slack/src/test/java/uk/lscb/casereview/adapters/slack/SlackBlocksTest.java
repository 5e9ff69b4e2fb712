package uk.lscb.casereview.adapters.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.lscb.casereview.core.actions.ActionCodec;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.actions.Command;
import uk.lscb.casereview.core.actions.DecisionVerb;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.boards.PartnerRole;
import uk.lscb.casereview.core.boards.Roles;
import uk.lscb.casereview.core.cases.CasePages;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.CaseService;
import uk.lscb.casereview.core.cases.CaseStep;
import uk.lscb.casereview.core.cases.DecisionCard;
import uk.lscb.casereview.core.cases.DoneMark;
import uk.lscb.casereview.core.conversation.Conversation;
import uk.lscb.casereview.core.conversation.Inbound;
import uk.lscb.casereview.core.conversation.PackConversations;
import uk.lscb.casereview.core.conversation.ScopingService;
import uk.lscb.casereview.core.deadlines.Audience;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.deadlines.WorkingDays;
import uk.lscb.casereview.core.delivery.Notification;
import uk.lscb.casereview.core.memory.InMemoryCases;
import uk.lscb.casereview.core.memory.InMemoryConversations;
import uk.lscb.casereview.core.memory.InMemoryTranscripts;
import uk.lscb.casereview.core.messages.Choice;
import uk.lscb.casereview.core.messages.Fact;
import uk.lscb.casereview.core.messages.PageLink;
import uk.lscb.casereview.core.messages.Reply;
import uk.lscb.casereview.core.messages.StepField;
import uk.lscb.casereview.core.messages.StepForm;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.contracts.PortFixtures;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.CaseReference;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.requests.AgencyRequestService;
import uk.lscb.casereview.core.requests.InMemoryAgencyRequests;
import uk.lscb.casereview.core.rules.QuestionId;
import uk.lscb.casereview.core.rules.RulePacks;
import uk.lscb.casereview.core.rules.wt2015.Wt2015;
import uk.lscb.casereview.core.rules.wt2023.Wt2023;

/**
 * Golden Block Kit JSON for every message and modal, and Block Kit's limits checked against the
 * worst case (every question answered not sure). Regenerate with {@code -Dgolden.update=true}.
 */
class SlackBlocksTest {
    private static final Gson SLACK = GsonFactory.createSnakeCase();
    private static final Gson PRETTY = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneId.of("Europe/London"));
    private static final UserRef PRACTITIONER = new UserRef(Platform.SLACK, "UPRAC001", "Sam Practitioner");
    private static final UserRef CHAIR = new UserRef(Platform.SLACK, "UCHAIR01", "Pat Chair");
    private static final BoardId STAFFORDSHIRE = new BoardId("staffordshire");

    private final InMemoryCases cases = new InMemoryCases();
    private final Boards boards = Boards.staffordshireAndStoke();
    private final ScopingService scoping = new ScopingService(PackConversations.of(new Conversation(Wt2015.pack(), boards, CLOCK)),
            new InMemoryConversations(), new InMemoryTranscripts(), cases, CLOCK);
    private final Roles roles = new Roles(Map.of(STAFFORDSHIRE, Set.of(Roles.PlatformId.of(CHAIR))), Map.of());
    private final AgencyRequestService requests = new AgencyRequestService(cases, new InMemoryAgencyRequests(), roles,
            boards, WorkingDays.englandAndWales(), CLOCK, record -> { });
    private final CaseService caseService = new CaseService(cases, roles, boards,
            new RulePacks(List.of(Wt2015.pack())), CLOCK, (before, after, action) -> { }, (id, kind, due) -> false,
            requests);
    private final ConversationKey key = new ConversationKey(Platform.SLACK, "DUPRAC001");

    private List<Reply> say(String text) {
        return scoping.handle(new ScopingService.Incoming(key, PRACTITIONER, Optional.empty(),
                new Inbound.TextMessage(text), Optional.empty())).replies();
    }

    /** Answers every question with the script (else the default) until the recommendation; returns it. */
    private List<Reply> referral(Map<String, String> script, String otherwise) {
        List<Reply> replies = say("start");
        for (int i = 0; i < 40; i++) {
            Reply last = replies.get(replies.size() - 1);
            if (last instanceof Reply.Recommended) {
                return replies;
            }
            if (last instanceof Reply.Ask ask) {
                replies = say(script.getOrDefault(ask.question().value(), otherwise));
            } else if (last instanceof Reply.Say sayReply && sayReply.choices().stream()
                    .anyMatch(c -> Payloads.isConfirmedAnswer(c.payload()))) {
                replies = say("yes");
            } else {
                throw new AssertionError("stuck at " + last);
            }
        }
        throw new AssertionError("no recommendation");
    }

    private static final Map<String, String> SCR = Map.of("board", "Staffordshire", "case_reference", "SCR-2026-014",
            "notified_on", "today", "abuse_or_neglect", "yes", "child_died", "yes");
    private static final Map<String, String> NOT_SURE = Map.of("board", "Staffordshire",
            "case_reference", "SCR-2026-015", "notified_on", "today");

    private CaseRecord submitted(List<Reply> recommendation) {
        say("submit");
        return cases.ofBoard(STAFFORDSHIRE).get(0);
    }

    // ---- golden files -------------------------------------------------------------------------

    @Test
    void theFirstQuestionMatchesItsGoldenJson() throws IOException {
        List<Reply> replies = say("start");
        golden("ask-board", message(SlackBlocks.reply(replies.get(replies.size() - 1))));
    }

    @Test
    void aQuestionWithYesNoNotSureMatchesItsGoldenJson() throws IOException {
        say("start");
        say("Staffordshire");
        say("SCR-2026-014");
        List<Reply> replies = say("today");
        golden("ask-abuse-or-neglect", message(SlackBlocks.reply(replies.get(replies.size() - 1))));
    }

    @Test
    void whyIsSaidAndMatchesItsGoldenJson() throws IOException {
        say("start");
        List<Reply> replies = say("why");
        golden("say-why", message(SlackBlocks.reply(replies.get(0))));
    }

    @Test
    void theSummaryMatchesItsGoldenJson() throws IOException {
        say("start");
        say("Staffordshire");
        say("SCR-2026-014");
        say("today");
        List<Reply> replies = say("summary");
        golden("summary", message(SlackBlocks.reply(replies.get(0))));
    }

    @Test
    void theRecommendationMatchesItsGoldenJson() throws IOException {
        List<Reply> replies = referral(SCR, "no");
        golden("recommendation-scr", message(SlackBlocks.reply(replies.get(replies.size() - 1))));
    }

    @Test
    void theRecommendationAndTheChairsCardSayTheSameAdviceLineAsEveryPlatformAndTheAnswersHeading() {
        List<Reply> replies = referral(SCR, "no");
        String recommendation = message(SlackBlocks.reply(replies.get(replies.size() - 1))).toString();
        String card = message(SlackBlocks.card(caseService.card(submitted(replies)))).toString();
        String advice = "Rule pack wt2015 1.1.0. This is advice: the LSCB Independent Chair always makes the final decision.";

        assertThat(recommendation).contains(advice).contains("\"*Answers*\"");
        assertThat(card).contains(advice);
    }

    @Test
    void sendToTheChairIsTheOnlyPrimaryButtonOfTheRecommendation() {
        List<Reply> replies = referral(SCR, "no");
        List<com.google.gson.JsonObject> primary = new java.util.ArrayList<>();
        styled(message(SlackBlocks.reply(replies.get(replies.size() - 1))), primary);

        assertThat(primary).singleElement().satisfies(button ->
                assertThat(button.get("value").getAsString()).isEqualTo(new ButtonAction.Run(Command.SUBMIT).payload()));
    }

    @Test
    void theSendButtonIsPrimaryWhoeverItNamesAsDecidingAndNoOtherButtonIs() {
        String send = new ButtonAction.Run(Command.SUBMIT).payload();
        List<com.google.gson.JsonObject> primary = new java.util.ArrayList<>();
        styled(message(SlackBlocks.reply(new Reply.Say("Every question is answered.", List.of(
                new Choice("Send to the safeguarding partners", send),
                new Choice("Start again", new ButtonAction.Run(Command.RESTART).payload()))))), primary);

        assertThat(primary).singleElement().satisfies(button ->
                assertThat(button.get("value").getAsString()).isEqualTo(send));
    }

    private static void styled(com.google.gson.JsonElement node, List<com.google.gson.JsonObject> primary) {
        if (node.isJsonObject()) {
            com.google.gson.JsonObject object = node.getAsJsonObject();
            if (object.has("style") && object.get("style").getAsString().equals("primary")) {
                primary.add(object);
            }
            object.entrySet().forEach(entry -> styled(entry.getValue(), primary));
        } else if (node.isJsonArray()) {
            node.getAsJsonArray().forEach(item -> styled(item, primary));
        }
    }

    @Test
    void aWt2023CasesCardIsTheSafeguardingPartnersWithTheirAnswersByRoleAndMatchesItsGoldenJson() throws IOException {
        RulePacks packs = new RulePacks(List.of(Wt2015.pack(), Wt2023.pack()));
        CaseRecord police = PortFixtures.confirmed(PortFixtures.wt2023CaseRecord("CSPR-2026-200",
                new ConversationKey(Platform.SLACK, "D0PRACTITIONER"), PortFixtures.AT), PortFixtures.POLICE_LEAD,
                PartnerRole.POLICE, Optional.of("Known learning: CSPR-2025-010"), PortFixtures.AT);
        DecisionCard pending = DecisionCard.of(police, PortFixtures.partnershipBoards(), packs);
        CaseRecord agreed = police;
        for (Map.Entry<UserRef, PartnerRole> lead : List.of(Map.entry(PortFixtures.LA_LEAD, PartnerRole.LOCAL_AUTHORITY),
                Map.entry(PortFixtures.ICB_LEAD, PartnerRole.INTEGRATED_CARE_BOARD),
                Map.entry(PortFixtures.POLICE_LEAD, PartnerRole.POLICE))) {
            agreed = PortFixtures.confirmed(agreed, lead.getKey(), lead.getValue(), Optional.empty(), PortFixtures.AT);
        }

        JsonObject card = message(SlackBlocks.card(pending));
        golden("card-pending-wt2023", card);
        golden("modal-disagree-wt2023", view(modalFor(pending, DecisionVerb.DISAGREE)));
        golden("card-decided-wt2023", message(SlackBlocks.card(DecisionCard.of(agreed,
                PortFixtures.partnershipBoards(), packs))));
        assertThat(CardActions.plan(pending, DecisionVerb.AGREE)).isEmpty();
        assertThat(card.toString()).contains("Police (chief officer of police)", "Disagrees: Known learning",
                "This is advice: the safeguarding partners make the decision together.")
                .doesNotContain("Chair", "LSCB", "national panel", "Serious Case Review");
    }

    @Test
    void theChairsCardPendingAndDecidedMatchTheirGoldenJson() throws IOException {
        CaseRecord record = submitted(referral(SCR, "no"));
        DecisionCard pending = caseService.card(record);
        golden("card-pending", message(SlackBlocks.card(pending)));
        golden("card-pending-panel", message(SlackBlocks.card(pending, Optional.of("<@UCHAIR01> a case needs your decision."))));
        golden("modal-confirm-scr", view(modalFor(pending, DecisionVerb.CONFIRM)));
        golden("modal-decide", view(modalFor(pending, DecisionVerb.DECIDE)));
        golden("modal-more-info", view(modalFor(pending, DecisionVerb.MORE_INFORMATION)));
        golden("modal-details", view(SlackModals.details(pending)));

        CaseService.ActionResult result = caseService.cardAction((ButtonAction.CaseChange) ActionCodec.decode(
                        pending.actions().get(0).payload()).orElseThrow(),
                Map.of(DecisionCard.LEAD_REVIEWERS, "A. Reviewer", DecisionCard.INDEPENDENT, "true"),
                CaseService.Actor.person(CHAIR));
        assertThat(result.applied()).isTrue();
        DecisionCard decided = caseService.card(result.record().orElseThrow());
        JsonObject decidedJson = message(SlackBlocks.card(decided));
        golden("card-decided", decidedJson);
        assertThat(decidedJson.toString()).doesNotContain("\"actions\"").contains("Decided by Pat Chair")
                .contains("Independent lead reviewers").contains("A. Reviewer");
        assertThat(message(SlackBlocks.card(pending)).toString()).contains(CardActions.CHOOSE_ANOTHER)
                .doesNotContain(DecisionCard.DECIDE_LABEL);
    }

    /** A Serious Case Review confirmed by the Chair with its lead reviewer: the steps after the decision are open. */
    private CaseRecord decidedScr() {
        CaseRecord record = submitted(referral(SCR, "no"));
        DecisionCard pending = caseService.card(record);
        CaseService.ActionResult result = caseService.cardAction((ButtonAction.CaseChange) ActionCodec.decode(
                        pending.actions().get(0).payload()).orElseThrow(),
                Map.of(DecisionCard.LEAD_REVIEWERS, "A. Reviewer", DecisionCard.INDEPENDENT, "true"),
                CaseService.Actor.person(CHAIR));
        assertThat(result.applied()).as(result.message()).isTrue();
        return result.record().orElseThrow();
    }

    private static View stepModal(StepForm form) {
        return SlackStepForms.modal(form, new CardActions.Origin(form.submit().payload(), "DUBUSMGR1",
                "1790000000.000002").toJson());
    }

    @Test
    void aChoiceOfMoreThanAHundredIsTypedByItsNumberKeepingWhatWasTyped() {
        List<StepField.Option> actions = new java.util.ArrayList<>();
        for (int i = 1; i <= 101; i++) {
            actions.add(new StepField.Option(Integer.toString(i), i + ": the school, due 31 December 2027"));
        }
        StepForm form = new StepForm("Mark an action done: SCR-2026-001", List.of(), Optional.empty(), List.of(
                new StepField("action", "Action", StepField.Type.CHOICE, true, "", actions)), Map.of(), Map.of(),
                new uk.lscb.casereview.core.messages.Choice("Mark an action done", new ButtonAction.TakeStep(
                        "staffordshire/SCR-2026-001", "learning-done").payload()));

        JsonObject input = view(stepModal(form.refused(Map.of("action", "101"), Optional.of("action"), "No.")))
                .getAsJsonArray("blocks").get(1).getAsJsonObject();

        assertThat(input.getAsJsonObject("element").get("type").getAsString()).isEqualTo("plain_text_input");
        assertThat(input.getAsJsonObject("element").get("initial_value").getAsString()).isEqualTo("101");
        assertThat(input.getAsJsonObject("hint").get("text").getAsString()).isEqualTo(SlackStepForms.TOO_MANY);
    }

    private static StepForm themes(int options) {
        List<StepField.Option> themes = new java.util.ArrayList<>();
        for (int i = 1; i <= options; i++) {
            themes.add(new StepField.Option(i == 1 ? "voice of the child" : "theme " + i, "Theme " + i));
        }
        return new StepForm("Record a finding: SCR-2026-001", List.of(), Optional.empty(), List.of(
                new StepField("themes", "Themes", StepField.Type.CHOICES, true, "One or more.", themes)), Map.of(),
                Map.of(), new uk.lscb.casereview.core.messages.Choice("Record a finding", new ButtonAction.TakeStep(
                        "staffordshire/SCR-2026-001", "learning-finding").payload()));
    }

    /** Several choices are a multi-select that, refused, still holds those chosen, and comes back comma-separated. */
    @Test
    void aFieldOfSeveralChoicesIsAMultiSelectKeepingWhatWasChosen() {
        JsonObject modal = view(stepModal(themes(10).refused(Map.of("themes", "theme 3,voice of the child"),
                Optional.of("themes"), "No.")));
        JsonObject element = inputBlock(modal, "themes").getAsJsonObject("element");

        assertThat(element.get("type").getAsString()).isEqualTo("multi_static_select");
        assertThat(element.getAsJsonArray("options")).hasSize(10);
        assertThat(element.getAsJsonArray("initial_options").asList()).extracting(option -> option.getAsJsonObject()
                .get("value").getAsString()).containsExactly("voice of the child", "theme 3");
        assertThat(BlockKitLimits.violations(modal, BlockKitLimits.Surface.MODAL)).isEmpty();
        assertThat(CardActions.values(Map.of("themes", Map.of("themes", multiSelected("theme 3", "theme 7")))))
                .containsEntry("themes", "theme 3,theme 7");
    }

    private static com.slack.api.model.view.ViewState.Value multiSelected(String... values) {
        com.slack.api.model.view.ViewState.Value value = new com.slack.api.model.view.ViewState.Value();
        value.setType("multi_static_select");
        value.setSelectedOptions(java.util.Arrays.stream(values).map(chosen -> {
            com.slack.api.model.view.ViewState.SelectedOption option =
                    new com.slack.api.model.view.ViewState.SelectedOption();
            option.setValue(chosen);
            return option;
        }).toList());
        return value;
    }

    @Test
    void severalChoicesOfMoreThanAHundredAreTypedByTheirNumbersKeepingWhatWasTyped() {
        JsonObject input = inputBlock(view(stepModal(themes(101).refused(Map.of("themes", "3,7"),
                Optional.of("themes"), "No."))), "themes");

        assertThat(input.getAsJsonObject("element").get("type").getAsString()).isEqualTo("plain_text_input");
        assertThat(input.getAsJsonObject("element").get("initial_value").getAsString()).isEqualTo("3,7");
        assertThat(input.getAsJsonObject("hint").get("text").getAsString())
                .isEqualTo(SlackStepForms.TOO_MANY_SEVERAL);
    }

    @Test
    void aStepsFormsModalsMatchTheirGoldenJson() throws IOException {
        CaseRecord decided = decidedScr();
        golden("step-form-national-panel", view(stepModal(caseService.stepForm(decided,
                CaseStep.NATIONAL_PANEL_NOTIFIED))));
        golden("step-form-lead-reviewers", view(stepModal(caseService.stepForm(decided, CaseStep.LEAD_REVIEWERS))));
        golden("step-form-published", view(stepModal(caseService.stepForm(decided, CaseStep.PUBLISHED))));
        golden("step-form-methodology-refused", view(stepModal(caseService.stepForm(decided, CaseStep.METHODOLOGY)
                .refused(Map.of(CaseStep.Fields.METHODOLOGY, "other", CaseStep.Fields.OTHER_METHOD, ""),
                        Optional.empty(), "That can't be done yet: first record \u201CLead reviewers\u201D."))));
    }

    @Test
    void theFormAskingAnAgencyMatchesItsGoldenJsonEmptyAndRefusedBesideAField() throws IOException {
        CaseRecord decided = decidedScr();
        StepForm form = caseService.stepForm(decided, AgencyRequestService.FORM_STEP).orElseThrow();

        golden("agency-request-form", view(stepModal(form)));
        golden("agency-request-form-refused", view(stepModal(form.refused(Map.of(AgencyRequestService.AGENCY,
                "Staffordshire Police", AgencyRequestService.CONTACT, "U0POLICE1", AgencyRequestService.ASKED,
                "Everything on Jane Smith", AgencyRequestService.DUE, "2026-12-18"),
                Optional.of(AgencyRequestService.ASKED), "I haven't recorded that: the description of what is asked "
                        + "looks like a person's name."))));
    }

    /** By field type, the Block Kit element every step's form shows it as. */
    @ParameterizedTest(name = "{0} is a {1}")
    @CsvSource({"DATE, datepicker", "CHOICE, static_select", "TEXT, plain_text_input", "LINE, plain_text_input",
            "URL, plain_text_input",
            "BOOLEAN, checkboxes", "PERSON, users_select"})
    void everyStepsFieldOfATypeIsTheSameBlockKitInputWithTheFieldsIdAsBlockAndActionId(StepField.Type type,
                                                                                        String element) {
        CaseRecord decided = decidedScr();
        int seen = 0;
        List<StepForm> forms = new java.util.ArrayList<>();
        for (CaseStep step : CaseStep.values()) {
            forms.add(caseService.stepForm(decided, step));
        }
        forms.add(caseService.stepForm(decided, AgencyRequestService.FORM_STEP).orElseThrow());
        for (StepForm form : forms) {
            JsonObject modal = view(stepModal(form));
            for (StepField field : form.fields().stream().filter(f -> f.type() == type).toList()) {
                JsonObject input = inputBlock(modal, field.id());
                assertThat(input.getAsJsonObject("element").get("type").getAsString()).as(form.title() + "/" + field.id())
                        .isEqualTo(element);
                assertThat(input.getAsJsonObject("element").get("action_id").getAsString()).isEqualTo(field.id());
                assertThat(input.get("optional").getAsBoolean()).as("optional")
                        .isEqualTo(!field.required() || type == StepField.Type.BOOLEAN);
                seen++;
            }
        }
        assertThat(seen).as("fields of type " + type).isPositive();
    }

    @Test
    void aStepsModalKeepsWhatWasTypedAndShowsARefusalAboutNoFieldAboveTheInputs() {
        StepForm form = caseService.stepForm(decidedScr(), CaseStep.METHODOLOGY).refused(
                Map.of(CaseStep.Fields.METHODOLOGY, "silp", CaseStep.Fields.OTHER_METHOD, "A method & more"),
                Optional.empty(), "Not yet <now>.");
        JsonObject modal = view(stepModal(form));

        assertThat(inputBlock(modal, CaseStep.Fields.METHODOLOGY).getAsJsonObject("element")
                .getAsJsonObject("initial_option").get("value").getAsString()).isEqualTo("silp");
        assertThat(inputBlock(modal, CaseStep.Fields.OTHER_METHOD).getAsJsonObject("element")
                .get("initial_value").getAsString()).isEqualTo("A method & more");
        assertThat(modal.getAsJsonArray("blocks").get(1).toString()).contains("Not yet &lt;now&gt;.");
        assertThat(modal.get("submit").getAsJsonObject().get("text").getAsString()).isEqualTo("Record");
    }

    private static JsonObject inputBlock(JsonObject modal, String blockId) {
        for (var block : modal.getAsJsonArray("blocks")) {
            JsonObject object = block.getAsJsonObject();
            if (object.get("type").getAsString().equals("input") && object.get("block_id").getAsString()
                    .equals(blockId)) {
                return object;
            }
        }
        throw new AssertionError("no input " + blockId + " in " + modal);
    }

    private static View modalFor(DecisionCard card, DecisionVerb verb) {
        CardActions.ModalPlan plan = CardActions.plan(card, verb).orElseThrow();
        return SlackModals.modal(card, plan.heading(), plan.submit(), plan.inputs(), plan.required(),
                new CardActions.Origin(card.actions().get(0).payload(), "DUCHAIR01", "1790000000.000001").toJson());
    }

    // ---- limits -------------------------------------------------------------------------------

    /** A deadline reminder as the core words one (ReminderNotifications): overdue, to the panel and the Chair. */
    private static Notification reminder() {
        return new Notification(STAFFORDSHIRE, EnumSet.of(Audience.PANEL_CHANNEL, Audience.CHAIR),
                "Overdue: Chair's decision on whether to initiate a serious case review was due on Thursday 3 December "
                        + "2026, 7 days ago \u2014 please record the reason for the delay",
                "Case SCR-2026-014: Chair's decision on whether to initiate a serious case review was due on Thursday "
                        + "3 December 2026, 7 days ago. It is a target, not a hard limit: please record the reason for "
                        + "the delay (parallel criminal proceedings are the usual one). Press Mark done once it is done.",
                List.of(Fact.of("Case reference", "SCR-2026-014"), Fact.of("Board", "staffordshire"),
                        Fact.of("Deadline", "Chair's decision on whether to initiate a serious case review"),
                        Fact.of("Due", "Thursday 3 December 2026"), Fact.of("Days overdue", "7")),
                List.of(new Choice("Mark done", new ButtonAction.MarkDone("staffordshire/SCR-2026-014", DeadlineKind.CHAIR_DECISION).payload())),
                "staffordshire/SCR-2026-014/CHAIR_DECISION/2026-12-03/3");
    }

    @Test
    void withTheDashboardsAddressTheCardTheReminderAndTheCaseViewLinkToTheCasePageAndMatchTheirGoldenJson()
            throws IOException {
        CasePages pages = new CasePages(Optional.of("https://casereview.example.org"));
        CaseRecord record = submitted(referral(SCR, "no"));
        Optional<PageLink> page = pages.of(record);
        String link = "<https://casereview.example.org/board/cases/" + record.reference().value()
                + "?board=staffordshire|Open the case page>";

        JsonObject card = message(SlackBlocks.card(caseService.card(record).withPage(page)));
        JsonObject reminder = message(SlackBlocks.notification(reminder().withPage(pages.of(record.board(),
                new CaseReference("SCR-2026-014"))), Optional.empty()));
        JsonObject view = message(SlackBlocks.reply(new Reply.Summary("Case " + record.reference().value(),
                List.of(Fact.of("Stage", "Awaiting the Chair's decision")), List.of(), page)));

        golden("card-pending-linked", card);
        golden("notification-reminder-linked", reminder);
        golden("summary-case-linked", view);
        assertThat(card.toString()).contains(link);
        assertThat(reminder.toString()).contains("SCR-2026-014?board=staffordshire|Open the case page>");
        assertThat(view.toString()).contains(link);
        assertThat(message(SlackBlocks.card(caseService.card(record))).toString()).as("without the address")
                .doesNotContain("Open the case page");
    }

    @Test
    void aReminderWithItsMarkDoneButtonMatchesItsGoldenJson() throws IOException {
        SlackBlocks.Message panel = SlackBlocks.notification(reminder(), Optional.of("<@UCHAIR01> for your attention."));
        golden("notification-reminder", message(SlackBlocks.notification(reminder(), Optional.empty())));
        golden("notification-reminder-panel", message(panel));
        golden("notification-marked-done", message(SlackBlocks.markedDone(panel.text(), panel.blocks(),
                new DoneMark(new UserRef(Platform.SLACK, "U1", "Pat Chair"), Instant.parse("2026-12-10T09:30:00Z"))
                        .line(DeadlineKind.NATIONAL_PANEL_NOTIFICATION))));

        assertThat(SlackFixture.buttonValues(new StubSlackApi.Call("chat.postMessage",
                Map.of("blocks", SLACK.toJson(panel.blocks())))))
                .containsExactly(new ButtonAction.MarkDone("staffordshire/SCR-2026-014", DeadlineKind.CHAIR_DECISION).payload());
    }

    @Test
    void aNotificationStaysWithinBlockKitLimitsAndIsEscaped() {
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            facts.add(Fact.of("Fact <@U" + i + ">", "x".repeat(2500)));
        }
        List<Choice> actions = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            actions.add(new Choice("Mark done " + "y".repeat(100), new ButtonAction.MarkDone("b/R-" + i, DeadlineKind.CHAIR_DECISION).payload()));
        }
        Notification huge = new Notification(STAFFORDSHIRE, EnumSet.of(Audience.PANEL_CHANNEL),
                "<!channel> " + "t".repeat(400), "<!here> & " + "word ".repeat(2000), facts, actions, "k");

        JsonObject json = message(SlackBlocks.notification(huge, Optional.empty()));

        withinLimits(json, SlackBlocks.MAX_MESSAGE_BLOCKS);
        assertThat(json.get("text").getAsString()).hasSizeLessThanOrEqualTo(SlackBlocks.MAX_TEXT);
        assertThat(json.get("text").getAsString()).startsWith("&lt;!channel&gt;");
        JsonArray blocks = json.getAsJsonArray("blocks");
        assertThat(blocks.get(0).getAsJsonObject().get("type").getAsString()).isEqualTo("header");
        assertThat(blocks.get(0).getAsJsonObject().getAsJsonObject("text").get("type").getAsString())
                .isEqualTo("plain_text");
        String mrkdwn = new JsonArray().toString();
        for (int i = 1; i < blocks.size(); i++) {
            mrkdwn += blocks.get(i).toString();
        }
        assertThat(mrkdwn).doesNotContain("<!here>").doesNotContain("<@U1>").contains("&lt;!here&gt; &amp;");
        // The buttons are kept (in actions blocks of at most 25) although the facts are cut.
        assertThat(json.toString()).contains(new ButtonAction.MarkDone("b/R-29", DeadlineKind.CHAIR_DECISION).payload());
    }

    @Test
    void theWorstCaseStaysWithinBlockKitLimits() {
        List<Reply> replies = referral(NOT_SURE, "not sure");
        Reply.Recommended recommended = (Reply.Recommended) replies.get(replies.size() - 1);
        assertThat(recommended.recommendation().uncertain()).hasSizeGreaterThanOrEqualTo(8);
        withinLimits(message(SlackBlocks.reply(recommended)), SlackBlocks.MAX_MESSAGE_BLOCKS);
        withinLimits(message(SlackBlocks.reply(say("summary").get(0))), SlackBlocks.MAX_MESSAGE_BLOCKS);
        CaseRecord record = submitted(replies);
        DecisionCard card = caseService.card(record);
        withinLimits(message(SlackBlocks.card(card)), SlackBlocks.MAX_MESSAGE_BLOCKS);
        for (DecisionVerb verb : List.of(DecisionVerb.DECIDE, DecisionVerb.MORE_INFORMATION)) {
            withinLimits(view(modalFor(card, verb)), SlackBlocks.MAX_MODAL_BLOCKS);
        }
    }

    @Test
    void longTextIsSplitAndManyFactsAreCappedAtFiftyBlocks() {
        String longText = ("A sentence of plain words & more. ").repeat(400);
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            facts.add(new Fact(Optional.empty(), "Answer " + i, longText.substring(0, 100),
                    Optional.of(Choice.of("Change", new ButtonAction.Edit(QuestionId.of("q" + i))))));
        }
        JsonObject say = message(SlackBlocks.reply(new Reply.Say(longText, List.of(new Choice("Help", new ButtonAction.Run(Command.HELP).payload())))));
        JsonObject summary = message(SlackBlocks.reply(new Reply.Summary(longText, facts,
                List.of(new Choice("Send to the Chair", new ButtonAction.Run(Command.SUBMIT).payload())))));

        withinLimits(say, SlackBlocks.MAX_MESSAGE_BLOCKS);
        withinLimits(summary, SlackBlocks.MAX_MESSAGE_BLOCKS);
        assertThat(say.getAsJsonArray("blocks").size()).isGreaterThan(4);
        assertThat(summary.toString()).contains(new ButtonAction.Run(Command.SUBMIT).payload());
    }

    @Test
    void textPeopleTypedCannotPingOrLink() {
        Reply.Summary summary = new Reply.Summary("Answers", List.of(Fact.of("Case reference",
                "<!channel> & <@U123|boss> <https://evil.example|click>")), List.of());

        String json = message(SlackBlocks.reply(summary)).toString();

        assertThat(json).contains("&lt;!channel&gt; &amp; &lt;@U123|boss&gt;").doesNotContain("<!channel>");
    }

    @Test
    void httpModeWithoutASigningSecretFailsFastWithAClearMessage() {
        assertThatThrownBy(() -> new SlackAssistant(SlackSettings.http("xoxb-1", null, null), scoping, caseService,
                new uk.lscb.casereview.core.memory.InMemoryAddresses(),
                new uk.lscb.casereview.core.delivery.InMemoryPostedCopies(CLOCK), new Roles(Map.of(), Map.of()), boards,
                Map.of(), CLOCK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SLACK_SIGNING_SECRET");
    }

    @Test
    void settingsNeverPrintTheirSecrets() {
        SlackSettings settings = SlackSettings.http("xoxb-secret-token", "shh-secret", null);
        assertThat(settings.toString()).doesNotContain("secret");
        assertThat(settings.apiUrl()).isEqualTo("https://slack.com/api/");
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static JsonObject message(SlackBlocks.Message message) {
        JsonObject json = new JsonObject();
        json.addProperty("text", message.text());
        json.add("blocks", SLACK.toJsonTree(message.blocks()));
        return json;
    }

    private static JsonObject view(View view) {
        return SLACK.toJsonTree(view).getAsJsonObject();
    }

    /** Block Kit's documented limits ({@link BlockKitLimits}), checked on the JSON Slack would receive. */
    static void withinLimits(JsonObject surface, int maxBlocks) {
        BlockKitLimits.Surface kind = maxBlocks == SlackBlocks.MAX_MODAL_BLOCKS ? BlockKitLimits.Surface.MODAL
                : BlockKitLimits.Surface.MESSAGE;
        assertThat(BlockKitLimits.violations(surface, kind)).as("Block Kit limits").isEmpty();
    }

    private static void golden(String name, JsonObject actual) throws IOException {
        withinLimits(actual, actual.has("title") ? SlackBlocks.MAX_MODAL_BLOCKS : SlackBlocks.MAX_MESSAGE_BLOCKS);
        Path dir = Path.of(System.getProperty("golden.dir", "src/test/resources/golden"));
        Path file = dir.resolve(name + ".json");
        String rendered = PRETTY.toJson(actual) + "\n";
        if (Boolean.getBoolean("golden.update") || !Files.exists(file)) {
            Files.createDirectories(dir);
            Files.writeString(file, rendered, StandardCharsets.UTF_8);
            assertThat(Boolean.getBoolean("golden.update")).as("golden file " + file + " was missing: written, "
                    + "check it and run again").isTrue();
        }
        assertThat(rendered).as("golden " + name).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
