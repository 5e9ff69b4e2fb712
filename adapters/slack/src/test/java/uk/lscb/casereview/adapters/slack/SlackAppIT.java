package uk.lscb.casereview.adapters.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.lscb.casereview.adapters.slack.SlackFixture.ADMIN;
import static uk.lscb.casereview.adapters.slack.SlackFixture.CHAIR;
import static uk.lscb.casereview.adapters.slack.SlackFixture.PANEL;
import static uk.lscb.casereview.adapters.slack.SlackFixture.PRACTITIONER;
import static uk.lscb.casereview.adapters.slack.SlackFixture.await;

import com.google.gson.JsonObject;
import com.slack.api.app_backend.SlackSignature;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.actions.Command;
import uk.lscb.casereview.core.actions.DecisionVerb;
import uk.lscb.casereview.core.cases.CaseAction;
import uk.lscb.casereview.core.cases.CaseDeadline;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.CaseService;
import uk.lscb.casereview.core.cases.CaseStatus;
import uk.lscb.casereview.core.cases.FollowUp;
import uk.lscb.casereview.core.cases.FollowUpProcessor;
import uk.lscb.casereview.core.deadlines.Audience;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.deadlines.ReminderPolicy;
import uk.lscb.casereview.core.delivery.Addresses;
import uk.lscb.casereview.core.delivery.Notification;
import uk.lscb.casereview.core.delivery.PostedCopies;
import uk.lscb.casereview.core.driver.Asking;
import uk.lscb.casereview.core.driver.MissedReply;
import uk.lscb.casereview.core.driver.ReferralAnswers;
import uk.lscb.casereview.core.followups.CaseNotifications;
import uk.lscb.casereview.core.memory.InMemoryReminderJobs;
import uk.lscb.casereview.core.messages.Choice;
import uk.lscb.casereview.core.messages.Fact;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.reminders.ReminderJob;
import uk.lscb.casereview.core.reminders.ReminderNotifications;
import uk.lscb.casereview.core.reminders.ReminderScheduler;
import uk.lscb.casereview.core.rules.Outcome;
import uk.lscb.casereview.core.rules.RulePacks;
import uk.lscb.casereview.core.rules.wt2015.Wt2015;

/** The Slack app through the real Bolt library: signed HTTP requests in, a stub Web API out. */
class SlackAppIT {
    /** By question id: pressed where the question has that button, else typed. */
    private static final Map<String, String> SCRIPT = ReferralAnswers.seriousCaseReview("SCR-2026-014", "today");

    private static final Duration TURN = Duration.ofSeconds(30);

    private SlackFixture fixture;

    @AfterEach
    void stop() throws Exception {
        if (fixture != null) {
            fixture.close();
        }
    }

    private SlackFixture start() throws Exception {
        fixture = new SlackFixture();
        return fixture;
    }

    /** Runs a whole referral in the practitioner's DM, typing some answers and pressing others; submits it. */
    private CaseRecord referral(SlackFixture f) {
        f.driver(PRACTITIONER).refer(SCRIPT);
        await("the case", () -> !f.cases.ofBoard(SlackFixture.STAFFORDSHIRE).isEmpty());
        return f.cases.ofBoard(SlackFixture.STAFFORDSHIRE).get(0);
    }

    /**
     * Waits, on the stub's received posts, until a post after the first {@code seen} asks something (by its
     * buttons) and is the channel's last: a turn may post several (an introduction, then the question).
     */
    private static List<StubSlackApi.Call> awaitQuestion(SlackFixture f, String channel, int seen)
            throws InterruptedException {
        return f.slack.awaitPosts(channel, "the next question after post " + seen, posts -> posts.size() > seen
                && Asking.asksSomething(SlackFixture.buttonValues(posts.get(posts.size() - 1))), TURN);
    }

    @Test
    void slashCommandStartMovesToADirectMessageAndAsksTheFirstQuestion() throws Exception {
        SlackFixture f = start();

        HttpResponse<String> response = f.command(PRACTITIONER, "CGENERAL", "start");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("direct message");
        await("the first question", () -> !f.postsTo("D" + PRACTITIONER).isEmpty());
        assertThat(f.slack.calls("conversations.open")).extracting(call -> call.get("users")).containsExactly(PRACTITIONER);
        assertThat(awaitQuestion(f, "D" + PRACTITIONER, 0)).flatMap(SlackFixture::buttonValues)
                .anyMatch(v -> v.startsWith("answer:board:"));
        assertThat(f.postsTo("CGENERAL")).isEmpty();
        assertThat(f.addresses.find(Platform.SLACK, Addresses.Kind.PERSON, PRACTITIONER)).isPresent();
    }

    @Test
    void aMessageThatMayNameAChildIsNotKeptAndIsFollowedBySlacksWayToDeleteIt() throws Exception {
        SlackFixture f = start();
        String dm = "D" + PRACTITIONER;
        f.directMessage(PRACTITIONER, "start");
        awaitQuestion(f, dm, 0);

        f.directMessage(PRACTITIONER, "Jane Smith was hurt");

        lastPostTo(f, dm, "I haven't kept that message");
        assertThat(lastPostTo(f, dm, "Please also delete the message you sent").get("text"))
                .contains("More actions \u22EE and then Delete message").doesNotContain("More options", "Teams");
    }

    @Test
    void helpIsAnsweredEphemerallyAtOnce() throws Exception {
        SlackFixture f = start();

        HttpResponse<String> response = f.command(PRACTITIONER, "CGENERAL", "help");

        assertThat(response.body()).contains("/casereview start").contains("Never type a child");
        assertThat(ackText(response)).contains("`/casereview case REFERENCE`")
                .doesNotContain("/casereview decide");
        assertThat(ackText(f.command(CHAIR, "CGENERAL", "help"))).contains("`/casereview decide REFERENCE`",
                "`/casereview delay REFERENCE DEADLINE REASON`");
        assertThat(ackText(f.command(PRACTITIONER, "CGENERAL", "no such command")))
                .contains("`/casereview case REFERENCE`");
    }

    private static String ackText(HttpResponse<String> response) {
        return StubSlackApi.json(response.body()).getAsJsonObject().get("text").getAsString();
    }

    @Test
    void aWholeReferralThenTheChairDecidesInAModalAndTheCardIsUpdatedInPlace() throws Exception {
        SlackFixture f = start();

        CaseRecord created = referredToTheChair(f);

        assertThat(created.recommendation().outcome()).isEqualTo(Outcome.SERIOUS_CASE_REVIEW);
        assertThat(created.referrer().id()).isEqualTo(PRACTITIONER);
        await("the Chair's card", () -> !f.postsTo("D" + CHAIR).isEmpty());
        StubSlackApi.Call card = f.postsTo("D" + CHAIR).get(0);
        String confirm = SlackFixture.buttonValues(card).stream().filter(v -> Payloads.isDecision(v, DecisionVerb.CONFIRM))
                .findFirst().orElseThrow();
        assertThat(f.postsTo(PANEL)).isEmpty();

        // Confirming an SCR needs the lead reviewers and their independence: a modal.
        f.press(CHAIR, "D" + CHAIR, card.get("posted_ts"), SlackFixture.actionIdOf(card, confirm), confirm);
        await("views.open", () -> !f.slack.calls("views.open").isEmpty());
        JsonObject view = StubSlackApi.json(f.slack.calls("views.open").get(0).get("view")).getAsJsonObject();
        assertThat(view.toString()).contains("\"block_id\":\"lead_reviewers\"").contains("\"block_id\":\"reviewers_independent\"");

        HttpResponse<String> refused = f.submit(CHAIR, view, Map.of("lead_reviewers", "A. Reviewer"));
        assertThat(refused.statusCode()).isEqualTo(200);
        JsonObject errors = StubSlackApi.json(refused.body()).getAsJsonObject();
        assertThat(errors.get("response_action").getAsString()).isEqualTo("errors");
        assertThat(errors.getAsJsonObject("errors").has("reviewers_independent")).isTrue();
        assertThat(f.cases.find(created.id()).orElseThrow().decision()).isEmpty();

        HttpResponse<String> accepted = f.submit(CHAIR, view,
                Map.of("lead_reviewers", "A. Reviewer, B. Reviewer", "reviewers_independent", "true"));
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(accepted.body()).doesNotContain("errors");
        CaseRecord decided = f.cases.find(created.id()).orElseThrow();
        assertThat(decided.status()).isEqualTo(CaseStatus.DECIDED);
        assertThat(decided.decision().orElseThrow().chair().displayName()).isEqualTo("Pat Chair");

        await("chat.update of the card", () -> f.slack.calls("chat.update").stream()
                .anyMatch(call -> call.get("ts").equals(card.get("posted_ts"))));
        StubSlackApi.Call update = f.slack.calls("chat.update").stream()
                .filter(call -> call.get("ts").equals(card.get("posted_ts"))).findFirst().orElseThrow();
        assertThat(update.get("channel")).isEqualTo("D" + CHAIR);
        assertThat(SlackFixture.buttonValues(update)).singleElement().matches(v -> Payloads.is(v, ButtonAction.ShowDetails.class));
        assertThat(SlackFixture.blocks(update).toString()).contains("Decided by Pat Chair");
        assertThat(f.postedCopies.copies(created.id(), PostedCopies.CARD, Platform.SLACK)).singleElement()
                .satisfies(copy -> assertThat(copy.reference()).isEqualTo("D" + CHAIR + " " + update.get("ts")));
        // Updated once: every piece of work the decision queued has run, and one chat.update reached the card.
        f.awaitIdle();
        assertThat(f.slack.calls("chat.update")).filteredOn(call -> call.get("ts").equals(card.get("posted_ts")))
                .hasSize(1);

        // The same modal submitted again: no second decision, and the Chair is told who decided.
        HttpResponse<String> again = f.submit(CHAIR, view,
                Map.of("lead_reviewers", "C. Other", "reviewers_independent", "true"));
        assertThat(again.body()).contains("errors").contains("already been decided");
        CaseRecord after = f.cases.find(created.id()).orElseThrow();
        assertThat(after.version()).isEqualTo(decided.version());
        assertThat(after.audit()).filteredOn(event -> event.action().equals("decided")).hasSize(1);
    }

    /** A referral, its card going to the Chair's DM. */
    private CaseRecord referredToTheChair(SlackFixture f) {
        f.addresses.save(new Addresses.Address(Platform.SLACK, Addresses.Kind.PERSON, CHAIR, "D" + CHAIR));
        return referral(f);
    }

    /** Confirm pressed on the card in the Chair's DM: the modal the app opened. */
    private JsonObject confirmModal(SlackFixture f) throws Exception {
        await("the Chair's card", () -> !f.postsTo("D" + CHAIR).isEmpty());
        StubSlackApi.Call card = f.postsTo("D" + CHAIR).get(0);
        String confirm = SlackFixture.buttonValues(card).stream()
                .filter(v -> Payloads.isDecision(v, DecisionVerb.CONFIRM)).findFirst().orElseThrow();
        f.press(CHAIR, "D" + CHAIR, card.get("posted_ts"), SlackFixture.actionIdOf(card, confirm), confirm);
        await("views.open", () -> !f.slack.calls("views.open").isEmpty());
        return StubSlackApi.json(f.slack.calls("views.open").get(0).get("view")).getAsJsonObject();
    }

    /** The text of the modal's note, as the ack or a views.update gave it. */
    private static String noteOf(JsonObject view) {
        return view.getAsJsonArray("blocks").get(0).getAsJsonObject().getAsJsonObject("text").get("text")
                .getAsString();
    }

    @Test
    void aDecisionSlowerToRecordThanSlackWaitsLeavesTheModalSayingSoThenRecordsItUpdatesTheCardAndSaysItInTheModal()
            throws Exception {
        SlackFixture f = start();
        CaseRecord created = referredToTheChair(f);
        JsonObject view = confirmModal(f);
        // The decision waits on the Chair's name from Slack, held here until the ack has gone.
        StubSlackApi.Hold name = f.slack.hold("users.info", params -> CHAIR.equals(params.get("user")));

        HttpResponse<String> acknowledged = f.submit(CHAIR, view,
                Map.of("lead_reviewers", "A. Reviewer, B. Reviewer", "reviewers_independent", "true"));

        assertThat(name.awaitArrival(TURN)).isTrue();
        JsonObject ack = StubSlackApi.json(acknowledged.body()).getAsJsonObject();
        assertThat(ack.get("response_action").getAsString()).isEqualTo("update");
        assertThat(noteOf(ack.getAsJsonObject("view"))).isEqualTo(SlackCaseActions.STILL_SAVING);
        assertThat(f.cases.find(created.id()).orElseThrow().decision()).isEmpty();

        name.release();
        await("the decision recorded", () -> f.cases.find(created.id()).orElseThrow().decision().isPresent());
        await("the modal told", () -> !f.slack.calls("views.update").isEmpty());
        StubSlackApi.Call told = f.slack.calls("views.update").get(0);
        assertThat(told.get("view_id")).isEqualTo("V0001");
        assertThat(noteOf(StubSlackApi.json(told.get("view")).getAsJsonObject()))
                .isEqualTo("Decided: Serious Case Review.");
        await("the card updated", () -> f.slack.calls("chat.update").stream()
                .anyMatch(call -> SlackFixture.blocks(call).toString().contains("Decided by Pat Chair")));
        assertThat(f.slack.calls("chat.postEphemeral")).isEmpty();
    }

    @Test
    void aDecisionRefusedAfterSlackStoppedWaitingIsToldWhereTheButtonWasAndInTheModalAndNothingIsRecorded()
            throws Exception {
        SlackFixture f = start();
        CaseRecord created = referredToTheChair(f);
        JsonObject view = confirmModal(f);
        StubSlackApi.Hold name = f.slack.hold("users.info", params -> CHAIR.equals(params.get("user")));

        HttpResponse<String> acknowledged = f.submit(CHAIR, view, Map.of("lead_reviewers", "A. Reviewer"));

        assertThat(name.awaitArrival(TURN)).isTrue();
        assertThat(StubSlackApi.json(acknowledged.body()).getAsJsonObject().get("response_action").getAsString())
                .isEqualTo("update");
        name.release();
        await("the Chair told, where they pressed", () -> !f.slack.calls("chat.postEphemeral").isEmpty());
        StubSlackApi.Call told = f.slack.calls("chat.postEphemeral").get(0);
        assertThat(told.get("channel")).isEqualTo("D" + CHAIR);
        assertThat(told.get("text")).startsWith("Nothing was recorded. ").endsWith(" Please press the button again.")
                .contains("independent");
        await("the modal told", () -> !f.slack.calls("views.update").isEmpty());
        assertThat(noteOf(StubSlackApi.json(f.slack.calls("views.update").get(0).get("view")).getAsJsonObject()))
                .isEqualTo(told.get("text"));
        assertThat(f.cases.find(created.id()).orElseThrow().decision()).isEmpty();
    }

    @Test
    void theChairsCardShowsTheEssentialsAndShowDetailsOpensTheReasonsAndAnswersInAModal() throws Exception {
        SlackFixture f = start();
        CaseRecord created = referral(f);
        await("the card in the panel channel", () -> !f.postsTo(PANEL).isEmpty());
        StubSlackApi.Call card = f.postsTo(PANEL).get(0);
        String shown = SlackFixture.blocks(card).toString();
        assertThat(shown).contains("Case reference", created.reference().value(), "Board", "LSCB notified on",
                "Decision due by", "Recommendation", "Considered for a Serious Case Review");
        assertThat(shown).doesNotContain("*Why*", "Answers given by the referrer");
        assertThat(SlackFixture.blocks(card)).hasSizeLessThanOrEqualTo(8);
        String details = SlackFixture.buttonValues(card).stream().filter(v -> Payloads.is(v, ButtonAction.ShowDetails.class))
                .findFirst().orElseThrow();

        // Anyone who sees the card may read why: the panel reads it before the Chair decides.
        f.press(PRACTITIONER, PANEL, card.get("posted_ts"), SlackFixture.actionIdOf(card, details), details);

        await("views.open", () -> !f.slack.calls("views.open").isEmpty());
        StubSlackApi.Call opened = f.slack.calls("views.open").get(0);
        assertThat(opened.get("trigger_id")).startsWith("trigger-");
        JsonObject view = StubSlackApi.json(opened.get("view")).getAsJsonObject();
        assertThat(view.toString()).contains("*Why*").contains("Answers given by the referrer")
                .contains(created.reference().value()).doesNotContain("\"submit\"");
        assertThat(BlockKitLimits.violations(view, BlockKitLimits.Surface.MODAL)).isEmpty();
        assertThat(f.cases.find(created.id()).orElseThrow().version()).isEqualTo(created.version());
        assertThat(f.slack.calls("chat.postEphemeral")).isEmpty();
    }

    @Test
    void choosingAnOutcomeInTheModalShowsOnlyTheInputsItNeedsKeepsWhatWasTypedAndAMissingJustificationIsShownBesideIt() throws Exception {
        SlackFixture f = start();
        f.addresses.save(new Addresses.Address(Platform.SLACK, Addresses.Kind.PERSON, CHAIR, "D" + CHAIR));
        CaseRecord created = referral(f);
        await("the Chair's card", () -> !f.postsTo("D" + CHAIR).isEmpty());
        StubSlackApi.Call card = f.postsTo("D" + CHAIR).get(0);
        String decide = SlackFixture.buttonValues(card).stream().filter(v -> Payloads.isDecision(v, DecisionVerb.DECIDE))
                .findFirst().orElseThrow();

        f.press(CHAIR, "D" + CHAIR, card.get("posted_ts"), SlackFixture.actionIdOf(card, decide), decide);
        await("views.open", () -> !f.slack.calls("views.open").isEmpty());
        JsonObject opened = StubSlackApi.json(f.slack.calls("views.open").get(0).get("view")).getAsJsonObject();
        assertThat(opened.toString()).contains("\"block_id\":\"outcome\"", "\"dispatch_action\":true")
                .doesNotContain("\"block_id\":\"justification\"", "\"block_id\":\"lead_reviewers\"");

        // Choosing an outcome updates the modal to the inputs it needs, keeping what was typed.
        String reason = "The agencies involved have already reviewed their practice.";
        f.choose(CHAIR, opened, "outcome", "SINGLE_AGENCY_LEARNING_REVIEW", Map.of());
        JsonObject view = awaitUpdatedView(f, 1);
        assertThat(view.toString()).contains("\"block_id\":\"reason\"", "\"block_id\":\"justification\"")
                .doesNotContain("\"block_id\":\"lead_reviewers\"", "\"block_id\":\"internal_review_consent\"");
        f.choose(CHAIR, view, "outcome", "INTERNAL_MULTI_AGENCY_LEARNING_REVIEW", Map.of("reason", reason));
        view = awaitUpdatedView(f, 2);
        assertThat(view.toString()).contains("\"block_id\":\"internal_review_consent\"",
                "\"initial_value\":\"" + reason + "\"", "\"value\":\"INTERNAL_MULTI_AGENCY_LEARNING_REVIEW\"");
        f.choose(CHAIR, view, "outcome", "SERIOUS_CASE_REVIEW", Map.of("reason", reason));
        JsonObject review = awaitUpdatedView(f, 3);
        assertThat(review.toString()).contains("\"block_id\":\"lead_reviewers\"", "\"block_id\":\"reviewers_independent\"")
                .doesNotContain("\"block_id\":\"reason\"", "\"block_id\":\"justification\"");
        for (int i = 0; i < 3; i++) {
            JsonObject updated = StubSlackApi.json(f.slack.calls("views.update").get(i).get("view")).getAsJsonObject();
            assertThat(BlockKitLimits.violations(updated, BlockKitLimits.Surface.MODAL)).isEmpty();
            assertThat(f.slack.calls("views.update").get(i).get("view_id")).isEqualTo("V0001");
        }

        HttpResponse<String> refused = f.submit(CHAIR, view, Map.of("outcome", "SINGLE_AGENCY_LEARNING_REVIEW",
                "reason", reason));

        JsonObject errors = StubSlackApi.json(refused.body()).getAsJsonObject().getAsJsonObject("errors");
        assertThat(errors.has("justification")).isTrue();
        assertThat(f.cases.find(created.id()).orElseThrow().decision()).isEmpty();
    }

    private static JsonObject awaitUpdatedView(SlackFixture f, int count) throws InterruptedException {
        await("views.update " + count, () -> f.slack.calls("views.update").size() >= count);
        return StubSlackApi.json(f.slack.calls("views.update").get(count - 1).get("view")).getAsJsonObject();
    }

    @Test
    void someoneWhoIsNotTheChairIsRefusedAndNothingChanges() throws Exception {
        SlackFixture f = start();
        CaseRecord created = referral(f);
        // No DM address for the Chair: the card goes to the panel channel, mentioning the Chair.
        await("the card in the panel channel", () -> !f.postsTo(PANEL).isEmpty());
        StubSlackApi.Call card = f.postsTo(PANEL).get(0);
        assertThat(SlackFixture.blocks(card).get(0).getAsJsonObject().getAsJsonObject("text").get("text").getAsString())
                .isEqualTo("<@" + CHAIR + "> a case needs your decision.");
        String confirm = SlackFixture.buttonValues(card).stream().filter(v -> Payloads.isDecision(v, DecisionVerb.CONFIRM))
                .findFirst().orElseThrow();

        f.press(PRACTITIONER, PANEL, card.get("posted_ts"), SlackFixture.actionIdOf(card, confirm), confirm);

        await("the refusal", () -> !f.slack.calls("chat.postEphemeral").isEmpty());
        StubSlackApi.Call refusal = f.slack.calls("chat.postEphemeral").get(0);
        assertThat(refusal.get("user")).isEqualTo(PRACTITIONER);
        assertThat(refusal.get("text")).contains("Only the Independent Chair");
        assertThat(f.slack.calls("views.open")).isEmpty();
        assertThat(f.cases.find(created.id()).orElseThrow().decision()).isEmpty();
    }

    @Test
    void theSameEventDeliveredThreeTimesIsProcessedOnce() throws Exception {
        SlackFixture f = start();
        String dm = "D" + PRACTITIONER;

        f.directMessage(PRACTITIONER, "start", "EvSame01", Map.of());
        int first = awaitQuestion(f, dm, 0).size();
        try (RedeliveriesIgnored ignored = new RedeliveriesIgnored()) {
            f.directMessage(PRACTITIONER, "start", "EvSame01", Map.of("X-Slack-Retry-Num", "1",
                    "X-Slack-Retry-Reason", "http_timeout"));
            f.directMessage(PRACTITIONER, "start", "EvSame01", Map.of("X-Slack-Retry-Num", "2",
                    "X-Slack-Retry-Reason", "http_timeout"));
            ignored.await(2, TURN);
        }

        assertThat(f.postsTo(dm)).hasSize(first);
    }

    @Test
    void afterAPostSlackRefusedThePractitionersNextMessageIsNotUsedAndTheQuestionTheyMissedIsPostedAgain()
            throws Exception {
        SlackFixture f = start();
        String dm = "D" + PRACTITIONER;
        ConversationKey key = new ConversationKey(Platform.SLACK, dm);
        f.directMessage(PRACTITIONER, "start");
        awaitQuestion(f, dm, 0);
        f.slack.refuse("chat.postMessage", 1);
        f.directMessage(PRACTITIONER, "Staffordshire");
        await("the reference question refused", () -> !f.slack.calls("chat.postMessage#refused").isEmpty());
        f.awaitIdle();

        f.directMessage(PRACTITIONER, "yes");

        lastPostTo(f, dm, "my last reply didn't reach you");
        List<StubSlackApi.Call> posts = f.slack.awaitPosts(dm, "the question asked again", all -> all.size() >= 2
                && String.valueOf(all.get(all.size() - 1).get("text")).contains("case reference"), TURN);
        assertThat(posts.get(posts.size() - 2).get("text")).contains("haven't used what you just sent");
        f.awaitIdle();
        MissedReply.assertSetAsideAt(f.conversations, f.transcripts, key, "case_reference");
    }

    @Test
    void aBadSignatureIsRefusedWith401() throws Exception {
        SlackFixture f = start();
        long now = Instant.now().getEpochSecond();
        String body = "token=x&command=%2Fcasereview&text=help&user_id=U1&channel_id=C1";
        String wrong = new SlackSignature.Generator("not-the-secret").generate(String.valueOf(now), body);

        HttpResponse<String> response = f.send(body, "application/x-www-form-urlencoded", now, wrong, Map.of());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    /**
     * Slack's five minutes, both ways: a signed request stamped more than five minutes before or after now
     * is refused like a bad signature (Bolt itself checks only the past), and nothing is done with it.
     */
    @ParameterizedTest(name = "stamped {0} s from now: {1}")
    @CsvSource({"-600, 401", "-360, 401", "-240, 200", "0, 200", "240, 200", "360, 401", "600, 401"})
    void aSignedRequestStampedMoreThanFiveMinutesFromNowEitherWayIsRefusedWith401(long offset, int status)
            throws Exception {
        SlackFixture f = start();
        long stamped = Instant.now().plusSeconds(offset).getEpochSecond();
        String body = "token=x&command=%2Fcasereview&text=help&user_id=U1&channel_id=C1&trigger_id=t1";
        String signature = new SlackSignature.Generator(SlackFixture.SECRET).generate(String.valueOf(stamped), body);

        HttpResponse<String> response = f.send(body, "application/x-www-form-urlencoded", stamped, signature,
                Map.of());

        assertThat(response.statusCode()).isEqualTo(status);
        if (status == 401) {
            assertThat(response.body()).doesNotContain("/casereview start");
        } else {
            assertThat(response.body()).contains("/casereview start");
        }
    }

    @Test
    void aMentionInAChannelPointsToADirectMessageAndKeepsDetailsOutOfTheChannel() throws Exception {
        SlackFixture f = start();

        f.mention(PRACTITIONER, "CGENERAL", "does SCR-2026-099 meet the threshold?");

        await("the pointer", () -> !f.postsTo("CGENERAL").isEmpty());
        await("the first question in the DM", () -> !f.postsTo("D" + PRACTITIONER).isEmpty());
        StubSlackApi.Call pointer = f.postsTo("CGENERAL").get(0);
        assertThat(pointer.get("text")).contains("direct message").doesNotContain("SCR-2026-099");
        assertThat(pointer.get("thread_ts")).isNotEmpty();
        assertThat(f.postsTo("CGENERAL")).hasSize(1);
    }

    @Test
    void onlyTheBoardsAdministratorCanRegisterItsPanelChannel() throws Exception {
        SlackFixture f = start();

        HttpResponse<String> refused = f.command(PRACTITIONER, "CNEWPANEL", "register panel channel for Staffordshire");
        assertThat(refused.body()).contains("only an administrator of Staffordshire");
        assertThat(f.addresses.find(Platform.SLACK, Addresses.Kind.CHANNEL, "panel:staffordshire")).isEmpty();

        HttpResponse<String> accepted = f.command(ADMIN, "CNEWPANEL", "register panel channel for Staffordshire");
        assertThat(accepted.body()).contains("now the Staffordshire panel channel");
        assertThat(f.addresses.find(Platform.SLACK, Addresses.Kind.CHANNEL, "panel:staffordshire").orElseThrow().value())
                .isEqualTo("CNEWPANEL");
    }

    @Test
    void aRateLimitedPostIsRetriedAfterRetryAfter() throws Exception {
        SlackFixture f = start();
        f.slack.rateLimit("chat.postMessage", 1);

        f.directMessage(PRACTITIONER, "start");

        await("the retried post", () -> !f.postsTo("D" + PRACTITIONER).isEmpty());
        assertThat(f.slack.calls("chat.postMessage#429")).hasSize(1);
    }

    @Test
    void statusCasesAndTranscriptAreTheCoreCaseCommandsShownOnlyToThePerson() throws Exception {
        SlackFixture f = start();
        referral(f);

        assertThat(f.command(PRACTITIONER, "D" + PRACTITIONER, "status SCR-2026-014").body())
                .contains("Case SCR-2026-014").contains("Awaiting").contains("ephemeral");
        assertThat(f.command("UOTHER01", "CGENERAL", "status SCR-2026-014").body())
                .contains("that you can see").doesNotContain("Awaiting");
        assertThat(f.command(ADMIN, "CGENERAL", "cases").body()).contains("SCR-2026-014");
        assertThat(f.command(CHAIR, "CGENERAL", "transcript SCR-2026-014").body())
                .contains("direct message").doesNotContain("Transcript of");
        assertThat(f.command(CHAIR, "D" + CHAIR, "transcript SCR-2026-014").body()).contains("Transcript of SCR-2026-014");
        assertThat(f.command(PRACTITIONER, "D" + PRACTITIONER, "transcript SCR-2026-014").body())
                .doesNotContain("Transcript of");
    }

    @Test
    void aReminderGoesToThePanelChannelAndTheChairAndMarkDonePressedInThePanelIsThePanels() throws Exception {
        SlackFixture f = start();
        f.addresses.save(new Addresses.Address(Platform.SLACK, Addresses.Kind.PERSON, CHAIR, "D" + CHAIR));
        CaseRecord created = referral(f);
        UserRef chair = new UserRef(Platform.SLACK, CHAIR, "Pat Chair");
        f.caseService.act(created.id(), new CaseAction.Decide(chair, Outcome.SERIOUS_CASE_REVIEW, Optional.empty(),
                Optional.empty(), List.of("A. Reviewer"), true, false), CaseService.Actor.person(chair));
        String payload = new ButtonAction.MarkDone(created.id().value(), DeadlineKind.NATIONAL_PANEL_NOTIFICATION).payload();
        Notification reminder = new Notification(created.board(), EnumSet.of(Audience.PANEL_CHANNEL, Audience.CHAIR),
                "Reminder: decision due", "Case SCR-2026-014: press Mark done once it is done.",
                List.of(Fact.of("Case reference", "SCR-2026-014")), List.of(new Choice("Mark done", payload)), "job-1");

        f.delivery().send(reminder);
        f.delivery().send(reminder); // a retry after a partial failure elsewhere: not posted again here
        assertThat(f.postedCopies.wasPosted(Platform.SLACK, "job-1", "panel:staffordshire")).isTrue();
        assertThat(f.addresses.all(Platform.SLACK, Addresses.Kind.CHANNEL)).as("only addresses").isEmpty();

        List<StubSlackApi.Call> inPanel = f.postsTo(PANEL).stream()
                .filter(call -> call.get("text").equals("Reminder: decision due")).toList();
        assertThat(inPanel).hasSize(1);
        assertThat(f.postsTo("D" + CHAIR).stream().filter(call -> call.get("text").equals("Reminder: decision due")))
                .hasSize(1);
        StubSlackApi.Call posted = inPanel.get(0);
        assertThat(SlackFixture.buttonValues(posted)).containsExactly(payload);

        // Someone with no role, outside the panel channel: refused.
        f.press("UOTHER01", "CGENERAL", posted, payload);
        await("the refusal", () -> !f.slack.calls("chat.postEphemeral").isEmpty());
        assertThat(f.slack.calls("chat.postEphemeral").get(0).get("text")).contains("panel channel");
        assertThat(f.cases.find(created.id()).orElseThrow().deadline(DeadlineKind.NATIONAL_PANEL_NOTIFICATION).orElseThrow()
                .isDone()).isFalse();

        // The same person in the panel channel: the board comes from the channel, so it is the panel's to do.
        f.press("UOTHER01", PANEL, posted, payload);
        await("the reminder updated", () -> f.slack.calls("chat.update").stream()
                .anyMatch(call -> call.get("ts").equals(posted.get("posted_ts"))));
        StubSlackApi.Call update = f.slack.calls("chat.update").stream()
                .filter(call -> call.get("ts").equals(posted.get("posted_ts"))).findFirst().orElseThrow();
        assertThat(update.get("channel")).isEqualTo(PANEL);
        assertThat(SlackFixture.buttonValues(update)).isEmpty();
        assertThat(SlackFixture.blocks(update).toString()).contains("Marked done by Person UOTHER01 on ")
                .contains("Reminder: decision due");
        assertThat(f.cases.find(created.id()).orElseThrow().deadline(DeadlineKind.NATIONAL_PANEL_NOTIFICATION).orElseThrow()
                .done().orElseThrow().who().id()).isEqualTo("UOTHER01");
    }

    @Test
    void nothingToPostToReturnsNormallyAndARefusedPostThrows() throws Exception {
        SlackFixture f = start();
        Notification stoke = new Notification(new uk.lscb.casereview.core.refs.BoardId("stoke-on-trent"),
                EnumSet.of(Audience.PANEL_CHANNEL, Audience.CHAIR), "Reminder", "text", List.of(), List.of(), "job-2");
        f.delivery().send(stoke);
        assertThat(f.slack.calls("chat.postMessage")).isEmpty();

        Notification staffordshire = new Notification(SlackFixture.STAFFORDSHIRE, EnumSet.of(Audience.PANEL_CHANNEL),
                "Reminder", "text", List.of(), List.of(), "job-3");
        f.slack.rateLimit("chat.postMessage", SlackApi.MAX_ATTEMPTS);
        assertThatThrownBy(() -> f.delivery().send(staffordshire)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("did not accept");
    }

    @Test
    void theReferrerHearsOfTheDecisionInTheirDirectMessage() throws Exception {
        SlackFixture f = start();
        Notification note = new Notification(SlackFixture.STAFFORDSHIRE, EnumSet.of(Audience.PANEL_CHANNEL),
                "Decision on your referral SCR-2026-014", "The Independent Chair decided.", List.of(), List.of(), "k");
        // Kept when they wrote to the app (to make the referral).
        f.addresses.save(new Addresses.Address(Platform.SLACK, Addresses.Kind.PERSON, PRACTITIONER, "D" + PRACTITIONER));

        assertThat(f.delivery().sendTo(new UserRef(Platform.SLACK, PRACTITIONER, "Sam"), note)).isTrue();
        assertThat(f.delivery().sendTo(new UserRef(Platform.TEAMS, "aad-1", "Sam"), note)).isFalse();

        assertThat(f.postsTo("D" + PRACTITIONER)).extracting(call -> call.get("text"))
                .containsExactly("Decision on your referral SCR-2026-014");
    }

    private static long decisionCards(SlackFixture f, String channel, String reference) {
        return f.postsTo(channel).stream().filter(call -> String.valueOf(call.params())
                .contains("Decision needed: " + reference)).count();
    }

    @Test
    void aChairWhoNeverWroteGetsTheCardOnceWhenTheyFirstWriteAndDecideRepostsItForTheChairOnly() throws Exception {
        fixture = new SlackFixture(true);
        SlackFixture f = fixture;
        CaseRecord record = referral(f);
        String reference = record.reference().value();
        String chairDm = "D" + CHAIR;

        await("the panel told", () -> f.panelNotes.stream().anyMatch(note -> note.title()
                .equals("The decision card for " + reference + " could not reach the Chair")));
        assertThat(f.postsTo(chairDm)).isEmpty();

        f.directMessage(CHAIR, "hi");
        await("the card", () -> decisionCards(f, chairDm, reference) == 1);
        await("the greeting", () -> f.postsTo(chairDm).stream()
                .anyMatch(call -> String.valueOf(call.params()).contains("Waiting for your decision")));
        assertThat(f.postsTo(chairDm)).anySatisfy(call -> {
            assertThat(String.valueOf(call.params())).contains("Waiting for your decision");
            assertThat(SlackFixture.buttonValues(call)).contains(new ButtonAction.OpenDecisionCard(reference).payload());
        });
        int before = f.postsTo(chairDm).size();
        f.directMessage(CHAIR, "hello");
        // The Chair's owed cards are tried before the turn is answered, so a second card would come before this.
        await("the greeting again", () -> f.postsTo(chairDm).size() > before);
        assertThat(decisionCards(f, chairDm, reference)).as("posted once").isEqualTo(1);

        f.directMessage(CHAIR, "decide " + reference);
        await("the card again", () -> decisionCards(f, chairDm, reference) == 2);

        String practitionerDm = "D" + PRACTITIONER;
        int seen = f.postsTo(practitionerDm).size();
        f.directMessage(PRACTITIONER, "decide " + reference);
        await("the refusal", () -> f.postsTo(practitionerDm).stream().skip(seen).anyMatch(call ->
                String.valueOf(call.get("text")).startsWith("Only the Independent Chair of Staffordshire can decide")));
        assertThat(decisionCards(f, practitionerDm, reference)).isZero();
    }

    @Test
    void aChairWhoNeverWroteGetsTheOwedCardWhenTheyOpenTheApp() throws Exception {
        fixture = new SlackFixture(true);
        SlackFixture f = fixture;
        CaseRecord referred = referral(f);
        String reference = referred.reference().value();
        String chairDm = "D" + CHAIR;
        await("the panel told", () -> f.panelNotes.stream().anyMatch(note -> note.title()
                .equals("The decision card for " + reference + " could not reach the Chair")));
        assertThat(f.postsTo(chairDm)).isEmpty();

        assertThat(f.appHomeOpened(CHAIR).statusCode()).isEqualTo(200);

        await("the card", () -> decisionCards(f, chairDm, reference) == 1);
        // The card is owed until the app has recorded its delivery, which follows the post the stub received.
        await("the card's delivery recorded", () -> f.cases.find(referred.id()).orElseThrow().followUps().pending()
                .stream().noneMatch(followUp -> followUp.kind() == FollowUp.Kind.POST_DECISION_CARD));
        int practitionerPosts = f.postsTo("D" + PRACTITIONER).size();
        f.appHomeOpened(CHAIR);
        f.appHomeOpened(PRACTITIONER);
        f.directMessage(CHAIR, "hello");
        await("the greeting", () -> f.postsTo(chairDm).stream()
                .anyMatch(call -> String.valueOf(call.params()).contains("Waiting for your decision")));
        assertThat(decisionCards(f, chairDm, reference)).as("posted once").isEqualTo(1);
        assertThat(f.postsTo("D" + PRACTITIONER)).as("opening the app posts nothing to others")
                .hasSize(practitionerPosts);
    }

    @Test
    void aChairsDecideSlashCommandPostsTheCardInTheirDirectMessage() throws Exception {
        fixture = new SlackFixture(true);
        SlackFixture f = fixture;
        String reference = referral(f).reference().value();

        assertThat(f.command(CHAIR, "CGENERAL", "status " + reference).body()).contains(new ButtonAction.OpenDecisionCard(reference).payload());
        assertThat(f.command(CHAIR, "CGENERAL", "decide " + reference).body()).contains("direct message");

        await("the card in the Chair's DM", () -> decisionCards(f, "D" + CHAIR, reference) >= 1);
    }

    /** What the case's stored changes owe, carried out as the application does, through Slack. */
    private static void followUps(SlackFixture f) {
        CaseNotifications notifications = new CaseNotifications(f.cases, List.of(f.delivery()),
                f.delivery(), List.of(f.delivery()),
                new ReminderScheduler(new InMemoryReminderJobs(), ReminderPolicy.englandAndWales()), f.boards,
                new RulePacks(List.of(Wt2015.pack())), f.clock);
        new FollowUpProcessor(f.cases, notifications, f.clock, "test", Duration.ofMinutes(1)).completeAll();
    }

    private static StubSlackApi.Call lastPostTo(SlackFixture f, String channel, String textPart) throws Exception {
        await("a post with " + textPart, () -> f.postsTo(channel).stream()
                .anyMatch(call -> call.get("text") != null && call.get("text").contains(textPart)));
        List<StubSlackApi.Call> found = f.postsTo(channel).stream()
                .filter(call -> call.get("text") != null && call.get("text").contains(textPart)).toList();
        return found.get(found.size() - 1);
    }

    @Test
    void anOverdueReminderTakesTheDelayReasonInAModalAndTheReferrerAnswersTheChairInTheirDirectMessage()
            throws Exception {
        SlackFixture f = start();
        f.addresses.save(new Addresses.Address(Platform.SLACK, Addresses.Kind.PERSON, CHAIR, "D" + CHAIR));
        CaseRecord referred = referral(f);
        // Its decision was due ten days ago.
        java.time.LocalDate due = uk.lscb.casereview.core.deadlines.London.dateOf(f.clock.instant()).minusDays(10);
        CaseRecord late = new CaseRecord(referred.id(), referred.version() + 1, referred.schemaVersion(),
                referred.board(), referred.reference(), due.minusMonths(1), referred.referrer(), referred.origin(),
                referred.answers(), referred.recommendation(), referred.status(), referred.createdAt(),
                referred.decision(), List.of(CaseDeadline.open(DeadlineKind.CHAIR_DECISION, due)), referred.audit());
        assertThat(f.cases.update(late, referred.version())).isTrue();
        f.delivery().send(ReminderNotifications.reminder(ReminderJob.pending(late.id(), late.board(),
                        ReminderPolicy.englandAndWales().firstReminders(DeadlineKind.CHAIR_DECISION, due).get(0)),
                late, late.deadline(DeadlineKind.CHAIR_DECISION).orElseThrow(), f.clock.instant(), "Staffordshire",
                Optional.empty()));

        // The overdue reminder: the reason for the delay, and no Mark done for the Chair's decision.
        StubSlackApi.Call overdue = lastPostTo(f, PANEL, "Overdue");
        String delay = ReminderNotifications.delayPayload(late, DeadlineKind.CHAIR_DECISION);
        assertThat(SlackFixture.buttonValues(overdue)).containsExactly(delay);
        f.press("UOTHER01", PANEL, overdue, delay);
        await("views.open", () -> !f.slack.calls("views.open").isEmpty());
        JsonObject modal = StubSlackApi.json(f.slack.calls("views.open").get(0).get("view")).getAsJsonObject();
        assertThat(modal.get("callback_id").getAsString()).isEqualTo(SlackBlocks.FORM_CALLBACK);
        assertThat(modal.toString()).contains("delay_reason").contains("Do not give a child's name");
        assertThat(f.submit("UOTHER01", modal, Map.of()).body()).contains("errors").contains("delay_reason");
        assertThat(f.submit("UOTHER01", modal, Map.of("delay_reason", "Parallel criminal proceedings")).statusCode())
                .isEqualTo(200);
        assertThat(f.cases.find(late.id()).orElseThrow().deadline(DeadlineKind.CHAIR_DECISION).orElseThrow()
                .delayReason()).contains("Parallel criminal proceedings");
        // The reminder now says the reason is recorded, without its button, as a Teams card becomes.
        followUps(f);
        await("the reminder updated", () -> f.slack.calls("chat.update").stream().anyMatch(call ->
                call.get("ts").equals(overdue.get("posted_ts")) && call.get("channel").equals(PANEL)));
        StubSlackApi.Call updated = f.slack.calls("chat.update").stream()
                .filter(call -> call.get("ts").equals(overdue.get("posted_ts"))).findFirst().orElseThrow();
        assertThat(updated.get("blocks")).contains("Reason for the delay recorded: \u201CParallel criminal proceedings");
        assertThat(SlackFixture.buttonValues(updated)).isEmpty();
        // A forged Mark done (no such button is shown) is refused on the server too.
        f.press("UOTHER01", PANEL, overdue.get("posted_ts"), SlackFixture.actionIdOf(overdue, delay),
                ReminderNotifications.markDonePayload(late, DeadlineKind.CHAIR_DECISION));
        await("the refusal", () -> f.slack.calls("chat.postEphemeral").stream()
                .anyMatch(call -> call.get("text").contains("cannot be marked done")));
        assertThat(f.cases.find(late.id()).orElseThrow().deadline(DeadlineKind.CHAIR_DECISION).orElseThrow().isDone())
                .isFalse();

        // The Chair asks for more information; the referrer answers by typing in their direct message.
        f.caseService.act(late.id(), new CaseAction.RequestMoreInformation(new UserRef(Platform.SLACK, CHAIR, "Pat Chair"),
                "Which agencies knew the family?"), CaseService.Actor.person(new UserRef(Platform.SLACK, CHAIR, "Pat Chair")));
        followUps(f);
        String dm = "D" + PRACTITIONER;
        StubSlackApi.Call request = lastPostTo(f, dm, "The Chair needs more information");
        assertThat(SlackFixture.buttonValues(request)).singleElement().matches(v -> Payloads.is(v, ButtonAction.AnswerChair.class));
        f.directMessage(PRACTITIONER, "Jane Smith's school knew");
        lastPostTo(f, dm, "I haven't kept your answer");
        f.directMessage(PRACTITIONER, "the school and the police");
        lastPostTo(f, dm, "your answer has been sent to the Chair");
        assertThat(f.cases.find(late.id()).orElseThrow().status()).isEqualTo(CaseStatus.AWAITING_DECISION);
        followUps(f);
        assertThat(SlackFixture.blocks(lastPostTo(f, "D" + CHAIR, "The referrer has answered")).toString())
                .contains("the school and the police").doesNotContain("Jane");

        // Asked again: answered from the request's modal.
        f.caseService.act(late.id(), new CaseAction.RequestMoreInformation(new UserRef(Platform.SLACK, CHAIR, "Pat Chair"),
                "Was a meeting held?"), CaseService.Actor.person(new UserRef(Platform.SLACK, CHAIR, "Pat Chair")));
        followUps(f);
        StubSlackApi.Call again = lastPostTo(f, dm, "The Chair needs more information");
        String answer = SlackFixture.buttonValues(again).get(0);
        int opened = f.slack.calls("views.open").size();
        f.press(PRACTITIONER, dm, again, answer);
        await("views.open", () -> f.slack.calls("views.open").size() > opened);
        JsonObject answerModal = StubSlackApi.json(f.slack.calls("views.open").get(opened).get("view"))
                .getAsJsonObject();
        assertThat(f.submit(PRACTITIONER, answerModal, Map.of("answer", "yes, on the second day")).statusCode())
                .isEqualTo(200);
        assertThat(f.cases.find(late.id()).orElseThrow().audit()).last()
                .satisfies(event -> assertThat(event.detail()).isEqualTo("yes, on the second day"));
    }

    @Test
    void everyCopyOfAReminderShowsItDoneAndTheChairPressingAStaleCopySeesItDone() throws Exception {
        SlackFixture f = start();
        f.addresses.save(new Addresses.Address(Platform.SLACK, Addresses.Kind.PERSON, CHAIR, "D" + CHAIR));
        CaseRecord created = referral(f);
        UserRef chair = new UserRef(Platform.SLACK, CHAIR, "Pat Chair");
        f.caseService.act(created.id(), new CaseAction.Decide(chair, Outcome.SERIOUS_CASE_REVIEW, Optional.empty(),
                Optional.empty(), List.of("A. Reviewer"), true, false), CaseService.Actor.person(chair));
        followUps(f);
        String payload = ReminderNotifications.markDonePayload(created, DeadlineKind.NATIONAL_PANEL_NOTIFICATION);
        f.delivery().send(new Notification(created.board(), EnumSet.of(Audience.PANEL_CHANNEL,
                Audience.CHAIR), "Overdue: national panel", "Press Mark done once it is done.", List.of(),
                List.of(new Choice("Mark done", payload)), "job-np-1", Optional.of(new Notification.Reminds(created.id(),
                DeadlineKind.NATIONAL_PANEL_NOTIFICATION))));
        StubSlackApi.Call inPanel = lastPostTo(f, PANEL, "Overdue: national panel");
        StubSlackApi.Call chairs = lastPostTo(f, "D" + CHAIR, "Overdue: national panel");

        f.press("UOTHER01", PANEL, inPanel, payload);
        await("done", () -> f.cases.find(created.id()).orElseThrow()
                .deadline(DeadlineKind.NATIONAL_PANEL_NOTIFICATION).orElseThrow().isDone());
        followUps(f);

        await("the Chair's copy updated", () -> f.slack.calls("chat.update").stream()
                .anyMatch(call -> call.get("ts").equals(chairs.get("posted_ts"))));
        StubSlackApi.Call update = f.slack.calls("chat.update").stream()
                .filter(call -> call.get("ts").equals(chairs.get("posted_ts"))).findFirst().orElseThrow();
        assertThat(SlackFixture.buttonValues(update)).isEmpty();
        assertThat(SlackFixture.blocks(update).toString()).contains("Marked done by Person UOTHER01");

        int ephemerals = f.slack.calls("chat.postEphemeral").size();
        int updates = f.slack.calls("chat.update").size();
        f.press(CHAIR, "D" + CHAIR, chairs, payload);
        await("the stale copy shown done", () -> f.slack.calls("chat.update").size() > updates);
        assertThat(f.slack.calls("chat.postEphemeral")).hasSize(ephemerals);
    }
}
