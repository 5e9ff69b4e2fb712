package uk.lscb.casereview.adapters.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.CaseService;
import uk.lscb.casereview.core.cases.DecisionCard;
import uk.lscb.casereview.core.conversation.Conversation;
import uk.lscb.casereview.core.conversation.ConversationState;
import uk.lscb.casereview.core.conversation.Inbound;
import uk.lscb.casereview.core.conversation.Reply;
import uk.lscb.casereview.core.conversation.Turn;
import uk.lscb.casereview.core.port.ConversationKey;
import uk.lscb.casereview.core.port.PortFixtures;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.port.UserRef;
import uk.lscb.casereview.core.reminders.ReminderNotifications;
import uk.lscb.casereview.core.rules.wt2015.Wt2015;

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

    static Stream<Arguments> cards() {
        Map<String, JsonNode> cards = new java.util.LinkedHashMap<>();
        List<Reply> replies = conversationReplies();
        cards.put("question", TeamsCards.reply(first(replies, Reply.Ask.class)));
        cards.put("summary", TeamsCards.reply(first(replies, Reply.Summary.class)));
        cards.put("recommendation", TeamsCards.reply(first(replies, Reply.Recommended.class)));
        TeamsFixture teams = new TeamsFixture(TeamsSettings.local(), "http://127.0.0.1:1/");
        CaseRecord record = PortFixtures.caseRecord("SCR-2026-200", new ConversationKey("teams", "a:chat"),
                PortFixtures.AT);
        teams.cases.create(record);
        cards.put("decision-pending", TeamsCards.decision(teams.caseService.card(record), Optional.empty()));
        Map<String, String> inputs = new HashMap<>();
        inputs.put(DecisionCard.LEAD_REVIEWERS, "A. Reviewer");
        inputs.put(DecisionCard.INDEPENDENT, "true");
        CaseService.ActionResult decided = teams.caseService.cardAction(
                DecisionCard.Verb.CONFIRM.payload(record.id(), record.version()), inputs,
                CaseService.Actor.person(new UserRef("teams", TeamsFixture.CHAIR_AAD, "The Chair")));
        assertThat(decided.applied()).as(decided.message()).isTrue();
        cards.put("decision-decided", TeamsCards.decision(teams.caseService.card(decided.record().orElseThrow()),
                Optional.empty()));
        cards.put("notification", TeamsCards.notification(TeamsChannelsIT.reminder(record)));
        CaseService.ActionResult done = teams.caseService.cardAction(
                ReminderNotifications.markDonePayload(record, DeadlineKind.NATIONAL_PANEL_NOTIFICATION), Map.of(),
                CaseService.Actor.person(new UserRef("teams", TeamsFixture.CHAIR_AAD, "The Chair")));
        assertThat(done.applied()).as(done.message()).isTrue();
        cards.put("reminder-done", TeamsCards.done(done.record().orElseThrow(),
                DeadlineKind.NATIONAL_PANEL_NOTIFICATION));
        // As Web Chat and other hosts without Universal Actions get them.
        cards.put("question-outside-teams", TeamsCards.submitOnly(cards.get("question")));
        cards.put("decision-pending-outside-teams", TeamsCards.submitOnly(cards.get("decision-pending")));
        return cards.entrySet().stream().map(entry -> Arguments.of(entry.getKey(), entry.getValue()));
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
        if (Boolean.getBoolean("golden.update") || !Files.exists(file)) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, JSON.writeValueAsString(card) + "\n");
        }
        assertThat(card).isEqualTo(JSON.readTree(file.toFile()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cards")
    void isAValidAdaptiveCard15UnderTheSizeLimit(String name, JsonNode card) {
        assertThat(card.path("type").asText()).isEqualTo("AdaptiveCard");
        assertThat(card.path("version").asText()).isEqualTo("1.5");
        assertThat(card.path("$schema").asText()).isEqualTo(TeamsCards.SCHEMA);
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        card.path("body").forEach(element -> element(element, problems, ids));
        card.path("actions").forEach(action -> action(action, problems));
        assertThat(problems).isEmpty();
        assertThat(TeamsCards.size(card)).isLessThan(28 * 1024);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cards")
    void everyExecuteHasTheEquivalentSubmitFallback(String name, JsonNode card) {
        List<JsonNode> executes = new ArrayList<>();
        collect(card, executes);
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

    @ParameterizedTest(name = "{0}")
    @MethodSource("cards")
    void noFactReadsAsAMarkdownList(String name, JsonNode card) {
        for (JsonNode fact : card.findValues("facts")) {
            fact.forEach(item -> {
                assertThat(item.path("title").asText()).doesNotMatch("(?s)^\\s{0,3}(\\d{1,9}[.)]|[-*+]) .*");
                assertThat(item.path("value").asText()).doesNotMatch("(?s)^\\s{0,3}(\\d{1,9}[.)]|[-*+]) .*");
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cards")
    void aReminderCarriesMarkDoneOnTheCasePathAndItsDoneCardNoButtons(String name, JsonNode card) {
        if (name.equals("notification")) {
            JsonNode action = card.path("actions").get(0);
            assertThat(action.path("title").asText()).isEqualTo("Mark done");
            assertThat(action.path("verb").asText()).isEqualTo(TeamsCards.VERB_CASE);
            assertThat(action.path("data").path("payload").asText()).startsWith("case:done:").endsWith(":CHAIR_DECISION");
        }
        if (name.equals("reminder-done")) {
            assertThat(card.findValues("actions")).isEmpty();
            assertThat(card.toString()).contains("Marked done by The Chair on 28 November 2026 at 10:00");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cards")
    void aDecidedCardHasNoActionsOrInputs(String name, JsonNode card) {
        if (name.equals("decision-decided")) {
            assertThat(card.findValues("actions")).isEmpty();
            assertThat(card.toString()).doesNotContain("Input.").contains("Decided by The Chair");
        }
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
            case "ActionSet" -> element.path("actions").forEach(action -> action(action, problems));
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
}
