package uk.lscb.casereview.adapters.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.actions.Command;
import uk.lscb.casereview.core.cases.CaseDeadline;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.TextForm;
import uk.lscb.casereview.core.conversation.RecommendationView;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.delivery.Notification;
import uk.lscb.casereview.core.messages.Choice;
import uk.lscb.casereview.core.messages.Fact;
import uk.lscb.casereview.core.messages.PageLink;
import uk.lscb.casereview.core.messages.Reply;

/**
 * Renders core replies and notifications as Adaptive Cards 1.5 (pure functions, JSON trees; the Chair's decision
 * card in {@link DecisionCards}, from the pieces here). Every button is an {@code Action.Execute} (Teams' Universal
 * Actions) whose {@code fallback} is the equivalent {@code Action.Submit}, for older Teams clients, in an
 * {@code ActionSet} of at most five; both carry {@code {"payload": ...}} as the core made it.
 * A renderer only takes a fallback for a type it does not know, and Microsoft's Web Chat (Adaptive Cards
 * 3.x) knows {@code Action.Execute}: it shows the button, then ignores the click. So outside Teams every
 * card goes out as {@link #submitOnly} ({@link SubmitOnlyOutsideTeams}). Cards show only what the reply holds.
 */
final class TeamsCards {
    static final String CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";
    static final String SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json";
    /** Verb of the conversation's buttons (answers, commands, changes). */
    static final String VERB_ANSWER = "answer";
    /** Verb of the decision card's buttons. */
    static final String VERB_CASE = "case";
    /** The Bot Framework channel whose clients run Universal Actions. */
    static final String TEAMS_CHANNEL = "msteams";
    /** Actions an Adaptive Cards renderer shows in one set. */
    static final int MAX_ACTIONS = 5;
    /** The id of the decision card's collapsed reasons and answers. */
    static final String DETAILS = "details";
    /** The summary card's list of answers to change (its one Change button is a {@link ButtonAction.ChangeChosen}). */
    static final String CHANGE_INPUT = "change_answer";
    /** Between an input's id and its form's key: the same input in two forms has two ids on one card. */
    static final String FORM_SEPARATOR = "@";

    static final ObjectMapper JSON = new ObjectMapper();
    /** A Markdown list item's start: "1. ", "2) ", "- ", "* ", "+ ". */
    private static final Pattern LIST_MARKER = Pattern.compile("^(\\s{0,3}(?:\\d{1,9}[.)]|[-*+])) ");
    /** A list item's start on any line but "* ", which {@link #MARKUP} escapes. */
    private static final Pattern LINE_LIST_MARKER = Pattern.compile("(?m)^(\\s{0,3}(?:\\d{1,9}[.)]|[-+])) ");
    /** What Teams' Markdown reads as emphasis, code, a link or HTML (which it drops): escaped with a backslash. */
    private static final Pattern MARKUP = Pattern.compile("[\\\\*_\\[\\]<`~]");
    /** A heading's or a quotation's start on any line (a text message reads them): escaped with a backslash. */
    private static final Pattern LINE_BLOCK_MARKER = Pattern.compile("(?m)^(\\s{0,3})([#>])");
    /**
     * A web address in text, without the stop, comma, quotation mark or bracket that ends the sentence around it
     * (a closing bracket is its own when it has an opening one).
     */
    private static final Pattern WEB_ADDRESS =
            Pattern.compile("https?://[^\\s<>\"\u201C\u201D]*[^\\s<>\"\u201C\u201D.,;:!?'\u2019)\\]]");

    private TeamsCards() {
    }

    /** The card for one reply of the scoping conversation. */
    static ObjectNode reply(Reply reply) {
        if (reply instanceof Reply.Ask ask) {
            return ask(ask);
        }
        if (reply instanceof Reply.Summary summary) {
            return summary(summary);
        }
        if (reply instanceof Reply.Recommended recommended) {
            return recommended(recommended);
        }
        if (reply instanceof Reply.Form form) {
            return StepFormCards.card(form.form());
        }
        return say((Reply.Say) reply);
    }

    static ObjectNode ask(Reply.Ask ask) {
        ObjectNode card = card();
        ArrayNode body = (ArrayNode) card.get("body");
        body.add(text("Question " + ask.number()).put("size", "Small").put("isSubtle", true));
        body.add(text(ask.text()).put("weight", "Bolder"));
        if (!ask.hint().isBlank()) {
            body.add(text(ask.hint()).put("isSubtle", true));
        }
        ask.currentAnswer().ifPresent(answer -> body.add(text("Your answer now: " + answer)));
        actionSets(body, ask.choices(), VERB_ANSWER);
        body.add(text("You can also type your answer.").put("size", "Small").put("isSubtle", true));
        actionSets(body, ask.commands(), VERB_ANSWER);
        return card;
    }

    static ObjectNode say(Reply.Say say) {
        ObjectNode card = card();
        ArrayNode body = (ArrayNode) card.get("body");
        body.add(text(say.text()));
        actionSets(body, say.choices(), VERB_ANSWER);
        return card;
    }

    static ObjectNode summary(Reply.Summary summary) {
        ObjectNode card = card();
        ArrayNode body = (ArrayNode) card.get("body");
        body.add(heading(summary.title()));
        // One list of the answers and one Change button: a button per answer overflows the host's action limit.
        List<Fact> changeable = summary.facts().stream().filter(fact -> fact.change().isPresent()).toList();
        if (changeable.isEmpty()) {
            stacked(body, summary.facts());
        } else {
            body.add(factSet(summary.facts()));
            ObjectNode list = body.addObject().put("type", "Input.ChoiceSet").put("id", CHANGE_INPUT)
                    .put("label", "Change an answer").put("style", "compact").put("isMultiSelect", false)
                    .put("placeholder", "Choose the answer to change");
            ArrayNode choices = list.putArray("choices");
            changeable.forEach(fact -> choices.addObject().put("title", literal(fact.label()))
                    .put("value", fact.change().get().payload()));
            actionSets(body, List.of(Choice.of("Change the chosen answer", new ButtonAction.ChangeChosen())), VERB_ANSWER);
        }
        actionSets(body, summary.actions(), VERB_ANSWER);
        pageLink(body, summary.page());
        return card;
    }

    static ObjectNode recommended(Reply.Recommended reply) {
        RecommendationView view = RecommendationView.of(reply);
        ObjectNode card = card();
        ArrayNode body = (ArrayNode) card.get("body");
        body.add(heading(view.headline()));
        view.fallback().ifPresent(fallback -> body.add(text(fallback.text())));
        view.additional().forEach(action -> body.add(text(action.text())));
        if (!reply.caseFacts().isEmpty()) {
            body.add(factSet(reply.caseFacts()));
        }
        reasons(body, view);
        if (!view.notSure().isEmpty()) {
            body.add(subheading(RecommendationView.NOT_SURE));
            body.add(bullets(view.notSure()));
        }
        if (!view.methodologies().isEmpty()) {
            body.add(subheading(RecommendationView.METHODOLOGIES));
            view.methodologies().forEach(methodology -> body.add(quoted(methodology)));
        }
        if (!view.nextSteps().isEmpty()) {
            body.add(subheading(RecommendationView.NEXT_STEPS));
            body.add(bullets(view.nextSteps()));
        }
        if (!reply.answers().isEmpty()) {
            body.add(subheading(RecommendationView.ANSWERS));
            body.add(factSet(reply.answers()));
        }
        body.add(text(view.footer()).put("weight", "Bolder").put("spacing", "Medium"));
        actionSets(body, reply.actions(), VERB_ANSWER);
        return card;
    }

    /**
     * A notification posted unprompted (a deadline reminder, a decision, a new referral): its title, text
     * and facts, and its actions (e.g. Mark done, {@code case:done:<caseId>:<KIND>}) as buttons with the
     * decision card's verb, so they reach the case service like the Chair's buttons do.
     */
    static ObjectNode notification(Notification notification) {
        ObjectNode card = card();
        ArrayNode body = (ArrayNode) card.get("body");
        body.add(text(notification.title()).put("size", "Medium").put("weight", "Bolder").put("style", "heading"));
        if (!notification.text().isBlank()) {
            body.add(text(notification.text()));
        }
        if (!notification.facts().isEmpty()) {
            body.add(factSet(notification.facts()));
        }
        List<Choice> buttons = notification.actions().stream()
                .filter(choice -> TextForm.of(choice.payload()).isEmpty()).toList();
        List<Choice> forms = notification.actions().stream()
                .filter(choice -> TextForm.of(choice.payload()).isPresent()).toList();
        actionSets(body, buttons, VERB_CASE);
        if (!forms.isEmpty()) {
            ArrayNode actions = body.addObject().put("type", "ActionSet").putArray("actions");
            forms.forEach(choice -> actions.add(showCard(choice, TextForm.of(choice.payload()).orElseThrow())));
        }
        pageLink(body, notification.page());
        return card;
    }

    /** The link to the case's page on the dashboard, if the message has one: an Action.OpenUrl in its own set. */
    static void pageLink(ArrayNode body, Optional<PageLink> page) {
        page.ifPresent(link -> body.addObject().put("type", "ActionSet").putArray("actions").addObject()
                .put("type", "Action.OpenUrl").put("title", link.label()).put("url", link.url()));
    }

    /**
     * A button that opens its form under it (Action.ShowCard): a text box with its label, the warning about
     * personal details, and the button that sends it (an Action.Execute with its Action.Submit fallback).
     */
    private static ObjectNode showCard(Choice choice, TextForm form) {
        ObjectNode action = JSON.createObjectNode().put("type", "Action.ShowCard").put("title", choice.label());
        ObjectNode inner = action.putObject("card").put("type", "AdaptiveCard");
        ArrayNode body = inner.putArray("body");
        body.addObject().put("type", "Input.Text").put("id", form.inputId()).put("label", form.label())
                .put("isMultiline", true).put("maxLength", TextForm.MAX_LENGTH).put("isRequired", true)
                .put("errorMessage", "Please type " + form.label().toLowerCase(Locale.UK) + ".");
        body.add(text(form.hint()).put("isSubtle", true).put("size", "Small"));
        body.addObject().put("type", "ActionSet").putArray("actions")
                .add(execute(new Choice(form.submit(), choice.payload()), VERB_CASE));
        return action;
    }

    /** What a reminder's card becomes once its deadline is marked done: who did it and when, no buttons left. */
    static ObjectNode done(CaseRecord record, DeadlineKind kind) {
        ObjectNode card = card();
        ArrayNode body = (ArrayNode) card.get("body");
        body.add(text("Done: " + kind.label()).put("size", "Medium").put("weight", "Bolder").put("style", "heading"));
        String line = record.deadline(kind).flatMap(CaseDeadline::done)
                .map(mark -> mark.line(kind))
                .orElse("Done.");
        body.add(text(line).put("weight", "Bolder").put("color", "Good"));
        ObjectNode facts = factSet(List.of(Fact.of("Case reference", record.reference().value()),
                Fact.of("Deadline", kind.label())));
        body.add(facts);
        return card;
    }

    /** What a reminder's or a request's card becomes once the text its form asked for is recorded. */
    static ObjectNode recorded(String summary, CaseRecord record) {
        ObjectNode card = card();
        ArrayNode body = (ArrayNode) card.get("body");
        body.add(text(summary).put("weight", "Bolder").put("color", "Good"));
        body.add(factSet(List.of(Fact.of("Case reference", record.reference().value()),
                Fact.of("Stage", record.status().label()))));
        return card;
    }

    /** A card with one line of text and no actions: what an answered question's card becomes. */
    static ObjectNode notice(String text) {
        ObjectNode card = card();
        ((ArrayNode) card.get("body")).add(text(text));
        return card;
    }

    static void reasons(ArrayNode body, RecommendationView view) {
        if (view.reasons().isEmpty()) {
            return;
        }
        body.add(subheading(RecommendationView.WHY));
        view.reasons().forEach(reason -> body.add(quoted(reason)));
    }

    /** A statement with the framework's words beneath it, in an emphasis container, the quote in italics. */
    private static ObjectNode quoted(RecommendationView.Quoted quoted) {
        ObjectNode container = JSON.createObjectNode().put("type", "Container").put("style", "emphasis");
        ArrayNode items = container.putArray("items");
        items.add(text(quoted.statement()));
        ObjectNode rich = items.addObject().put("type", "RichTextBlock");
        rich.putArray("inlines").addObject().put("type", "TextRun").put("text", quoted.quote()).put("italic", true)
                .put("isSubtle", true);
        return container;
    }

    private static ObjectNode bullets(List<String> lines) {
        return markdown(lines.stream().map(line -> "- " + escaped(line)).collect(Collectors.joining("\n")));
    }

    static ObjectNode card() {
        ObjectNode card = JSON.createObjectNode();
        card.put("$schema", SCHEMA).put("type", "AdaptiveCard").put("version", "1.5");
        card.putArray("body");
        return card;
    }

    /** A TextBlock showing {@code text} as it is written (see {@link #escaped}). */
    static ObjectNode text(String text) {
        return markdown(escaped(text));
    }

    private static ObjectNode markdown(String markdown) {
        return JSON.createObjectNode().put("type", "TextBlock").put("text", markdown).put("wrap", true);
    }

    static ObjectNode heading(String text) {
        return text(text).put("size", "Large").put("weight", "Bolder").put("style", "heading");
    }

    static ObjectNode subheading(String text) {
        return text(text).put("weight", "Bolder").put("spacing", "Medium");
    }

    /**
     * Facts as label-over-value lines (status, cases, transcripts, the case on a decision card): in a FactSet
     * Web Chat gives the labels a narrow column and breaks them mid-word ("Recommendati-on", "Consider-ed for
     * a Serious Case Review", board names); a line of its own keeps a label whole, and both wrap at spaces.
     */
    static void stacked(ArrayNode body, List<Fact> facts) {
        for (Fact fact : facts) {
            body.add(text(fact.label()).put("weight", "Bolder").put("spacing", "Medium"));
            body.add(text(fact.value()).put("spacing", "None"));
        }
    }

    static ObjectNode factSet(List<Fact> facts) {
        ObjectNode set = JSON.createObjectNode().put("type", "FactSet");
        ArrayNode items = set.putArray("facts");
        facts.forEach(fact -> items.addObject().put("title", escaped(fact.label())).put("value", escaped(fact.value())));
        return set;
    }

    /**
     * A choice's title that hosts must not read as a Markdown list (Web Chat rendered "2. Case reference" as a
     * one-item numbered list, shown as "1."; Teams shows the title as written, so nothing is escaped): a no-break
     * space after the marker keeps it plain text (in CommonMark a list marker needs an ordinary space or a tab after
     * it) and looks the same. Text Teams reads as Markdown is {@link #escaped}.
     */
    static String literal(String text) {
        return LIST_MARKER.matcher(text).replaceFirst("$1\u00A0");
    }

    /**
     * Text for a field Teams reads as Markdown (a TextBlock, a fact), shown as it was written: a backslash before
     * each character of emphasis, code, a link or HTML and before a line's heading or quotation mark, each line's
     * list marker kept from making a list (as {@link #literal}), each web address a link to itself
     * ({@link #linked}), and a line break within a paragraph doubled (Markdown joins lines no blank line parts, so a
     * question typed on three lines was shown on one). What people type reaches cards in reasons, questions and
     * answers, requests and findings: in the Microsoft 365 Agents Playground a typed "[notes](https://…)" became a
     * link, "_police_" italics, and "&lt;2 weeks&gt;" vanished. CommonMark shows an escaped character as itself.
     */
    static String escaped(String text) {
        String escaped = LINE_BLOCK_MARKER.matcher(linked(text)).replaceAll("$1\\\\$2");
        return LINE_LIST_MARKER.matcher(escaped).replaceAll("$1\u00A0")
                .replace("\r\n", "\n").replaceAll("(?<!\n)\n(?!\n)", "\n\n");
    }

    /**
     * The text with {@link #MARKUP} escaped, and each web address in it a link to itself, made here: left to the
     * renderer, an address's escaped "_" and "~" went into the link (in Web Chat, a SharePoint address's
     * "/_layouts/" opened "/%5C_layouts/"), and so did the stop or quotation mark after it.
     */
    private static String linked(String text) {
        StringBuilder linked = new StringBuilder();
        Matcher address = WEB_ADDRESS.matcher(text);
        int from = 0;
        while (address.find()) {
            int end = address.end();
            if (end < text.length() && text.charAt(end) == ')' && opensMore(address.group())) {
                end++;
            }
            String link = text.substring(address.start(), end);
            linked.append(unmarked(text.substring(from, address.start())))
                    .append('[').append(unmarked(link)).append("](")
                    .append(link.replace("(", "%28").replace(")", "%29")).append(')');
            from = end;
        }
        return linked.append(unmarked(text.substring(from))).toString();
    }

    private static String unmarked(String text) {
        return MARKUP.matcher(text).replaceAll("\\\\$0");
    }

    /** An address with more opening brackets than closing ones: the closing bracket after it is its own. */
    private static boolean opensMore(String address) {
        return address.chars().filter(c -> c == '(').count() > address.chars().filter(c -> c == ')').count();
    }

    /**
     * The buttons in ActionSets in the body, never among the card's own actions: Microsoft's Universal Actions
     * guidance says some older Teams clients ignore an Action.Execute's fallback unless it is in an ActionSet.
     * At most {@value #MAX_ACTIONS} to a set, the most renderers show (Teams hides a 7th behind "...").
     */
    private static void actionSets(ArrayNode body, List<Choice> choices, String verb) {
        for (int from = 0; from < choices.size(); from += MAX_ACTIONS) {
            ObjectNode set = body.addObject().put("type", "ActionSet");
            ArrayNode actions = set.putArray("actions");
            choices.subList(from, Math.min(choices.size(), from + MAX_ACTIONS))
                    .forEach(choice -> actions.add(execute(choice, verb)));
        }
    }

    static ObjectNode attention(String text) {
        return text(text).put("color", "Attention").put("weight", "Bolder");
    }

    /** An Action.Execute with its Action.Submit fallback; both send {"payload": ...}. Send to the Chair is positive. */
    static ObjectNode execute(Choice choice, String verb) {
        ObjectNode action = JSON.createObjectNode().put("type", "Action.Execute").put("title", choice.label())
                .put("verb", verb);
        action.putObject("data").put("payload", choice.payload());
        ObjectNode fallback = action.putObject("fallback").put("type", "Action.Submit").put("title", choice.label());
        fallback.putObject("data").put("payload", choice.payload());
        if (choice.runs(Command.SUBMIT)) {
            // The one primary button of the conversation: "Start again" beside it must not look the same.
            action.put("style", "positive");
            fallback.put("style", "positive");
        }
        return action;
    }

    /**
     * The card for a host without Universal Actions (Web Chat, the Emulator, Direct Line): a copy with every
     * {@code Action.Execute} replaced by its {@code Action.Submit} fallback, which sends the same data, and every
     * people picker, which only Teams has, by a one-line Input.Text for the person's id.
     */
    static JsonNode submitOnly(JsonNode card) {
        if (card.isObject() && "Action.Execute".equals(card.path("type").asText()) && card.path("fallback").isObject()) {
            return submitOnly(card.get("fallback"));
        }
        if (card.isObject() && card.has(StepFormCards.PEOPLE)) {
            ObjectNode text = JSON.createObjectNode().put("type", "Input.Text");
            for (String kept : List.of("id", "label", "isRequired", "errorMessage", "value")) {
                Optional.ofNullable(card.get(kept)).ifPresent(value -> text.set(kept, value));
            }
            return text.put("maxLength", StepFormCards.MAX_PERSON);
        }
        if (card.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            card.fields().forEachRemaining(field -> copy.set(field.getKey(), submitOnly(field.getValue())));
            return copy;
        }
        if (card.isArray()) {
            ArrayNode copy = JSON.createArrayNode();
            card.forEach(item -> copy.add(submitOnly(item)));
            return copy;
        }
        return card;
    }

    /** Size in bytes of the card as sent (UTF-8 JSON). */
    static int size(JsonNode card) {
        return card.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }
}
