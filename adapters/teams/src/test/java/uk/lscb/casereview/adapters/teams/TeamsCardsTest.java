package uk.lscb.casereview.adapters.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.TextFormatTypes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
import uk.lscb.casereview.core.actions.ActionCodec;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.actions.Command;
import uk.lscb.casereview.core.actions.DecisionVerb;
import uk.lscb.casereview.core.cases.CaseDeadline;
import uk.lscb.casereview.core.cases.CaseLifecycle;
import uk.lscb.casereview.core.cases.CasePages;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.CaseService;
import uk.lscb.casereview.core.cases.DecisionCard;
import uk.lscb.casereview.core.contracts.PortFixtures;
import uk.lscb.casereview.core.conversation.Conversation;
import uk.lscb.casereview.core.conversation.ConversationState;
import uk.lscb.casereview.core.conversation.Inbound;
import uk.lscb.casereview.core.conversation.RecommendationView;
import uk.lscb.casereview.core.conversation.Turn;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.deadlines.ReminderPolicy;
import uk.lscb.casereview.core.messages.Choice;
import uk.lscb.casereview.core.messages.Fact;
import uk.lscb.casereview.core.messages.PageLink;
import uk.lscb.casereview.core.messages.Reply;
import uk.lscb.casereview.core.messages.StepForm;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.reminders.ReminderJob;
import uk.lscb.casereview.core.reminders.ReminderNotifications;
import uk.lscb.casereview.core.rules.Outcome;
import uk.lscb.casereview.core.rules.QuestionId;
import uk.lscb.casereview.core.rules.Recommendation;
import uk.lscb.casereview.core.rules.wt2015.Wt2015;
import uk.lscb.casereview.core.rules.wt2023.Wt2023;
import java.time.Duration;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.boards.PartnerRole;
import uk.lscb.casereview.core.cases.FollowUpProcessor;
import uk.lscb.casereview.core.deadlines.WorkingDays;
import uk.lscb.casereview.core.delivery.DecisionRequests;
import uk.lscb.casereview.core.delivery.Deliveries;
import uk.lscb.casereview.core.delivery.DeliveryWorker;
import uk.lscb.casereview.core.delivery.InMemoryDeliveryJobs;
import uk.lscb.casereview.core.delivery.Notification;
import uk.lscb.casereview.core.deadlines.Audience;
import uk.lscb.casereview.core.followups.CaseNotifications;
import uk.lscb.casereview.core.memory.InMemoryReminderJobs;
import uk.lscb.casereview.core.reminders.ReminderScheduler;
import uk.lscb.casereview.core.requests.AgencyRequestService;
import uk.lscb.casereview.core.requests.InMemoryAgencyRequests;
import uk.lscb.casereview.core.rules.RulePacks;

/**
 * Every card type against its golden JSON (compared as trees), and each walked as Adaptive Cards 1.5:
 * every element and action type known to 1.5, required fields present, inputs with unique ids, under 28 KB.
 * Run with {@code -Dgolden.update=true} to rewrite the golden files after a deliberate change.
 */
class TeamsCardsTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Set<String> ELEMENTS = Set.of("TextBlock", "Image", "Media", "RichTextBlock", "TextRun",
            "ActionSet", "Container", "ColumnSet", "Column", "FactSet", "ImageSet", "Table", "Input.Text",
            "Input.Number", "Input.Date", "Input.Time", "Input.Toggle", "Input.ChoiceSet");
    private static final Set<String> ACTIONS = Set.of("Action.Execute", "Action.Submit", "Action.OpenUrl",
            "Action.ShowCard", "Action.ToggleVisibility");

    static final CasePages LINKS = new CasePages(Optional.of("https://casereview.example.org/"));
    /** The police's contact for an agency's information, by their Entra object id. */
    private static final String POLICE_AAD = "00000000-0000-0000-0000-00000000b0b1";

    /**
     * Text as a person might type it, with what Teams' Markdown reads as a link, emphasis and HTML, and a web
     * address with what it would escape.
     */
    static final String TYPED = "Report due <2 weeks> after the trial & [see notes](https://example.org) _police_ "
            + "**soon** C:\\files, notes at "
            + "https://staffs.sharepoint.com/sites/LSCB/_layouts/15/Doc.aspx?file=Review_notes~v2.docx.";
    /** Every card type, made once: by name, as the golden files are named. */
    static final Map<String, JsonNode> CARDS = makeCards();

    private static Map<String, JsonNode> makeCards() {
        Map<String, JsonNode> cards = new java.util.LinkedHashMap<>();
        List<Reply> replies = conversationReplies();
        cards.put("question", TeamsCards.reply(first(replies, Reply.Ask.class)));
        cards.put("summary", TeamsCards.reply(first(replies, Reply.Summary.class)));
        cards.put("recommendation", TeamsCards.reply(first(replies, Reply.Recommended.class)));
        TeamsFixture teams = new TeamsFixture(TeamsSettings.local(), "http://127.0.0.1:1/");
        CaseRecord record = PortFixtures.caseRecord("SCR-2026-200", new ConversationKey(Platform.TEAMS, "a:chat"),
                PortFixtures.AT);
        teams.cases.create(record);
        cards.put("decision-pending", DecisionCards.decision(teams.caseService.card(record), Optional.empty()));
        // A case under wt2023: the card names its pack and the deadlines the pack sets, in working days, and is the
        // safeguarding partners' (the police has disagreed so far; two partners have yet to answer).
        RulePacks bothPacks = new RulePacks(List.of(Wt2015.pack(), Wt2023.pack()));
        CaseRecord wt2023 = PortFixtures.confirmed(PortFixtures.wt2023CaseRecord("CSPR-2026-200",
                new ConversationKey(Platform.TEAMS, "a:chat"), PortFixtures.AT), PortFixtures.POLICE_LEAD,
                PartnerRole.POLICE, Optional.of("Known learning: CSPR-2025-010"), PortFixtures.AT);
        cards.put("decision-pending-wt2023", DecisionCards.decision(DecisionCard.of(wt2023,
                PortFixtures.partnershipBoards(), bothPacks), Optional.empty()));
        CaseRecord agreed = wt2023;
        for (Map.Entry<UserRef, PartnerRole> lead : List.of(Map.entry(PortFixtures.LA_LEAD, PartnerRole.LOCAL_AUTHORITY),
                Map.entry(PortFixtures.ICB_LEAD, PartnerRole.INTEGRATED_CARE_BOARD),
                Map.entry(PortFixtures.POLICE_LEAD, PartnerRole.POLICE))) {
            agreed = PortFixtures.confirmed(agreed, lead.getKey(), lead.getValue(), Optional.empty(),
                    PortFixtures.AT);
        }
        cards.put("decision-decided-wt2023", DecisionCards.decision(DecisionCard.of(agreed,
                PortFixtures.partnershipBoards(), bothPacks), Optional.empty()));
        Map<String, String> typed = new HashMap<>();
        typed.put(DecisionCard.OUTCOME, "SERIOUS_CASE_REVIEW");
        typed.put(DecisionCard.REASON, "Typed reason stays");
        typed.put(DecisionCard.JUSTIFICATION, "Typed justification stays");
        typed.put(DecisionCard.INDEPENDENT, "true");
        typed.put(DecisionCard.REQUEST, "Typed request stays");
        CaseService.ActionResult refused = teams.caseService.cardAction(
                new ButtonAction.Decision(DecisionVerb.DECIDE, record.id().value(), record.version()), typed,
                CaseService.Actor.person(new UserRef(Platform.TEAMS, TeamsFixture.CHAIR_AAD, "The Chair")));
        assertThat(refused.applied()).as("a Serious Case Review without lead reviewers is refused").isFalse();
        assertThat(refused.input()).contains(DecisionCard.LEAD_REVIEWERS);
        cards.put("decision-refused", DecisionCards.refused(teams.caseService.card(refused.record().orElseThrow()),
                refused.message(), refused.input(), typed));
        Map<String, String> inputs = new HashMap<>();
        inputs.put(DecisionCard.LEAD_REVIEWERS, "A. Reviewer");
        inputs.put(DecisionCard.INDEPENDENT, "true");
        CaseService.ActionResult decided = teams.caseService.cardAction(
                new ButtonAction.Decision(DecisionVerb.CONFIRM, record.id().value(), record.version()), inputs,
                CaseService.Actor.person(new UserRef(Platform.TEAMS, TeamsFixture.CHAIR_AAD, "The Chair")));
        assertThat(decided.applied()).as(decided.message()).isTrue();
        cards.put("decision-decided", DecisionCards.decision(teams.caseService.card(decided.record().orElseThrow()),
                Optional.empty()));
        cards.put("notification", TeamsCards.notification(TeamsChannelsIT.reminder(record)));
        CaseDeadline scrDue = CaseDeadline.open(DeadlineKind.SCR_COMPLETION, java.time.LocalDate.parse("2027-06-01"));
        cards.put("notification-overdue", TeamsCards.notification(ReminderNotifications.reminder(
                ReminderJob.pending(record.id(), record.board(), ReminderPolicy.englandAndWales()
                        .firstReminders(DeadlineKind.SCR_COMPLETION, scrDue.due()).get(0)),
                record, scrDue, java.time.Instant.parse("2027-06-09T08:00:00Z"), "Staffordshire", Optional.empty())));
        CaseService.ActionResult done = teams.caseService.cardAction(
                new ButtonAction.MarkDone(record.id().value(), DeadlineKind.NATIONAL_PANEL_NOTIFICATION), Map.of(),
                CaseService.Actor.person(new UserRef(Platform.TEAMS, TeamsFixture.CHAIR_AAD, "The Chair")));
        assertThat(done.applied()).as(done.message()).isTrue();
        cards.put("reminder-done", TeamsCards.done(done.record().orElseThrow(),
                DeadlineKind.NATIONAL_PANEL_NOTIFICATION));
        // A case step's form, as `case <reference>`'s button opens it, and refused beside its field.
        CaseRecord panelOwed = decided.record().orElseThrow();
        cards.put("step-form", TeamsCards.reply(new Reply.Form(teams.caseService.stepForm(panelOwed,
                uk.lscb.casereview.core.cases.CaseStep.NATIONAL_PANEL_NOTIFIED))));
        Map<String, String> methodology = Map.of("methodology", "other");
        cards.put("step-form-refused", StepFormCards.card(teams.caseService.stepForm(panelOwed,
                uk.lscb.casereview.core.cases.CaseStep.METHODOLOGY).refused(methodology, Optional.of("other_method"),
                "Please name the other systems method.")));
        // The form asking an agency for information, as its button in `case <reference>` opens it, and refused.
        StepForm ask = new AgencyRequestService(teams.cases, new InMemoryAgencyRequests(), teams.roles,
                Boards.staffordshireAndStoke(), WorkingDays.englandAndWales(), TeamsFixture.CLOCK, owed -> { })
                .form(panelOwed);
        cards.put("step-form-agency-request", TeamsCards.reply(new Reply.Form(ask)));
        cards.put("step-form-agency-request-refused", StepFormCards.card(ask.refused(Map.of(AgencyRequestService.AGENCY,
                "Staffordshire Police", AgencyRequestService.CONTACT, "teams:" + POLICE_AAD, AgencyRequestService.ASKED,
                "A chronology of police contact.", AgencyRequestService.DUE, "2026-11-02"),
                Optional.of(AgencyRequestService.DUE), "The due date must be after today.")));
        cards.put("agency-request", agencyRequest(teams, record));
        // Typed words quoted back as they were typed: no link, no italics, nothing dropped (render-cards.js checks).
        cards.put("typed-text", TeamsCards.notification(new Notification(record.board(),
                Set.of(Audience.PANEL_CHANNEL), "Reason for the delay recorded", "Case SCR-2026-200: Reason for the "
                + "delay recorded: \u201C" + TYPED + "\u201D.", List.of(Fact.of("Reason", TYPED),
                Fact.of("Lines", "1. first\n- second\n* third")), List.of(), "typed-text")));
        // As Web Chat and other hosts without Universal Actions get them.
        cards.put("question-outside-teams", TeamsCards.submitOnly(cards.get("question")));
        cards.put("decision-pending-outside-teams", TeamsCards.submitOnly(cards.get("decision-pending")));
        // With CASEREVIEW_DASHBOARD_URL set: the messages naming a case link to its page on the dashboard.
        Optional<PageLink> page = LINKS.of(record);
        cards.put("decision-pending-linked", DecisionCards.decision(teams.caseService.card(record).withPage(page),
                Optional.empty()));
        cards.put("decision-decided-linked", DecisionCards.decision(teams.caseService.card(decided.record()
                .orElseThrow()).withPage(page), Optional.empty()));
        cards.put("notification-linked", TeamsCards.notification(TeamsChannelsIT.reminder(record).withPage(page)));
        Reply.Summary summary = first(replies, Reply.Summary.class);
        cards.put("summary-linked", TeamsCards.reply(new Reply.Summary(summary.title(), summary.facts(),
                summary.actions(), page)));
        return cards;
    }

    /** The card an agency's contact gets in their chat when the board asks for information (s14B). */
    private static JsonNode agencyRequest(TeamsFixture teams, CaseRecord record) {
        InMemoryAgencyRequests requests = new InMemoryAgencyRequests();
        List<Notification> told = new ArrayList<>();
        Boards boards = Boards.staffordshireAndStoke();
        Deliveries deliveries = new Deliveries(new InMemoryDeliveryJobs(), TeamsFixture.CLOCK);
        CaseNotifications notifications = new CaseNotifications(teams.cases, deliveries,
                new ReminderScheduler(new InMemoryReminderJobs(), ReminderPolicy.englandAndWales()), boards,
                new RulePacks(List.of(Wt2015.pack())), TeamsFixture.CLOCK, requests);
        DecisionRequests noCards = new DecisionRequests() {
            @Override
            public boolean post(CaseRecord any, DecisionCard card) {
                return true;
            }

            @Override
            public boolean postTo(UserRef chair, CaseRecord any, DecisionCard card) {
                return true;
            }

            @Override
            public void update(CaseRecord any, DecisionCard card) {
            }
        };
        deliveries.register(new DeliveryWorker(Platform.TEAMS, deliveries.jobs(), notifications.carrier(
                new CaseNotifications.Outlet(Platform.TEAMS, noCards, note -> { }, List.of((person, note) ->
                        told.add(note)))), TeamsFixture.CLOCK, "golden", Duration.ofMinutes(2)), Runnable::run);
        FollowUpProcessor followUps = new FollowUpProcessor(teams.cases, notifications, TeamsFixture.CLOCK, "golden",
                Duration.ofMinutes(2));
        AgencyRequestService.Result asked = new AgencyRequestService(teams.cases, requests, teams.roles, boards,
                WorkingDays.englandAndWales(), TeamsFixture.CLOCK, followUps::referred).ask(record.id(),
                new AgencyRequestService.Ask("Staffordshire Police", Optional.of(new UserRef(Platform.TEAMS,
                        POLICE_AAD, null)), "A chronology of police contact with the family.", "18/12/2026"),
                CaseService.Actor.person(new UserRef(Platform.TEAMS, TeamsFixture.CHAIR_AAD, "The Chair")));
        assertThat(asked.applied()).as(asked.message()).isTrue();
        return TeamsCards.notification(told.stream().filter(note -> note.title().startsWith("Information requested"))
                .findFirst().orElseThrow(() -> new AssertionError("the contact was not told: " + told)));
    }

    static Stream<Arguments> cards() {
        return CARDS.entrySet().stream().map(entry -> Arguments.of(entry.getKey(), entry.getValue()));
    }

    private static JsonNode card(String name) {
        return Optional.ofNullable(CARDS.get(name)).orElseThrow(() -> new AssertionError("no card " + name));
    }

    /** A referral typed through core's conversation: the question, summary and recommendation it gives. */
    private static List<Reply> conversationReplies() {
        Conversation conversation = new Conversation(Wt2015.pack(), uk.lscb.casereview.core.boards.Boards
                .staffordshireAndStoke(), TeamsFixture.CLOCK);
        Map<String, String> typed = Map.of("board", "Staffordshire", "case_reference", "SCR-2026-300",
                "notified_on", "today", "abuse_or_neglect", "yes", "child_died", "yes", "suspected_suicide", "not sure");
        List<Reply> all = new ArrayList<>();
        ConversationState state = conversation.start(Optional.empty());
        Turn turn = conversation.handle(state, new Inbound.TextMessage("start"));
        for (int i = 0; i < 30 && all.stream().noneMatch(Reply.Recommended.class::isInstance); i++) {
            all.addAll(turn.replies());
            Optional<Reply.Ask> ask = turn.replies().stream().filter(Reply.Ask.class::isInstance)
                    .map(Reply.Ask.class::cast).findFirst();
            if (all.stream().anyMatch(Reply.Recommended.class::isInstance)) {
                break;
            }
            String answer = ask.map(a -> typed.getOrDefault(a.question().value(), "no")).orElse("yes");
            turn = conversation.handle(turn.state(), new Inbound.TextMessage(answer));
            if (ask.isPresent() && ask.get().question().value().equals("abuse_or_neglect")) {
                all.addAll(turn.replies());
                turn = conversation.handle(turn.state(), new Inbound.TextMessage("summary"));
                all.addAll(turn.replies());
                turn = conversation.handle(turn.state(), new Inbound.TextMessage("yes"));
            }
        }
        return all;
    }

    private static <T extends Reply> T first(List<Reply> replies, Class<T> type) {
        return replies.stream().filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " in " + replies));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cards")
    void matchesItsGoldenFile(String name, JsonNode card) throws IOException {
        Path file = GOLDEN.resolve(name + ".json");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, JSON.writeValueAsString(card) + "\n");
        }
        assertThat(file).as("golden file %s is missing: run with -Dgolden.update=true to write it, then review it",
                file).exists();
        assertThat(card).isEqualTo(JSON.readTree(file.toFile()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cards")
    void isAValidAdaptiveCard15UnderTheSizeLimit(String name, JsonNode card) {
        assertThat(card.path("type").asText()).isEqualTo("AdaptiveCard");
        assertThat(card.path("version").asText()).isEqualTo("1.5");
        assertThat(card.path("$schema").asText()).isEqualTo(TeamsCards.SCHEMA);
        assertThat(problems(card)).isEmpty();
        assertThat(TeamsCards.size(card)).isLessThan(28 * 1024);
    }

    /** What makes the card's body and actions other than Adaptive Cards 1.5 allows; empty when nothing does. */
    static List<String> problems(JsonNode card) {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        card.path("body").forEach(element -> element(element, problems, ids));
        card.path("actions").forEach(action -> action(action, problems));
        return problems;
    }

    /** Renderers show at most 5 actions in a set (Teams 6, the rest behind "..."): none may be hidden. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cards")
    void noActionSetAndNoCardHasMoreThanFiveActions(String name, JsonNode card) {
        List<Integer> sizes = new ArrayList<>();
        sizes.add(card.path("actions").size());
        card.findParents("type").stream().filter(node -> node.path("type").asText().equals("ActionSet"))
                .forEach(set -> sizes.add(set.path("actions").size()));
        assertThat(sizes).allSatisfy(size -> assertThat(size).isLessThanOrEqualTo(5));
    }

    /**
     * Microsoft's Universal Actions guidance: some older Teams clients ignore an Action.Execute's fallback unless
     * it is in an ActionSet, so every Action.Execute is in one (none among the card's own actions).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cards")
    void everyExecuteIsWrappedInAnActionSet(String name, JsonNode card) {
        List<JsonNode> executes = new ArrayList<>();
        collect(card, executes);
        List<JsonNode> inActionSets = new ArrayList<>();
        card.findParents("type").stream().filter(node -> node.path("type").asText().equals("ActionSet"))
                .forEach(set -> set.path("actions").forEach(action -> collect(action, inActionSets)));
        // A form's (Action.ShowCard's) button is in its own ActionSet, inside the set holding the ShowCard.
        java.util.Set<JsonNode> distinct = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        distinct.addAll(inActionSets);
        assertThat(card.has("actions")).as("card-level actions").isFalse();
        assertThat(distinct).hasSameSizeAs(executes);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cards")
    void everyExecuteHasTheEquivalentSubmitFallback(String name, JsonNode card) {
        List<JsonNode> executes = new ArrayList<>();
        collect(card, executes);
        assertThat(executes).as("buttons").hasSize(BUTTONS.get(name));
        for (JsonNode execute : executes) {
            JsonNode fallback = execute.path("fallback");
            assertThat(fallback.path("type").asText()).isEqualTo("Action.Submit");
            assertThat(fallback.path("data")).isEqualTo(execute.path("data"));
            assertThat(fallback.path("title")).isEqualTo(execute.path("title"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cards")
    void outsideTeamsEveryButtonIsItsSubmitFallbackAndTheCardIsOtherwiseTheSame(String name, JsonNode card) {
        if (name.endsWith("-outside-teams")) {
            assertThat(TeamsCards.submitOnly(card)).as("already as hosts without Universal Actions get it")
                    .isEqualTo(card);
            return;
        }
        String before = card.toString();
        JsonNode outside = TeamsCards.submitOnly(card);

        assertThat(card.toString()).as("the card it was made from is unchanged").isEqualTo(before);
        assertThat(outside.toString()).doesNotContain("Action.Execute");
        List<JsonNode> executes = new ArrayList<>();
        collect(card, executes);
        List<JsonNode> submits = outside.findParents("type").stream()
                .filter(node -> node.path("type").asText().equals("Action.Submit")).toList();
        assertThat(submits).hasSameSizeAs(executes);
        for (int i = 0; i < executes.size(); i++) {
            assertThat(submits.get(i)).isEqualTo(executes.get(i).get("fallback"));
        }
        assertThat(outside.path("body").size()).isEqualTo(card.path("body").size());
        assertThat(TeamsCards.submitOnly(outside)).isEqualTo(outside);
    }

    static Stream<Arguments> cardsWithFacts() {
        return cards().filter(arguments -> !((JsonNode) arguments.get()[1]).findValues("facts").isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cards")
    void aCardLinksToTheCasePageOnlyWhenTheDashboardsAddressIsSetWithOneOpenUrl(String name, JsonNode card) {
        List<JsonNode> opens = card.findParents("type").stream()
                .filter(node -> node.path("type").asText().equals("Action.OpenUrl")).toList();
        if (name.endsWith("-linked")) {
            assertThat(opens).singleElement().satisfies(open -> {
                assertThat(open.path("title").asText()).isEqualTo("Open the case page");
                assertThat(open.path("url").asText()).isEqualTo(
                        "https://casereview.example.org/board/cases/SCR-2026-200?board=staffordshire");
            });
        } else {
            assertThat(opens).as("no link without CASEREVIEW_DASHBOARD_URL").isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cardsWithFacts")
    void noFactReadsAsAMarkdownList(String name, JsonNode card) {
        List<String> texts = new ArrayList<>();
        card.findValues("facts").forEach(facts -> facts.forEach(fact -> {
            texts.add(fact.path("title").asText());
            texts.add(fact.path("value").asText());
        }));
        assertThat(texts).isNotEmpty().noneMatch(text -> text.matches("(?s)^\\s{0,3}(\\d{1,9}[.)]|[-*+]) .*"));
    }

    @Test
    void theCardsWithFactsAreAllButTheQuestionsAndTheStepForms() {
        assertThat(cardsWithFacts().map(arguments -> (String) arguments.get()[0]))
                .containsExactlyInAnyOrderElementsOf(CARDS.keySet().stream()
                        .filter(name -> !name.startsWith("question") && !name.startsWith("step-form")).toList());
    }

    // ---- each card's own content -------------------------------------------------------------

    @Test
    void theQuestionCardNumbersTheQuestionAndOffersItsChoicesAndCommands() {
        JsonNode card = card("question");
        assertThat(texts(card)).first().asString().startsWith("Question ");
        assertThat(titles(card)).containsExactly("Staffordshire", "Stoke-on-Trent", "Why is this asked?",
                "Answers so far", "Start again");
        assertThat(texts(card)).contains("You can also type your answer.");
        assertThat(card.findValues("verb")).extracting(JsonNode::asText).containsOnly(TeamsCards.VERB_ANSWER);
    }

    @Test
    void theSummaryCardListsTheAnswersToChangeAndHasOneChangeButton() {
        JsonNode card = card("summary");
        JsonNode list = card.findParents("id").stream()
                .filter(node -> node.path("id").asText().equals(TeamsCards.CHANGE_INPUT)).findFirst().orElseThrow();
        assertThat(list.path("type").asText()).isEqualTo("Input.ChoiceSet");
        assertThat(list.path("choices").size()).isGreaterThan(1);
        assertThat(list.path("choices").findValuesAsText("value")).allSatisfy(value -> assertThat(ActionCodec.decode(value))
                .get().isInstanceOf(ButtonAction.Edit.class));
        assertThat(titles(card)).filteredOn(title -> title.startsWith("Change")).containsExactly(
                "Change the chosen answer");
    }

    /** Whatever the reply, a card never has more actions than a host shows: the answers to change are a list. */
    @Test
    void aSummaryOfEveryAnswerStaysWithinFiveActionsASet() {
        List<Fact> facts = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            facts.add(new Fact(Optional.of(QuestionId.of("q" + i)), i + ". Question " + i, "Yes",
                    Optional.of(Choice.of("Change", new ButtonAction.Edit(QuestionId.of("q" + i))))));
        }
        JsonNode card = TeamsCards.summary(new Reply.Summary("Your answers", facts, List.of(
                Choice.of(Command.SUBMIT), Choice.of(Command.RESTART))));
        noActionSetAndNoCardHasMoreThanFiveActions("summary-of-12", card);
        assertThat(card.findParents("type").stream().filter(node -> node.path("type").asText().equals("ActionSet"))
                .mapToInt(set -> set.path("actions").size()).sum()).isEqualTo(3);
    }

    @Test
    void theRecommendationCardSaysItIsAdviceAndGivesTheFrameworksReasons() {
        JsonNode card = card("recommendation");
        assertThat(texts(card)).first().asString().startsWith("Recommendation: ");
        assertThat(texts(card)).contains("Why").anySatisfy(text -> assertThat(text).contains(RecommendationView.ADVICE));
        assertThat(payloads(card)).contains(new ButtonAction.Run(Command.SUBMIT).payload());
    }

    @Test
    void theRecommendationAndTheChairsCardSayTheSameAdviceLineAsEveryPlatform() {
        assertThat(texts(card("recommendation")))
                .contains("Rule pack wt2015 1.1.0. This is advice: the LSCB Independent Chair always makes the final decision.");
        assertThat(texts(card("decision-pending")))
                .contains("This is advice: the LSCB Independent Chair always makes the final decision.");
    }

    @Test
    void sendToTheChairIsTheOnlyPositiveButtonOfTheConversation() {
        List<JsonNode> positive = new ArrayList<>();
        for (String name : List.of("question", "summary", "recommendation")) {
            card(name).findParents("style").stream().filter(node -> node.path("style").asText().equals("positive"))
                    .forEach(positive::add);
        }
        assertThat(positive).hasSize(2).allSatisfy(action -> {
            assertThat(action.path("title").asText()).isEqualTo("Send to the Chair");
            assertThat(action.path("data").path("payload").asText()).isEqualTo(new ButtonAction.Run(Command.SUBMIT).payload());
        });
    }

    @Test
    void aStatusCardPutsEachLabelWholeOnAWrappingLineOfItsOwn() {
        JsonNode card = TeamsCards.summary(new Reply.Summary("Case SCR-2026-200", List.of(
                Fact.of("Board", "Stoke-on-Trent"), Fact.of("Recommendation", "Serious Case Review")), List.of()));

        assertThat(card.findValues("type")).extracting(JsonNode::asText).doesNotContain("FactSet", "ColumnSet");
        assertThat(texts(card)).containsSubsequence("Board", "Stoke-on-Trent", "Recommendation",
                "Serious Case Review");
        card.get("body").forEach(block -> assertThat(block.path("wrap").asBoolean()).isTrue());
    }

    /**
     * The closed forms of a card in order, behind their ShowCard buttons, by what they do: an outcome's by its
     * heading ("Decide: …", its button says only "Decide"), any other by its button's title.
     */
    static Map<String, JsonNode> forms(JsonNode card) {
        Map<String, JsonNode> forms = new java.util.LinkedHashMap<>();
        card.findParents("type").stream().filter(node -> node.path("type").asText().equals("Action.ShowCard"))
                .forEach(node -> {
                    String title = node.path("title").asText();
                    String heading = node.at("/card/body/0/text").asText();
                    forms.put(heading.startsWith(title + ": ") ? heading : title, node.path("card"));
                });
        return forms;
    }

    /** The ids of a form's inputs as the server reads them (without the form's suffix). */
    private static List<String> baseIds(JsonNode form) {
        return inputIds(form).stream().map(id -> id.split(TeamsCards.FORM_SEPARATOR)[0]).toList();
    }

    @Test
    void thePendingDecisionCardHasOneFormPerOutcomeHoldingOnlyTheInputsThatOutcomeNeeds() {
        JsonNode card = card("decision-pending");
        Map<String, JsonNode> forms = forms(card);
        assertThat(forms.keySet()).containsExactly("Decide: Serious Case Review (recommended)",
                "Decide: Commissioned multi-agency learning review", "Decide: Internal LSCB multi-agency learning review",
                "Decide: Single agency learning review", "Decide: No learning review is indicated by the criteria",
                "Ask for more information");
        Recommendation rec = PortFixtures.caseRecord("SCR-2026-200", new ConversationKey(Platform.TEAMS, "a:chat"),
                PortFixtures.AT).recommendation();
        for (Outcome outcome : List.of(Outcome.SERIOUS_CASE_REVIEW, Outcome.COMMISSIONED_MULTI_AGENCY_LEARNING_REVIEW,
                Outcome.INTERNAL_MULTI_AGENCY_LEARNING_REVIEW, Outcome.SINGLE_AGENCY_LEARNING_REVIEW,
                Outcome.NO_FURTHER_ACTION)) {
            JsonNode form = forms.entrySet().stream().filter(entry -> entry.getKey().startsWith("Decide: "
                    + outcome.label())).findFirst().orElseThrow().getValue();
            assertThat(baseIds(form)).as(outcome.name()).isEqualTo(CaseLifecycle.inputsNeeded(rec, outcome));
            assertThat(form.findValues("data")).as("its button decides that outcome").isNotEmpty()
                    .allSatisfy(data -> {
                        assertThat(data.path("payload").asText()).startsWith("case:decide:");
                        assertThat(data.path(DecisionCard.OUTCOME).asText()).isEqualTo(outcome.name());
                    });
        }
        assertThat(baseIds(forms.get("Ask for more information"))).containsExactly(DecisionCard.REQUEST);
        assertThat(inputIds(card)).doesNotContain(DecisionCard.OUTCOME);
        assertThat(card.findValues("verb")).extracting(JsonNode::asText).containsOnly(TeamsCards.VERB_CASE);
        assertThat(card.toString()).doesNotContain("\"value\":\"true\"").doesNotContain("Attention");
    }

    @Test
    void theInputsOfTheFormThatWasSentAreReadAndTheOtherFormsAreDropped() {
        Map<String, String> sent = new java.util.LinkedHashMap<>();
        sent.put("payload", "ignored here");
        sent.put(DecisionCard.OUTCOME, "SINGLE_AGENCY_LEARNING_REVIEW");
        sent.put(DecisionCard.REASON + "@SINGLE_AGENCY_LEARNING_REVIEW", "Typed in this form");
        sent.put(DecisionCard.REASON + "@NO_FURTHER_ACTION", "Typed in another form");
        sent.put(DecisionCard.INDEPENDENT + "@SERIOUS_CASE_REVIEW", "false");
        sent.put(DecisionCard.REQUEST, "A request");

        assertThat(DecisionCards.sentForm(sent)).containsExactly(Map.entry("payload", "ignored here"),
                Map.entry(DecisionCard.OUTCOME, "SINGLE_AGENCY_LEARNING_REVIEW"),
                Map.entry(DecisionCard.REASON, "Typed in this form"), Map.entry(DecisionCard.REQUEST, "A request"));
    }

    @Test
    void aRefusedDecisionKeepsItsFormOpenWithWhatWasTypedAndTheRefusalUnderTheInputItNames() {
        JsonNode card = card("decision-refused");
        JsonNode open = card.path("body").findParents("type").stream()
                .filter(node -> node.path("type").asText().equals("Container") && node.path("style").asText()
                        .equals("emphasis") && node.path("isVisible").asBoolean(true)
                        && node.toString().contains("lead_reviewers@")).findFirst().orElseThrow();
        Map<String, JsonNode> inputs = new HashMap<>();
        open.path("items").findParents("id").forEach(node -> inputs.put(node.path("id").asText(), node));
        assertThat(inputs.keySet()).containsExactlyInAnyOrder("lead_reviewers@SERIOUS_CASE_REVIEW",
                "reviewers_independent@SERIOUS_CASE_REVIEW");
        assertThat(open.findValues("isRequired")).as("a host checks the card's own inputs for every form's button, "
                + "so a required one here would stop the others (TeamsCardsWebChatIT)").isEmpty();
        assertThat(forms(card).get("Decide: Commissioned multi-agency learning review").findValues("isRequired"))
                .as("a form of its own keeps the host's check").isNotEmpty();
        assertThat(inputs.get("reviewers_independent@SERIOUS_CASE_REVIEW").path("value").asText()).isEqualTo("true");
        assertThat(inputs.get("lead_reviewers@SERIOUS_CASE_REVIEW").has("value")).isFalse();

        JsonNode items = open.path("items");
        int leads = -1;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).path("id").asText().equals("lead_reviewers@SERIOUS_CASE_REVIEW")) {
                leads = i;
            }
        }
        JsonNode under = items.get(leads + 1);
        assertThat(under.path("color").asText()).isEqualTo("Attention");
        assertThat(under.path("text").asText()).contains("lead reviewer");
        assertThat(inputs.get("lead_reviewers@SERIOUS_CASE_REVIEW").path("errorMessage").asText())
                .isEqualTo(under.path("text").asText());
        assertThat(texts(card)).filteredOn(text -> text.contains("lead reviewer")).hasSize(1);
        assertThat(forms(card)).as("the other forms").hasSize(5).doesNotContainKey(
                "Decide: Serious Case Review (recommended)");
        JsonNode request = forms(card).get("Ask for more information").findParents("id").get(0);
        assertThat(request.path("value").asText()).isEqualTo("Typed request stays");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cards")
    void noButtonTitleIsLongerThanAPhoneShowsWhole(String name, JsonNode card) {
        // Teams never wraps a button's title: it cut "Decide: No learning review is indicated by the criteria" at the
        // button's width in the Agents Playground, and TeamsCardsWebChatIT finds such cuts at a phone's width.
        assertThat(card.findParents("type")).filteredOn(node -> node.path("type").asText().startsWith("Action."))
                .extracting(node -> node.path("title").asText()).allSatisfy(title -> assertThat(title.length())
                        .as(title).isLessThanOrEqualTo(LONGEST_BUTTON_TITLE));
    }

    @Test
    void eachOutcomeIsNamedInWordsThatWrapAboveAShortButtonThatOpensItsForm() {
        JsonNode body = card("decision-pending").path("body");
        List<String> named = new ArrayList<>();
        for (int i = 1; i < body.size(); i++) {
            JsonNode button = body.get(i).at("/actions/0");
            if (button.path("title").asText().equals("Decide")) {
                assertThat(button.path("type").asText()).isEqualTo("Action.ShowCard");
                JsonNode words = body.get(i - 1);
                assertThat(words.path("wrap").asBoolean()).isTrue();
                assertThat(button.at("/card/body/0/text").asText()).isEqualTo("Decide: " + words.path("text").asText());
                named.add(words.path("text").asText());
            }
        }
        assertThat(named).containsExactly("Serious Case Review (recommended)",
                "Commissioned multi-agency learning review", "Internal LSCB multi-agency learning review",
                "Single agency learning review", "No learning review is indicated by the criteria");
    }

    @Test
    void anAgencysContactIsChosenWithTeamsPeoplePickerAndTypedAsAnIdOutsideTeams() {
        JsonNode refused = card("step-form-agency-request-refused");
        JsonNode picker = refused.findParents("id").stream()
                .filter(node -> node.path("id").asText().equals(AgencyRequestService.CONTACT)).findFirst().orElseThrow();
        assertThat(picker.path("type").asText()).isEqualTo("Input.ChoiceSet");
        assertThat(picker.path(StepFormCards.PEOPLE).path("type").asText()).isEqualTo("Data.Query");
        assertThat(picker.path(StepFormCards.PEOPLE).path("dataset").asText()).isEqualTo("graph.microsoft.com/users");
        assertThat(picker.path("choices").findValuesAsText("value")).as("the one chosen, kept")
                .containsExactly(picker.path("value").asText());

        JsonNode typed = TeamsCards.submitOnly(refused).findParents("id").stream()
                .filter(node -> node.path("id").asText().equals(AgencyRequestService.CONTACT)).findFirst().orElseThrow();
        assertThat(typed.path("type").asText()).isEqualTo("Input.Text");
        assertThat(typed.path("label").asText()).isEqualTo(picker.path("label").asText());
        assertThat(typed.path("value").asText()).isEqualTo(picker.path("value").asText());
        assertThat(typed.has(StepFormCards.PEOPLE)).isFalse();
        assertThat(TeamsCards.submitOnly(refused).toString()).doesNotContain("Data.Query");
    }

    /** The longest button title seen whole in Web Chat at a phone's width (400 px), with room to spare. */
    private static final int LONGEST_BUTTON_TITLE = 36;

    @ParameterizedTest(name = "{0}")
    @MethodSource("decisionCards")
    void aDecisionCardPutsEachCaseLabelWholeOnAWrappingLineOfItsOwn(String name, JsonNode card) {
        // Web Chat gives FactSet titles a narrow column and broke "Recommendation" and "Considered for a
        // Serious Case Review" mid-word (TeamsCardsWebChatIT's screenshots).
        JsonNode top = card.get("body");
        assertThat(top.findValues("type")).extracting(JsonNode::asText).doesNotContain("FactSet");
        boolean wt2023 = name.endsWith("-wt2023");
        assertThat(texts(card)).containsSubsequence("Case reference", wt2023 ? "CSPR-2026-200" : "SCR-2026-200",
                "Recommendation", wt2023 ? "Local child safeguarding practice review: the safeguarding partners decide"
                        : "Serious Case Review");
    }

    static Stream<Arguments> decisionCards() {
        return cards().filter(arguments -> ((String) arguments.get()[0]).startsWith("decision-"))
                .map(arguments -> Arguments.of(arguments.get()[0], withoutDetails((JsonNode) arguments.get()[1])));
    }

    /** A card without its collapsed details (reasons and answers), which keep their FactSet. */
    private static JsonNode withoutDetails(JsonNode card) {
        JsonNode copy = card.deepCopy();
        java.util.Iterator<JsonNode> body = copy.get("body").elements();
        while (body.hasNext()) {
            if (body.next().path("id").asText().equals(TeamsCards.DETAILS)) {
                body.remove();
            }
        }
        return copy;
    }

    @Test
    void aDecidedCardSaysWhoDecidedAndHasNoActionsOrInputs() {
        JsonNode card = card("decision-decided");
        assertThat(card.toString()).doesNotContain("Action.Execute").doesNotContain("Action.Submit");
        assertThat(texts(card)).contains("Answers given by the referrer");
        assertThat(card.toString()).doesNotContain("Input.");
        assertThat(texts(card)).anySatisfy(text -> assertThat(text).startsWith("Decided by The Chair"));
    }

    @Test
    void aReminderCarriesMarkDoneOnTheCasePath() {
        JsonNode card = card("notification");
        assertThat(titles(card)).containsExactly("Mark done");
        assertThat(card.findValues("verb")).extracting(JsonNode::asText).containsExactly(TeamsCards.VERB_CASE);
        assertThat(payloads(card)).singleElement().extracting(ActionCodec::decode).satisfies(action -> assertThat(
                action).get().isEqualTo(new ButtonAction.MarkDone(((ButtonAction.MarkDone) action.orElseThrow())
                .caseId(), DeadlineKind.NATIONAL_PANEL_NOTIFICATION)));
    }

    @Test
    void anOverdueReminderHasRecordTheReasonForTheDelayBesideMarkDoneOpeningItsForm() {
        JsonNode card = card("notification-overdue");
        assertThat(card.findValues("actions").get(0)).extracting(action -> action.path("title").asText())
                .containsExactly("Mark done");
        JsonNode showCard = card.findParents("type").stream()
                .filter(node -> node.path("type").asText().equals("Action.ShowCard")).findFirst().orElseThrow();
        assertThat(showCard.path("title").asText()).isEqualTo("Record the reason for the delay");
        JsonNode input = showCard.path("card").path("body").get(0);
        assertThat(input.path("id").asText()).isEqualTo(CaseLifecycle.DELAY_REASON);
        assertThat(input.path("isRequired").asBoolean()).isTrue();
        assertThat(showCard.findValuesAsText("payload")).extracting(ActionCodec::decode)
                .allSatisfy(action -> assertThat(action).get().isInstanceOf(ButtonAction.RecordDelay.class));
        assertThat(showCard.toString()).contains("Do not give a child's name");
    }

    @Test
    void aReminderMarkedDoneSaysWhoAndWhenAndHasNoButtons() {
        JsonNode card = card("reminder-done");
        assertThat(card.findValues("actions")).isEmpty();
        assertThat(texts(card)).contains("Marked done by The Chair on 28 November 2026 at 10:00.");
    }

    @Test
    void outsideTeamsTheQuestionAndDecisionCardsKeepTheirButtonsAsSubmits() {
        assertThat(titles(card("question-outside-teams"))).isEqualTo(titles(card("question")));
        assertThat(titles(card("decision-pending-outside-teams"))).isEqualTo(titles(card("decision-pending")));
        assertThat(card("decision-pending-outside-teams").findValues("verb")).isEmpty();
    }

    /** How many buttons each card has. */
    private static final int BUTTONS_OF_SUMMARY = titles(CARDS.get("summary")).size();
    private static final Map<String, Integer> BUTTONS = buttons();

    private static Map<String, Integer> buttons() {
        Map<String, Integer> buttons = new HashMap<>();
        CARDS.forEach((name, card) -> buttons.put(name, name.endsWith("-outside-teams") ? 0 : titles(card).size()));
        buttons.replaceAll((name, count) -> switch (name) {
            case "decision-pending", "decision-refused", "decision-pending-linked" -> 6;
            case "decision-pending-wt2023" -> 2; // a safeguarding partner's Agree and Disagree
            case "decision-decided", "decision-decided-wt2023", "decision-decided-linked", "reminder-done" -> 0;
            case "notification", "notification-linked" -> 1;
            case "summary-linked" -> BUTTONS_OF_SUMMARY;
            case "notification-overdue" -> 2;
            default -> count;
        });
        return buttons;
    }

    private static List<String> texts(JsonNode card) {
        List<String> texts = new ArrayList<>();
        card.findParents("type").stream().filter(node -> node.path("type").asText().equals("TextBlock"))
                .forEach(node -> texts.add(node.path("text").asText()));
        return texts;
    }

    /** The titles of the card's buttons, in order (fallbacks not counted twice). */
    private static List<String> titles(JsonNode card) {
        List<String> titles = new ArrayList<>();
        card.findParents("type").stream().filter(node -> node.path("type").asText().startsWith("Action."))
                .filter(node -> !isFallbackOf(card, node)).forEach(node -> titles.add(node.path("title").asText()));
        return titles;
    }

    private static boolean isFallbackOf(JsonNode card, JsonNode node) {
        return card.findValues("fallback").stream().anyMatch(fallback -> fallback == node);
    }

    private static List<String> payloads(JsonNode card) {
        return card.findValues("payload").stream().map(JsonNode::asText).distinct().toList();
    }

    private static List<String> inputIds(JsonNode card) {
        return card.findParents("type").stream().filter(node -> node.path("type").asText().startsWith("Input."))
                .map(node -> node.path("id").asText()).toList();
    }

    private static void collect(JsonNode node, List<JsonNode> executes) {
        if (node.isObject() && "Action.Execute".equals(node.path("type").asText())) {
            executes.add(node);
        }
        node.forEach(child -> collect(child, executes));
    }

    private static void element(JsonNode element, List<String> problems, Set<String> ids) {
        String type = element.path("type").asText();
        if (!ELEMENTS.contains(type)) {
            problems.add("unknown element " + type);
            return;
        }
        switch (type) {
            case "TextBlock" -> require(element, "text", problems);
            case "TextRun" -> require(element, "text", problems);
            case "FactSet" -> element.path("facts").forEach(fact -> {
                require(fact, "title", problems);
                require(fact, "value", problems);
            });
            case "ActionSet" -> element.path("actions").forEach(action -> {
                action(action, problems);
                // A ShowCard's form is part of the card: its inputs are sent with every button of the card.
                action.path("card").path("body").forEach(inner -> element(inner, problems, ids));
            });
            case "Container" -> element.path("items").forEach(item -> element(item, problems, ids));
            case "ColumnSet" -> element.path("columns").forEach(column -> element(column, problems, ids));
            case "Column" -> element.path("items").forEach(item -> element(item, problems, ids));
            case "RichTextBlock" -> element.path("inlines").forEach(inline -> element(inline, problems, ids));
            case "Input.Toggle" -> require(element, "title", problems);
            case "Input.ChoiceSet" -> element.path("choices").forEach(choice -> {
                require(choice, "title", problems);
                require(choice, "value", problems);
            });
            default -> { }
        }
        if (type.startsWith("Input.")) {
            require(element, "id", problems);
            if (!ids.add(element.path("id").asText())) {
                problems.add("duplicate input id " + element.path("id").asText());
            }
        }
    }

    private static void action(JsonNode action, List<String> problems) {
        String type = action.path("type").asText();
        if (!ACTIONS.contains(type)) {
            problems.add("unknown action " + type);
            return;
        }
        require(action, "title", problems);
        if (type.equals("Action.Execute") && !action.hasNonNull("verb") && !action.hasNonNull("data")) {
            problems.add("Action.Execute without verb or data");
        }
        if (type.equals("Action.Submit") && !action.hasNonNull("data")) {
            problems.add("Action.Submit without data");
        }
        if (action.has("fallback") && action.get("fallback").isObject()) {
            action(action.get("fallback"), problems);
        }
    }

    private static void require(JsonNode node, String field, List<String> problems) {
        if (!node.hasNonNull(field) || node.get(field).asText().isBlank()) {
            problems.add(node.path("type").asText("(item)") + " without " + field);
        }
    }

    /**
     * Text Teams reads as Markdown is escaped so that it shows as written ({@code typed-text}'s golden is this in a
     * card; TeamsCardsWebChatIT shows it in Web Chat): "|" stands for a line break and "¬" for a no-break space.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '=', quoteCharacter = '"', textBlock = """
            Plain words, SCR-2026-014 (due 4 June 2027).      = Plain words, SCR-2026-014 (due 4 June 2027).
            [see notes](https://example.org)                  = \\[see notes\\]([https://example.org](https://example.org))
            _police_ and **soon**                             = \\_police\\_ and \\*\\*soon\\*\\*
            <2 weeks> and <at>Someone</at>                    = \\<2 weeks> and \\<at>Someone\\</at>
            C:\\files                                         = C:\\\\files
            1. first|2) second|- third|+ fourth|* fifth        = 1.¬first||2)¬second||-¬third||+¬fourth||\\* fifth
            A paragraph.||And another.|A line of it.           = A paragraph.||And another.||A line of it.
            a - b + c 1. d                                    = a - b + c 1. d
            `code` and ~~struck~~                             = \\`code\\` and \\~\\~struck\\~\\~
            Text|# Heading|> quoted| #tag and a > b          = Text||\\# Heading||\\> quoted|| \\#tag and a > b
            See https://x.org/_a/b_c~d.                       = See [https://x.org/\\_a/b\\_c\\~d](https://x.org/_a/b_c~d).
            (at https://x.org/a), "http://x.org/?c&d"!       = (at [https://x.org/a](https://x.org/a)), "[http://x.org/?c&d](http://x.org/?c&d)"!
            https://x.org/F_(b) and http:                     = [https://x.org/F\\_(b)](https://x.org/F_%28b%29) and http:
            “https://x.org/a”, https://x.org/*b*              = “[https://x.org/a](https://x.org/a)”, [https://x.org/\\*b\\*](https://x.org/*b*)
            """)
    void textIsEscapedToShowAsWritten(String typed, String escaped) {
        assertThat(TeamsCards.escaped(typed.replace('|', '\n')))
                .isEqualTo(escaped.replace('|', '\n').replace('¬', '\u00A0'));
    }

    /** A message of text only is escaped as a card's text is: Teams reads both as Markdown. */
    @Test
    void aTextOnlyReplyIsEscapedAsACardsTextIs() {
        Activity sent = TeamsHandler.render(new Reply.Say("Reason for the delay recorded: \u201C" + TYPED + "\u201D."));

        assertThat(sent.getText()).isEqualTo("Reason for the delay recorded: \u201C" + TeamsCards.escaped(TYPED)
                + "\u201D.").contains("\\[see notes\\]([https://example.org](https://example.org))");
        assertThat(sent.getTextFormat()).isNotEqualTo(TextFormatTypes.PLAIN);
    }
}
