package uk.lscb.casereview.adapters.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lscb.casereview.adapters.slack.SlackFixture.BUSINESS_MANAGER;
import static uk.lscb.casereview.adapters.slack.SlackFixture.CHAIR;
import static uk.lscb.casereview.adapters.slack.SlackFixture.PANEL;
import static uk.lscb.casereview.adapters.slack.SlackFixture.PRACTITIONER;
import static uk.lscb.casereview.adapters.slack.SlackFixture.await;
import static uk.lscb.casereview.adapters.slack.SlackRequests.buttonValues;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.actions.ActionCodec;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.actions.DecisionVerb;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.CaseService;
import uk.lscb.casereview.core.cases.CaseStep;
import uk.lscb.casereview.core.cases.DecisionCard;
import uk.lscb.casereview.core.cases.FollowUpProcessor;
import uk.lscb.casereview.core.deadlines.ReminderPolicy;
import uk.lscb.casereview.core.driver.ReferralAnswers;
import uk.lscb.casereview.core.followups.CaseNotifications;
import uk.lscb.casereview.core.memory.InMemoryReminderJobs;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.reminders.ReminderScheduler;
import uk.lscb.casereview.core.rules.RulePacks;
import uk.lscb.casereview.core.rules.wt2015.Wt2015;

/**
 * The steps after the Chair's decision on Slack, through the real Bolt library: {@code case <reference>} in a direct
 * message offers the steps the person may take, a step's button opens its form as a modal, and the modal's
 * submission is checked and recorded by the core before the ack, a refusal shown beside its field.
 */
class SlackCaseStepsIT {
    private static final String REFERENCE = "SCR-2026-061";

    private SlackFixture fixture;

    @AfterEach
    void stop() throws Exception {
        if (fixture != null) {
            fixture.close();
        }
    }

    /** A Serious Case Review referred in Slack and confirmed by the Chair, with its lead reviewer. */
    private CaseRecord decided(SlackFixture f) {
        f.driver(PRACTITIONER).refer(ReferralAnswers.seriousCaseReview(REFERENCE, "today"));
        await("the case", () -> !f.cases.ofBoard(SlackFixture.STAFFORDSHIRE).isEmpty());
        CaseRecord record = f.cases.ofBoard(SlackFixture.STAFFORDSHIRE).get(0);
        CaseService.ActionResult decided = f.caseService.cardAction(new ButtonAction.Decision(DecisionVerb.CONFIRM,
                        record.id().value(), record.version()),
                Map.of(DecisionCard.LEAD_REVIEWERS, "A. Reviewer", DecisionCard.INDEPENDENT, "true"),
                CaseService.Actor.person(new UserRef(Platform.SLACK, CHAIR, "Pat Chair")));
        assertThat(decided.applied()).as(decided.message()).isTrue();
        return decided.record().orElseThrow();
    }

    /** Types {@code case <reference>} in the person's DM; the post answering it that has the step buttons. */
    private static StubSlackApi.Call caseOverview(SlackFixture f, String user) throws Exception {
        String dm = "D" + user;
        int seen = f.postsTo(dm).size();
        assertThat(f.directMessage(user, "case " + REFERENCE).statusCode()).isEqualTo(200);
        await("the case overview in " + dm, () -> f.postsTo(dm).stream().skip(seen)
                .anyMatch(call -> call.get("text").contains("What is due next")));
        return f.postsTo(dm).stream().skip(seen).filter(call -> call.get("text").contains("What is due next"))
                .findFirst().orElseThrow();
    }

    private static List<String> steps(StubSlackApi.Call post) {
        return buttonValues(post).stream().filter(value -> ActionCodec.decode(value)
                .filter(ButtonAction.OpenStep.class::isInstance).isPresent()).toList();
    }

    private static JsonObject lastModal(SlackFixture f) {
        List<StubSlackApi.Call> opened = f.slack.calls("views.open");
        return StubSlackApi.json(opened.get(opened.size() - 1).get("view")).getAsJsonObject();
    }

    private static List<String> inputTypes(JsonObject view) {
        List<String> types = new ArrayList<>();
        for (JsonElement block : view.getAsJsonArray("blocks")) {
            if (block.getAsJsonObject().get("type").getAsString().equals("input")) {
                types.add(block.getAsJsonObject().get("block_id").getAsString() + ":"
                        + block.getAsJsonObject().getAsJsonObject("element").get("type").getAsString());
            }
        }
        return types;
    }

    /** What the case's stored changes owe, carried out as the application does, through Slack. */
    private static void followUps(SlackFixture f) {
        CaseNotifications notifications = new CaseNotifications(f.cases, List.of(f.delivery()),
                f.delivery(), List.of(f.delivery()),
                new ReminderScheduler(new InMemoryReminderJobs(), ReminderPolicy.englandAndWales()), f.boards,
                new RulePacks(List.of(Wt2015.pack())), f.clock);
        new FollowUpProcessor(f.cases, notifications, f.clock, "test", Duration.ofMinutes(1)).completeAll();
    }

    private static long announced(SlackFixture f, String title) {
        return f.postsTo(PANEL).stream().filter(call -> call.get("text").contains(title)).count();
    }

    @Test
    void aBusinessManagerRecordsAStepInItsModalAfterARefusalShownBesideTheField() throws Exception {
        fixture = new SlackFixture();
        SlackFixture f = fixture;
        CaseRecord record = decided(f);
        String dm = "D" + BUSINESS_MANAGER;
        LocalDate today = LocalDate.now(f.clock.withZone(ZoneId.of("Europe/London")));

        StubSlackApi.Call overview = caseOverview(f, BUSINESS_MANAGER);
        String notified = new ButtonAction.OpenStep(record.id().value(), CaseStep.NATIONAL_PANEL_NOTIFIED.id())
                .payload();
        assertThat(steps(overview)).contains(notified);

        int opened = f.slack.calls("views.open").size();
        assertThat(f.press(BUSINESS_MANAGER, dm, overview, notified).statusCode()).isEqualTo(200);
        await("the step's modal", () -> f.slack.calls("views.open").size() > opened);
        JsonObject modal = lastModal(f);
        assertThat(modal.get("callback_id").getAsString()).isEqualTo(SlackBlocks.STEP_CALLBACK);
        assertThat(inputTypes(modal)).containsExactly(CaseStep.Fields.SENT_ON + ":datepicker");
        assertThat(modal.toString()).contains("Case reference: " + REFERENCE);
        assertThat(BlockKitLimits.violations(modal, BlockKitLimits.Surface.MODAL)).isEmpty();

        HttpResponse<String> future = f.submit(BUSINESS_MANAGER, modal,
                Map.of(CaseStep.Fields.SENT_ON, today.plusDays(1).toString()));
        JsonObject errors = StubSlackApi.json(future.body()).getAsJsonObject();
        assertThat(errors.get("response_action").getAsString()).isEqualTo("errors");
        assertThat(errors.getAsJsonObject("errors").keySet()).containsExactly(CaseStep.Fields.SENT_ON);
        assertThat(CaseStep.NATIONAL_PANEL_NOTIFIED.lastEntry(f.cases.find(record.id()).orElseThrow())).isEmpty();

        HttpResponse<String> sent = f.submit(BUSINESS_MANAGER, modal, Map.of(CaseStep.Fields.SENT_ON,
                today.toString()));
        assertThat(sent.body()).doesNotContain("errors");
        CaseRecord recorded = f.cases.find(record.id()).orElseThrow();
        assertThat(CaseStep.NATIONAL_PANEL_NOTIFIED.lastEntry(recorded)).hasValueSatisfying(entry -> {
            assertThat(entry.who().id()).isEqualTo(BUSINESS_MANAGER);
            assertThat(entry.values()).containsEntry(CaseStep.Fields.SENT_ON, today.toString());
        });
        await("what was recorded, told to the business manager", () -> f.slack.calls("chat.postEphemeral").stream()
                .anyMatch(call -> call.get("user").equals(BUSINESS_MANAGER)
                        && call.get("text").startsWith("National panel notified on ")));

        followUps(f);
        followUps(f);
        String title = REFERENCE + ": National panel notified";
        await("the step announced in the panel channel", () -> announced(f, title) > 0);
        assertThat(announced(f, title)).as("announced once").isEqualTo(1);

        // The same modal sent again, and the same button pressed again: who recorded it and when.
        HttpResponse<String> again = f.submit(BUSINESS_MANAGER, modal, Map.of(CaseStep.Fields.SENT_ON,
                today.toString()));
        assertThat(StubSlackApi.json(again.body()).getAsJsonObject().getAsJsonObject("errors")
                .get(CaseStep.Fields.SENT_ON).getAsString())
                .startsWith("National panel notified was already recorded, by Bo Manager");
        int modals = f.slack.calls("views.open").size();
        assertThat(f.press(BUSINESS_MANAGER, dm, overview, notified).statusCode()).isEqualTo(200);
        await("the stale button's answer", () -> f.slack.calls("chat.postEphemeral").stream()
                .anyMatch(call -> call.get("text").startsWith("National panel notified was already recorded, by "
                        + "Bo Manager")));
        assertThat(f.slack.calls("views.open")).hasSize(modals);
        assertThat(f.cases.find(record.id()).orElseThrow().audit()).hasSameSizeAs(recorded.audit());
    }

    @Test
    void theCaseAndTimelineSlashCommandsAnswerThePersonOnlyWithTheStepsTheyMayTake() throws Exception {
        fixture = new SlackFixture();
        SlackFixture f = fixture;
        CaseRecord record = decided(f);
        String notified = new ButtonAction.OpenStep(record.id().value(), CaseStep.NATIONAL_PANEL_NOTIFIED.id())
                .payload();

        String manager = f.command(BUSINESS_MANAGER, "CGENERAL", "case " + REFERENCE).body();
        String practitioner = f.command(PRACTITIONER, "CGENERAL", "case " + REFERENCE).body();
        String timeline = f.command(BUSINESS_MANAGER, "CGENERAL", "timeline " + REFERENCE).body();

        assertThat(manager).contains("\"response_type\":\"ephemeral\"", "What is due next", notified);
        assertThat(practitioner).contains("What is due next").doesNotContain("case:step:");
        assertThat(timeline).contains("\"response_type\":\"ephemeral\"", "Timeline of " + REFERENCE);
    }

    @Test
    void aPractitionerGetsNoStepButtonsAndAForgedStepIsRefusedOnTheServer() throws Exception {
        fixture = new SlackFixture();
        SlackFixture f = fixture;
        CaseRecord record = decided(f);
        LocalDate today = LocalDate.now(f.clock.withZone(ZoneId.of("Europe/London")));

        assertThat(steps(caseOverview(f, PRACTITIONER))).isEmpty();

        // The business manager's step button, pressed by the practitioner: no form, why not.
        StubSlackApi.Call overview = caseOverview(f, BUSINESS_MANAGER);
        String notified = new ButtonAction.OpenStep(record.id().value(), CaseStep.NATIONAL_PANEL_NOTIFIED.id())
                .payload();
        int opened = f.slack.calls("views.open").size();
        f.press(PRACTITIONER, "D" + PRACTITIONER, overview, notified);
        await("the refusal", () -> f.slack.calls("chat.postEphemeral").stream()
                .anyMatch(call -> call.get("user").equals(PRACTITIONER) && call.get("text").startsWith("Only the ")));
        assertThat(f.slack.calls("views.open")).hasSize(opened);

        // The business manager's modal, submitted as the practitioner.
        f.press(BUSINESS_MANAGER, "D" + BUSINESS_MANAGER, overview, notified);
        await("the step's modal", () -> f.slack.calls("views.open").size() > opened);
        HttpResponse<String> forged = f.submit(PRACTITIONER, lastModal(f), Map.of(CaseStep.Fields.SENT_ON,
                today.toString()));

        JsonObject errors = StubSlackApi.json(forged.body()).getAsJsonObject();
        assertThat(errors.get("response_action").getAsString()).isEqualTo("errors");
        assertThat(errors.getAsJsonObject("errors").get(CaseStep.Fields.SENT_ON).getAsString())
                .startsWith("Only the ");
        CaseRecord after = f.cases.find(record.id()).orElseThrow();
        assertThat(CaseStep.NATIONAL_PANEL_NOTIFIED.lastEntry(after)).isEmpty();
        assertThat(after.version()).isEqualTo(record.version());
    }
}
