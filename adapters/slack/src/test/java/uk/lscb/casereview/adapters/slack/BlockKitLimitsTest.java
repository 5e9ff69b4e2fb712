package uk.lscb.casereview.adapters.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.actions.Command;
import uk.lscb.casereview.core.actions.DecisionVerb;
import uk.lscb.casereview.core.boards.Board;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.boards.Partnership;
import uk.lscb.casereview.core.boards.Roles;
import uk.lscb.casereview.core.cases.AuditEvent;
import uk.lscb.casereview.core.cases.CaseDeadline;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.CaseService;
import uk.lscb.casereview.core.cases.CaseStep;
import uk.lscb.casereview.core.cases.DecisionCard;
import uk.lscb.casereview.core.cases.PartnerDecision;
import uk.lscb.casereview.core.cases.TextForm;
import uk.lscb.casereview.core.contracts.PortFixtures;
import uk.lscb.casereview.core.conversation.Conversation;
import uk.lscb.casereview.core.conversation.Inbound;
import uk.lscb.casereview.core.conversation.PackConversations;
import uk.lscb.casereview.core.conversation.ScopingService;
import uk.lscb.casereview.core.deadlines.Audience;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.deadlines.London;
import uk.lscb.casereview.core.deadlines.WorkingDays;
import uk.lscb.casereview.core.delivery.Notification;
import uk.lscb.casereview.core.learning.InMemoryLearningLogs;
import uk.lscb.casereview.core.learning.LargestReview;
import uk.lscb.casereview.core.learning.LearningCommands;
import uk.lscb.casereview.core.learning.LearningForms;
import uk.lscb.casereview.core.learning.LearningSearch;
import uk.lscb.casereview.core.learning.LearningService;
import uk.lscb.casereview.core.learning.LearningThemes;
import uk.lscb.casereview.core.learning.ReviewLearning;
import uk.lscb.casereview.core.learning.WeeklyDigest;
import uk.lscb.casereview.core.memory.InMemoryCases;
import uk.lscb.casereview.core.memory.InMemoryConversations;
import uk.lscb.casereview.core.memory.InMemoryTranscripts;
import uk.lscb.casereview.core.messages.Choice;
import uk.lscb.casereview.core.messages.Fact;
import uk.lscb.casereview.core.messages.Reply;
import uk.lscb.casereview.core.messages.StepField;
import uk.lscb.casereview.core.messages.StepForm;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.reminders.ReminderNotifications;
import uk.lscb.casereview.core.requests.AgencyRequestService;
import uk.lscb.casereview.core.requests.InMemoryAgencyRequests;
import uk.lscb.casereview.core.rules.Outcome;
import uk.lscb.casereview.core.rules.QuestionId;
import uk.lscb.casereview.core.rules.RulePacks;
import uk.lscb.casereview.core.rules.wt2015.Wt2015;
import uk.lscb.casereview.core.rules.wt2023.Wt2023;

/**
 * One Block Kit limit checker ({@link BlockKitLimits}) over every message and view the adapter renders:
 * each scoping question and reply, the summary, the recommendation for every outcome, the Chair's card
 * for every outcome (in a DM and in the panel channel), the decided card, every modal for every outcome
 * and action, reminders and notifications, and the worst cases (every answer "not sure", very long text).
 */
class BlockKitLimitsTest {
    private static final Gson SLACK = GsonFactory.createSnakeCase();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneId.of("Europe/London"));
    private static final UserRef CHAIR = new UserRef(Platform.SLACK, "UCHAIR01", "Pat Chair");
    private static final BoardId STAFFORDSHIRE = new BoardId("staffordshire");

    /** Scripts (by question id; any other question answered "no") reaching each outcome. */
    private static final Map<String, Map<String, String>> SCRIPTS = scripts();

    private static Map<String, Map<String, String>> scripts() {
        Map<String, String> start = Map.of("board", "Staffordshire", "notified_on", "today");
        Map<String, Map<String, String>> scripts = new LinkedHashMap<>();
        scripts.put("serious case review", with(start, "SCR-1", Map.of("abuse_or_neglect", "yes", "child_died", "yes")));
        scripts.put("every answer not sure", with(start, "SCR-2", Map.of("*", "not sure")));
        scripts.put("criterion 1", with(start, "SCR-3", Map.of("multi_agency_negative_impact", "yes")));
        scripts.put("criterion 2, several agencies", with(start, "SCR-4", Map.of("single_agency_improvements", "yes",
                "several_agencies_need_action", "yes")));
        scripts.put("criterion 2, one agency", with(start, "SCR-5", Map.of("single_agency_improvements", "yes",
                "several_agencies_need_action", "no", "single_organisation_improvements", "yes")));
        scripts.put("one organisation", with(start, "SCR-6", Map.of("single_organisation_improvements", "yes")));
        scripts.put("nothing, with audit", with(start, "SCR-7", Map.of("further_audit_needed", "yes")));
        scripts.put("nothing", with(start, "SCR-8", Map.of()));
        return scripts;
    }

    /** Rule pack wt2023's scripts, run through a conversation of that pack. */
    private static final Map<String, Map<String, String>> WT2023_SCRIPTS = wt2023Scripts();

    private static Map<String, Map<String, String>> wt2023Scripts() {
        Map<String, String> start = Map.of("board", "Staffordshire", "aware_on", "today");
        Map<String, Map<String, String>> scripts = new LinkedHashMap<>();
        scripts.put("wt2023: notifiable, criterion (c)", with(start, "CSPR-1", Map.of("abuse_or_neglect", "yes",
                "child_died", "yes", "looked_after", "yes", "in_area", "yes", "agencies_working_together", "yes")));
        scripts.put("wt2023: every answer not sure", with(start, "CSPR-2", Map.of("*", "not sure")));
        scripts.put("wt2023: nothing", with(start, "CSPR-3", Map.of()));
        return scripts;
    }

    private static Map<String, String> with(Map<String, String> start, String reference, Map<String, String> answers) {
        Map<String, String> script = new HashMap<>(start);
        script.put("case_reference", reference);
        script.putAll(answers);
        return script;
    }

    record Named(String name, JsonObject json, BlockKitLimits.Surface kind) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Everything rendered, once for the whole class: a referral per script, its card, its modals, its decision. */
    private static final class Rendered {
        final List<Named> surfaces = new ArrayList<>();
        final Set<Outcome> recommended = EnumSet.noneOf(Outcome.class);
        final Set<Outcome> decided = EnumSet.noneOf(Outcome.class);
        private final InMemoryCases cases = new InMemoryCases();
        private final Boards boards = Boards.staffordshireAndStoke();
        private final ScopingService wt2015 = new ScopingService(PackConversations.of(new Conversation(Wt2015.pack(), boards, CLOCK)),
                new InMemoryConversations(), new InMemoryTranscripts(), cases, CLOCK);
        private final ScopingService wt2023 = new ScopingService(PackConversations.of(new Conversation(Wt2023.pack(),
                new Boards(boards.all().stream().map(board -> new Board(board.id(), board.name(), board.aliases(),
                        Wt2023.ID)).toList()), CLOCK)),
                new InMemoryConversations(), new InMemoryTranscripts(), cases, CLOCK);
        private ScopingService scoping = wt2015;
        private final Roles roles = new Roles(Map.of(STAFFORDSHIRE, Set.of(Roles.PlatformId.of(CHAIR))), Map.of());
        /** The boards as the case service knows them: each with its safeguarding partners, who decide wt2023 cases. */
        private final Boards withPartners = new Boards(boards.all().stream().map(board -> new Board(board.id(),
                board.name(), board.aliases(), board.rulePack(), Optional.of(PortFixtures.partnership(
                        Partnership.ALL)))).toList());
        private final CaseService caseService = new CaseService(cases, roles, withPartners,
                new RulePacks(List.of(Wt2015.pack(), Wt2023.pack())), CLOCK, (before, after, action) -> { },
                (id, kind, due) -> false, new AgencyRequestService(cases, new InMemoryAgencyRequests(), roles, boards,
                WorkingDays.englandAndWales(), CLOCK, record -> { }));

        Rendered() {
            SCRIPTS.forEach(this::referral);
            scoping = wt2023;
            WT2023_SCRIPTS.forEach(this::referral);
            notifications();
        }

        private void referral(String name, Map<String, String> script) {
            UserRef practitioner = new UserRef(Platform.SLACK, "U" + name.hashCode(), "Sam Practitioner");
            ConversationKey key = new ConversationKey(Platform.SLACK, "D" + name.hashCode());
            List<Reply> replies = say(key, practitioner, "start");
            for (int i = 0; i < 40 && !(last(replies) instanceof Reply.Recommended); i++) {
                replies.forEach(reply -> reply(name + ": " + describe(reply), reply));
                Reply last = last(replies);
                if (last instanceof Reply.Ask ask) {
                    replies = say(key, practitioner, script.getOrDefault(ask.question().value(),
                            script.getOrDefault("*", "no")));
                } else if (last instanceof Reply.Say said && said.choices().stream()
                        .anyMatch(c -> Payloads.isConfirmedAnswer(c.payload()))) {
                    replies = say(key, practitioner, "yes");
                } else {
                    throw new AssertionError(name + ": stuck at " + last);
                }
            }
            Reply.Recommended recommendation = (Reply.Recommended) last(replies);
            recommended.add(recommendation.recommendation().outcome());
            reply(name + ": the recommendation", recommendation);
            say(key, practitioner, "why").forEach(reply -> reply(name + ": why", reply));
            say(key, practitioner, "help").forEach(reply -> reply(name + ": help", reply));
            say(key, practitioner, "summary").forEach(reply -> reply(name + ": the summary", reply));
            say(key, practitioner, "submit").forEach(reply -> reply(name + ": sent to the Chair", reply));

            CaseRecord record = cases.ofBoard(STAFFORDSHIRE).stream()
                    .filter(c -> c.reference().value().equals(script.get("case_reference"))).findFirst().orElseThrow();
            DecisionCard card = caseService.card(record);
            message(name + ": the Chair's card", SlackBlocks.card(card));
            surfaces.add(new Named(name + ": the Chair's card's details", view(SlackModals.details(card)),
                    BlockKitLimits.Surface.MODAL));
            message(name + ": the Chair's card in the panel channel", SlackBlocks.card(card,
                    Optional.of("<@UCHAIR01> <@UCHAIR02> a case needs your decision.")));
            CaseRecord late = record.next(record.status(), record.decision(), List.of(CaseDeadline.open(
                    DeadlineKind.SCR_COMPLETION, London.dateOf(record.createdAt())).withDelayReason("r".repeat(
                    TextForm.MAX_LENGTH))), new AuditEvent(record.createdAt(), CHAIR, "delay reason", "",
                    record.recommendation().rulePack()));
            message(name + ": an overdue reminder, its longest reason for the delay recorded", SlackBlocks.notification(
                    ReminderNotifications.delayRecorded(late, DeadlineKind.SCR_COMPLETION).orElseThrow(),
                    Optional.empty()));
            for (DecisionVerb verb : DecisionVerb.values()) {
                CardActions.plan(card, verb).ifPresent(plan -> surfaces.add(new Named(
                        name + ": the modal for " + verb.word(), view(SlackModals.modal(card, plan.heading(),
                        plan.submit(), plan.inputs(), plan.required(), new CardActions.Origin(
                                new ButtonAction.Decision(verb, card.caseId().value(), card.version()).payload(), "C0PANEL0123", "1790000000.000001")
                                .toJson())), BlockKitLimits.Surface.MODAL)));
            }
            for (Outcome outcome : Outcome.values()) {
                CardActions.plan(card, DecisionVerb.DECIDE, Optional.of(outcome)).ifPresent(plan ->
                        surfaces.add(new Named(name + ": the decide modal updated for " + outcome, view(SlackModals.modal(
                                card, plan.heading(), plan.submit(), plan.inputs(), plan.required(), new CardActions.Origin(
                                        new ButtonAction.Decision(DecisionVerb.DECIDE, card.caseId().value(), card.version()).payload(), "C0PANEL0123",
                                        "1790000000.000001").toJson(), Map.of(DecisionCard.OUTCOME, outcome.name(),
                                        DecisionCard.REASON, "r".repeat(3000), DecisionCard.LEAD_REVIEWERS, "n".repeat(600),
                                        DecisionCard.INDEPENDENT, "true"))), BlockKitLimits.Surface.MODAL)));
            }
            decide(name, card);
        }

        /**
         * Confirms the recommendation (or chooses a review where only the Chair can), with every input filled; on a
         * case the safeguarding partners decide, all three disagree with it, each with a long reason.
         */
        private void decide(String name, DecisionCard card) {
            CaseRecord record = cases.find(card.caseId()).orElseThrow();
            if (PartnerDecision.decidingFor(record, withPartners).isPresent()) {
                CaseService.ActionResult result = null;
                for (UserRef lead : List.of(PortFixtures.LA_LEAD, PortFixtures.ICB_LEAD, PortFixtures.POLICE_LEAD)) {
                    // Each on the card as it is when they press, showing the partners' answers so far.
                    result = caseService.cardAction(caseService.card(cases.find(card.caseId()).orElseThrow())
                            .button(DecisionVerb.DISAGREE).orElseThrow(), Map.of(DecisionCard.REASON,
                            "The partner's reason. ".repeat(40)), CaseService.Actor.person(lead));
                    assertThat(result.applied()).as(name + ": " + result.message()).isTrue();
                    message(name + ": the partners' card", SlackBlocks.card(caseService.card(result.record()
                            .orElseThrow())));
                }
                decided(name, result.record().orElseThrow());
                return;
            }
            boolean confirmable = card.recommendation().outcome().decidable();
            Map<String, String> inputs = new HashMap<>(Map.of(DecisionCard.LEAD_REVIEWERS, "A. Reviewer",
                    DecisionCard.INDEPENDENT, "true", DecisionCard.CONSENT, "true",
                    DecisionCard.JUSTIFICATION, "The criteria are not met on the evidence. ".repeat(20),
                    DecisionCard.REASON, "The Chair's reason. ".repeat(40)));
            inputs.put(DecisionCard.OUTCOME, confirmable ? card.recommendation().outcome().name()
                    : Outcome.SERIOUS_CASE_REVIEW.name());
            DecisionVerb verb = confirmable ? DecisionVerb.CONFIRM : DecisionVerb.DECIDE;
            CaseService.ActionResult result = caseService.cardAction(new ButtonAction.Decision(verb, card.caseId().value(), card.version()),
                    inputs, CaseService.Actor.person(CHAIR));
            assertThat(result.applied()).as(name + ": " + result.message()).isTrue();
            decided(name, result.record().orElseThrow());
        }

        /** The decided card, its details, and for a Serious Case Review every step's form. */
        private void decided(String name, CaseRecord after) {
            decided.add(after.decision().orElseThrow().outcome());
            message(name + ": the decided card", SlackBlocks.card(caseService.card(after)));
            if (after.decision().orElseThrow().outcome() == Outcome.SERIOUS_CASE_REVIEW) {
                stepForms(name, after);
                if (name.equals("serious case review")) {
                    learning(name, after);
                }
            }
            surfaces.add(new Named(name + ": the decided card's details", view(SlackModals.details(
                    caseService.card(after))), BlockKitLimits.Surface.MODAL));
        }

        /**
         * Every step's form, and the form asking an agency, as its modal, each field filled with the longest a person
         * could type, refused beside it.
         */
        private void stepForms(String name, CaseRecord record) {
            List<String> steps = new java.util.ArrayList<>(CaseStep.ids());
            steps.add(AgencyRequestService.FORM_STEP);
            for (String step : steps) {
                StepForm form = caseService.stepForm(record, step).orElseThrow();
                Map<String, String> typed = new HashMap<>();
                form.fields().forEach(field -> typed.put(field.id(), switch (field.type()) {
                    case DATE -> "2026-11-28";
                    case BOOLEAN -> "true";
                    case CHOICE -> field.options().get(field.options().size() - 1).value();
                    case CHOICES -> String.join(StepField.SEPARATOR, field.options().stream()
                            .map(StepField.Option::value).toList());
                    case URL -> "https://example.org/" + "u".repeat(4000);
                    case TEXT, LINE -> "t".repeat(4000);
                    case PERSON -> "U0" + "P".repeat(20);
                }));
                StepForm refused = form.refused(typed, form.fields().stream().findFirst().map(StepField::id),
                        "m".repeat(3000));
                surfaces.add(new Named(name + ": the form of " + step, view(SlackStepForms.modal(refused,
                        new CardActions.Origin(form.submit().payload(), "C0PANEL0123", "1790000000.000001").toJson())),
                        BlockKitLimits.Surface.MODAL));
            }
        }

        /**
         * Every learning form as its modal with the most a review could hold ({@link LargestReview}), refused beside
         * its first field; and the review's learning as {@code case} shows it.
         */
        private void learning(String name, CaseRecord record) {
            LearningService service = new LearningService(cases, new InMemoryLearningLogs(), roles, boards,
                    LearningThemes.DEFAULT, CLOCK, changed -> { });
            LearningForms forms = new LearningForms(cases, service);
            LargestReview.enter(service, record, CHAIR);
            LargestReview.refusedForms(forms, record, CHAIR).forEach((step, form) -> surfaces.add(new Named(name
                    + ": the learning form " + step, view(SlackStepForms.modal(form, new CardActions.Origin(
                    form.submit().payload(), "D0MANAGER1", "1790000000.000001").toJson())),
                    BlockKitLimits.Surface.MODAL)));
            new LearningCommands(new LearningSearch(new InMemoryLearningLogs(), LearningThemes.DEFAULT), service,
                    forms, boards).of(record, CHAIR).forEach(section -> reply(name + ": the learning in case",
                    new Reply.Summary(section.title(), section.facts(), section.actions())));
            ReviewLearning review = service.of(record.id()).orElseThrow();
            message(name + ": the learning's weekly digest", SlackBlocks.notification(WeeklyDigest.digest(
                    boards.all().get(0), List.of(review, review, review), new WeeklyDigest.Week(
                    java.time.LocalDate.of(2028, 1, 3))).orElseThrow(), Optional.empty()));
        }

        private void notifications() {
            surfaces.add(new Named("a submitted modal still saving", view(SlackModals.notice(null,
                    SlackCaseActions.STILL_SAVING)), BlockKitLimits.Surface.MODAL));
            surfaces.add(new Named("a submitted modal told, late, of a long refusal", view(SlackModals.notice(
                    com.slack.api.model.view.ViewTitle.builder().type("plain_text").text("Chair's decision").build(),
                    "Nothing was recorded. " + "r".repeat(7000) + " Please press the button again.")),
                    BlockKitLimits.Surface.MODAL));
            Notification reminder = new Notification(STAFFORDSHIRE, EnumSet.of(Audience.PANEL_CHANNEL, Audience.CHAIR),
                    "Overdue: Chair's decision on whether to initiate a serious case review was due on Thursday 3 "
                            + "December 2026, 7 days ago \u2014 please record the reason for the delay",
                    "Case SCR-1: the Chair's decision was due on Thursday 3 December 2026, 7 days ago.",
                    List.of(Fact.of("Case reference", "SCR-1"), Fact.of("Due", "Thursday 3 December 2026")),
                    List.of(new Choice("Mark done", new ButtonAction.MarkDone("staffordshire/SCR-1", DeadlineKind.CHAIR_DECISION).payload())), "k");
            message("a reminder", SlackBlocks.notification(reminder, Optional.empty()));
            SlackBlocks.Message panel = SlackBlocks.notification(reminder, Optional.of("<@UCHAIR01> for your attention."));
            message("a reminder in the panel channel", panel);
            message("a reminder marked done", SlackBlocks.markedDone(panel.text(), panel.blocks(),
                    "Marked done by Pat Chair on 10 December 2026 at 09:30"));

            List<Fact> facts = new ArrayList<>();
            List<Choice> actions = new ArrayList<>();
            for (int i = 0; i < 600; i++) {
                facts.add(Fact.of("Fact " + i, "x".repeat(2500)));
            }
            for (int i = 0; i < 30; i++) {
                actions.add(new Choice("Mark done " + "y".repeat(100), new ButtonAction.MarkDone("b/R-" + i, DeadlineKind.CHAIR_DECISION).payload()));
            }
            message("an enormous notification", SlackBlocks.notification(new Notification(STAFFORDSHIRE,
                    EnumSet.of(Audience.PANEL_CHANNEL), "t".repeat(400), "word ".repeat(2000), facts, actions, "k"),
                    Optional.empty()));
            String longText = "A sentence of plain words & more. ".repeat(400);
            List<Fact> answers = new ArrayList<>();
            for (int i = 0; i < 80; i++) {
                answers.add(new Fact(Optional.empty(), "Answer " + i, longText.substring(0, 100),
                        Optional.of(Choice.of("Change", new ButtonAction.Edit(QuestionId.of("q" + i))))));
            }
            reply("a very long reply", new Reply.Say(longText, List.of(new Choice("Help", new ButtonAction.Run(Command.HELP).payload()))));
            reply("a summary of 80 answers", new Reply.Summary(longText, answers,
                    List.of(new Choice("Send to the Chair", new ButtonAction.Run(Command.SUBMIT).payload()))));
        }

        private List<Reply> say(ConversationKey key, UserRef who, String text) {
            return scoping.handle(new ScopingService.Incoming(key, who, Optional.empty(),
                    new Inbound.TextMessage(text), Optional.empty())).replies();
        }

        private void reply(String name, Reply reply) {
            message(name, SlackBlocks.reply(reply));
        }

        private void message(String name, SlackBlocks.Message message) {
            JsonObject json = new JsonObject();
            json.addProperty("text", message.text());
            json.add("blocks", SLACK.toJsonTree(message.blocks()));
            surfaces.add(new Named(name, json, BlockKitLimits.Surface.MESSAGE));
        }

        private static JsonObject view(View view) {
            return SLACK.toJsonTree(view).getAsJsonObject();
        }

        private static Reply last(List<Reply> replies) {
            return replies.get(replies.size() - 1);
        }

        private static String describe(Reply reply) {
            return reply instanceof Reply.Ask ask ? "question " + ask.question().value()
                    : reply.getClass().getSimpleName().toLowerCase();
        }
    }

    private static Rendered rendered;

    private static synchronized Rendered rendered() {
        if (rendered == null) {
            rendered = new Rendered();
        }
        return rendered;
    }

    static Stream<Arguments> surfaces() {
        return rendered().surfaces.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("surfaces")
    void everyMessageAndViewTheAdapterRendersIsWithinBlockKitLimits(Named surface) {
        assertThat(BlockKitLimits.violations(surface.json(), surface.kind())).as(surface.name()).isEmpty();
    }

    @Test
    void theSurfacesCoverEveryOutcomeRecommendedAndDecidedAndEveryModal() {
        Rendered all = rendered();
        assertThat(all.recommended).containsAll(EnumSet.allOf(Outcome.class));
        assertThat(all.decided).containsAll(EnumSet.complementOf(EnumSet.of(Outcome.POSSIBLE_SERIOUS_CASE_REVIEW)));
        // A safeguarding partner's Agree is taken straight from the button: it has no modal.
        for (DecisionVerb verb : EnumSet.complementOf(EnumSet.of(DecisionVerb.AGREE))) {
            assertThat(all.surfaces).as("a modal for " + verb.word())
                    .anyMatch(named -> named.name().endsWith("the modal for " + verb.word()));
        }
    }

    @Test
    void theCheckerFindsTheLimitsItIsFor() {
        JsonObject modal = SLACK.toJsonTree(View.builder().type("modal")
                .title(com.slack.api.model.view.ViewTitle.builder().type("plain_text")
                        .text("A title much longer than twenty-four").build())
                .privateMetadata("m".repeat(3001))
                .blocks(List.of(com.slack.api.model.block.InputBlock.builder().blockId("b").label(plain("Label"))
                        .element(com.slack.api.model.block.element.CheckboxesElement.builder().actionId("a")
                                .options(List.of(com.slack.api.model.block.composition.OptionObject.builder()
                                        .text(plain("o".repeat(98))).value("v".repeat(151)).build())).build())
                        .build())).build()).getAsJsonObject();

        assertThat(String.join("\n", BlockKitLimits.violations(modal, BlockKitLimits.Surface.MODAL)))
                .contains("title has 36 characters").contains("private_metadata has 3001")
                .contains("has no submit").contains("options[0].text has 98 characters (1 to 75")
                .contains("options[0].value has 151 characters");
    }

    @Test
    void theCheckerFindsADatePickersLimits() {
        JsonObject modal = SLACK.toJsonTree(View.builder().type("modal")
                .title(com.slack.api.model.view.ViewTitle.builder().type("plain_text").text("Record a step").build())
                .submit(com.slack.api.model.view.ViewSubmit.builder().type("plain_text").text("Record").build())
                .blocks(List.of(com.slack.api.model.block.InputBlock.builder().blockId("b").label(plain("Label"))
                        .element(com.slack.api.model.block.element.DatePickerElement.builder().actionId("a")
                                .placeholder(plain("p".repeat(151))).initialDate("28/11/2026").build())
                        .build())).build()).getAsJsonObject();

        assertThat(String.join("\n", BlockKitLimits.violations(modal, BlockKitLimits.Surface.MODAL)))
                .contains("placeholder has 151 characters").contains("initial_date '28/11/2026' is not YYYY-MM-DD");
    }

    @Test
    void everyLearningFormAndTheLearningInCaseAreAmongTheSurfaces() {
        assertThat(rendered().surfaces).extracting(Named::name).filteredOn(name -> name.contains("learning"))
                .contains("serious case review: the learning in case",
                        "serious case review: the learning's weekly digest").hasSize(9);
    }

    @Test
    void everyStepsFormIsAmongTheSurfaces() {
        for (CaseStep step : CaseStep.values()) {
            assertThat(rendered().surfaces).as("the form of " + step.id())
                    .anyMatch(named -> named.name().endsWith("the form of " + step.id()));
        }
    }

    private static com.slack.api.model.block.composition.PlainTextObject plain(String text) {
        return com.slack.api.model.block.composition.PlainTextObject.builder().text(text).build();
    }
}
