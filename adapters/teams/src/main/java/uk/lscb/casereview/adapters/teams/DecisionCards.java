package uk.lscb.casereview.adapters.teams;

import static uk.lscb.casereview.adapters.teams.TeamsCards.DETAILS;
import static uk.lscb.casereview.adapters.teams.TeamsCards.FORM_SEPARATOR;
import static uk.lscb.casereview.adapters.teams.TeamsCards.JSON;
import static uk.lscb.casereview.adapters.teams.TeamsCards.VERB_CASE;
import static uk.lscb.casereview.adapters.teams.TeamsCards.attention;
import static uk.lscb.casereview.adapters.teams.TeamsCards.card;
import static uk.lscb.casereview.adapters.teams.TeamsCards.execute;
import static uk.lscb.casereview.adapters.teams.TeamsCards.factSet;
import static uk.lscb.casereview.adapters.teams.TeamsCards.heading;
import static uk.lscb.casereview.adapters.teams.TeamsCards.reasons;
import static uk.lscb.casereview.adapters.teams.TeamsCards.stacked;
import static uk.lscb.casereview.adapters.teams.TeamsCards.subheading;
import static uk.lscb.casereview.adapters.teams.TeamsCards.text;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.lscb.casereview.core.actions.ActionCodec;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.actions.DecisionVerb;
import uk.lscb.casereview.core.cases.CaseLifecycle;
import uk.lscb.casereview.core.cases.DecisionCard;
import uk.lscb.casereview.core.conversation.RecommendationView;
import uk.lscb.casereview.core.messages.Choice;
import uk.lscb.casereview.core.rules.Outcome;
import uk.lscb.casereview.core.rules.Recommendation;

/**
 * The Chair's decision card as an Adaptive Card, built from {@link TeamsCards}' pieces: the case, its reasons and
 * answers behind a toggle, and one form per outcome the Chair may decide (each with only the inputs that outcome
 * needs) and one to ask for more information; and how the server reads back the form that was sent.
 */
final class DecisionCards {
    private DecisionCards() {
    }

    /** The Chair's decision card; {@code notice} is a message for the person who just acted on it. */
    static ObjectNode decision(DecisionCard decision, Optional<String> notice) {
        return decision(decision, notice, Map.of(), Optional.empty());
    }

    /**
     * The decision card as it comes back after a refused action: every value the Chair typed or chose is kept,
     * and the refusal stands directly under the input it names (at the top when it names none on the card).
     * The typed values are only rendered back, never stored.
     */
    static ObjectNode refused(DecisionCard decision, String refusal, Optional<String> input, Map<String, String> typed) {
        Optional<String> under = input.filter(id -> decision.inputs().stream().anyMatch(shown -> shown.id().equals(id)));
        return decision(decision, under.isPresent() ? Optional.empty() : Optional.of(refusal), typed,
                under.map(id -> Map.entry(id, refusal)));
    }

    private static ObjectNode decision(DecisionCard decision, Optional<String> notice, Map<String, String> typed,
                                       Optional<Map.Entry<String, String>> refusalUnder) {
        ObjectNode card = card();
        ArrayNode body = (ArrayNode) card.get("body");
        notice.filter(text -> !text.isBlank()).ifPresent(text -> body.add(attention(text)));
        body.add(heading(decision.title()));
        decision.decided().ifPresent(line -> body.add(text(line).put("weight", "Bolder").put("color", "Good")));
        stacked(body, decision.facts());
        details(body, decision);
        if (decision.decided().isEmpty()) {
            body.add(text(RecommendationView.advice(decision.recommendation())).put("isSubtle", true));
            body.add(subheading("Your decision"));
            List<Form> forms = forms(decision);
            // The form the refusal came from stays open, holding what was typed; the others stay one press away.
            Optional<String> open = Optional.ofNullable(typed.get(DecisionCard.OUTCOME))
                    .or(() -> refusalUnder.map(Map.Entry::getKey).filter(DecisionCard.REQUEST::equals)
                            .map(id -> MORE_INFORMATION_FORM))
                    .or(() -> refusalUnder.map(Map.Entry::getKey).filter(DecisionCard.REASON::equals)
                            .filter(id -> byPartner(decision)).map(id -> DISAGREE_FORM))
                    .filter(key -> forms.stream().anyMatch(form -> form.key().equals(key)));
            for (Form form : forms) {
                boolean opened = open.filter(form.key()::equals).isPresent();
                if (form.inWords() && !opened) {
                    body.add(text(form.what()).put("spacing", "Medium"));
                }
                if (opened) {
                    ObjectNode container = body.addObject().put("type", "Container").put("style", "emphasis");
                    ArrayNode items = container.putArray("items");
                    items.add(subheading(form.submit().label()));
                    form.fill(items, typed, refusalUnder, false);
                } else {
                    ObjectNode showCard = JSON.createObjectNode().put("type", "Action.ShowCard")
                            .put("title", form.inWords() ? form.verb() : form.submit().label());
                    ArrayNode items = showCard.putObject("card").put("type", "AdaptiveCard").putArray("body");
                    if (form.inWords()) {
                        items.add(subheading(form.submit().label()));
                    }
                    form.fill(items, typed, Optional.empty(), true);
                    ObjectNode set = body.addObject().put("type", "ActionSet");
                    if (form.inWords()) {
                        set.put("spacing", "Small");
                    }
                    set.putArray("actions").add(showCard);
                }
            }
        }
        TeamsCards.pageLink(body, decision.page());
        return card;
    }

    /**
     * The forms of a card awaiting the decision: one per outcome the Chair may decide (the recommendation first), then
     * asking for more information.
     */
    private static List<Form> forms(DecisionCard decision) {
        Map<String, DecisionCard.Input> byId = new java.util.LinkedHashMap<>();
        decision.inputs().forEach(input -> byId.put(input.id(), input));
        if (byPartner(decision)) {
            return partnerForms(decision, byId);
        }
        Recommendation rec = decision.recommendation();
        List<Outcome> outcomes = new ArrayList<>();
        java.util.stream.Stream.concat(java.util.stream.Stream.of(rec.outcome()), rec.fallbackOutcome().stream())
                .filter(Outcome::decidable).forEach(outcomes::add);
        Optional.ofNullable(byId.get(DecisionCard.OUTCOME)).ifPresent(list -> list.options().stream()
                .map(option -> Outcome.valueOf(option.payload())).filter(outcome -> !outcomes.contains(outcome))
                .forEach(outcomes::add));
        List<Form> forms = new ArrayList<>();
        String decide = decision.button(DecisionVerb.DECIDE).orElseThrow().payload();
        for (Outcome outcome : outcomes) {
            List<DecisionCard.Input> inputs = CaseLifecycle.inputsNeeded(rec, outcome).stream().map(byId::get)
                    .filter(java.util.Objects::nonNull).toList();
            String label = "Decide: " + outcome.label() + (outcome == rec.outcome() ? " (recommended)" : "");
            forms.add(new Form(outcome.name(), inputs, new Choice(label, decide), Optional.of(outcome.name())));
        }
        Optional<String> ask = decision.button(DecisionVerb.MORE_INFORMATION).map(ButtonAction::payload);
        decision.actions().stream().filter(action -> ask.filter(action.payload()::equals).isPresent()).findFirst()
                .ifPresent(action ->
                forms.add(new Form(MORE_INFORMATION_FORM, Optional.ofNullable(byId.get(DecisionCard.REQUEST)).stream()
                        .toList(), action, Optional.empty())));
        return forms;
    }

    /** A safeguarding partner's card: its buttons are Agree and Disagree. */
    private static boolean byPartner(DecisionCard decision) {
        return decision.actions().stream().map(action -> ActionCodec.decode(action.payload()))
                .anyMatch(action -> action.filter(ButtonAction.Decision.class::isInstance)
                        .map(pressed -> ((ButtonAction.Decision) pressed).verb().byPartner()).orElse(false));
    }

    /**
     * A safeguarding partner's forms, one per button of the card: Agree (nothing to fill in) and Disagree (the reason,
     * required).
     */
    private static List<Form> partnerForms(DecisionCard decision, Map<String, DecisionCard.Input> byId) {
        List<Form> forms = new ArrayList<>();
        for (Choice action : decision.actions()) {
            boolean disagree = ActionCodec.decode(action.payload()).filter(ButtonAction.Decision.class::isInstance)
                    .map(pressed -> ((ButtonAction.Decision) pressed).verb() == DecisionVerb.DISAGREE).orElse(false);
            forms.add(new Form(disagree ? DISAGREE_FORM : AGREE_FORM, disagree
                    ? Optional.ofNullable(byId.get(DecisionCard.REASON)).stream().toList() : List.of(), action,
                    Optional.empty()));
        }
        return forms;
    }

    /** The keys of a safeguarding partner's two forms. */
    static final String AGREE_FORM = "agree";
    static final String DISAGREE_FORM = "disagree";

    /**
     * The Chair's typed values as the server reads them: an input of the form that was sent keeps its own id, and the
     * inputs of the card's other forms (which hosts send along) are dropped.
     */
    static Map<String, String> sentForm(Map<String, String> values) {
        Optional<String> outcome = Optional.ofNullable(values.get(DecisionCard.OUTCOME));
        Map<String, String> sent = new java.util.LinkedHashMap<>();
        values.forEach((id, value) -> {
            int at = id.indexOf(FORM_SEPARATOR);
            if (at < 0) {
                sent.putIfAbsent(id, value);
            } else if (outcome.filter(id.substring(at + 1)::equals).isPresent()) {
                sent.put(id.substring(0, at), value);
            }
        });
        return sent;
    }

    /** The key of the request-for-more-information form among the decision card's forms. */
    static final String MORE_INFORMATION_FORM = "more-info";

    /**
     * One of the decision card's forms: deciding one outcome (only the inputs that outcome needs, by
     * {@link CaseLifecycle#inputsNeeded}) or asking for more information, with the button that sends it. Adaptive
     * Cards cannot hide an input by another input's value, so each outcome has its own form behind an
     * Action.ShowCard (which also keeps a host's check of the required inputs to that form); the server still checks
     * every rule.
     */
    private record Form(String key, List<DecisionCard.Input> inputs, Choice submit, Optional<String> outcome) {
        private static final String VERB_END = ": ";

        /**
         * A form whose button would be "Verb: what" (an outcome to decide or agree to) is the what in words that wrap,
         * above a button with the verb that opens the form: hosts never wrap a button's title, and Teams cut
         * "Decide: No learning review is indicated by the criteria" at the button's width.
         */
        boolean inWords() {
            return submit.label().contains(VERB_END);
        }

        String verb() {
            return submit.label().substring(0, submit.label().indexOf(VERB_END));
        }

        String what() {
            return submit.label().substring(submit.label().indexOf(VERB_END) + VERB_END.length());
        }

        String idOf(DecisionCard.Input input) {
            return outcome.map(name -> input.id() + FORM_SEPARATOR + name).orElse(input.id());
        }

        /**
         * The form's inputs and its button. {@code hostChecks}: the inputs this outcome needs are marked required, for
         * the host to ask for before sending; only in a form of its own (a ShowCard's card). A host checks every input
         * of the card a button is in and of the cards around it, so a required input in the card's body (a refused
         * form, open) would stop every other form's button until it was filled in.
         */
        void fill(ArrayNode items, Map<String, String> typed, Optional<Map.Entry<String, String>> refusalUnder,
                  boolean hostChecks) {
            if (inputs.isEmpty()) {
                items.add(text(key.equals(AGREE_FORM) ? "Nothing more is needed: press the button to agree."
                        : "Nothing more is needed: press the button to decide.").put("isSubtle", true));
            }
            for (DecisionCard.Input input : inputs) {
                int at = items.size();
                input(items, input, Optional.ofNullable(typed.get(input.id())),
                        refusalUnder.filter(refusal -> refusal.getKey().equals(input.id())).map(Map.Entry::getValue));
                ObjectNode node = (ObjectNode) items.get(at);
                node.put("id", idOf(input));
                if (hostChecks && (input.kind() == DecisionCard.Input.Kind.TEXT
                        || input.kind() == DecisionCard.Input.Kind.MULTILINE)) {
                    // Needed by this outcome: the host asks for it before sending; the server checks it too.
                    node.put("isRequired", true);
                    if (!node.has("errorMessage")) {
                        node.put("errorMessage", "Please fill in: " + input.label() + ".");
                    }
                }
            }
            ObjectNode button = execute(inWords() ? new Choice(verb(), submit.payload()) : submit, VERB_CASE);
            outcome.ifPresent(name -> {
                ((ObjectNode) button.get("data")).put(DecisionCard.OUTCOME, name);
                ((ObjectNode) button.get("fallback").get("data")).put(DecisionCard.OUTCOME, name);
            });
            items.addObject().put("type", "ActionSet").putArray("actions").add(button);
        }
    }

    /**
     * The reasons and the answers, collapsed behind a "Show details" toggle so that the card stays short and the
     * Chair's inputs and buttons sit near its top (Action.ToggleVisibility needs no round trip).
     */
    private static void details(ArrayNode body, DecisionCard decision) {
        ObjectNode container = JSON.createObjectNode().put("type", "Container").put("id", DETAILS)
                .put("isVisible", false);
        ArrayNode items = container.putArray("items");
        reasons(items, RecommendationView.of(decision.recommendation(), decision.answers()));
        if (!decision.answers().isEmpty()) {
            items.add(subheading("Answers given by the referrer"));
            items.add(factSet(decision.answers()));
        }
        if (items.isEmpty()) {
            return;
        }
        ObjectNode toggle = body.addObject().put("type", "ActionSet");
        ObjectNode action = toggle.putArray("actions").addObject().put("type", "Action.ToggleVisibility")
                .put("title", "Show details: why, and the answers");
        action.putArray("targetElements").add(DETAILS);
        body.add(container);
    }

    /** One of the Chair's inputs, holding {@code typed} if the Chair had typed or chosen it, and a refusal under it. */
    private static void input(ArrayNode body, DecisionCard.Input input, Optional<String> typed,
                              Optional<String> refusal) {
        ObjectNode node = JSON.createObjectNode();
        switch (input.kind()) {
            case CHOICE -> {
                node.put("type", "Input.ChoiceSet").put("id", input.id()).put("label", input.label())
                        .put("style", "compact").put("isMultiSelect", false).put("placeholder", "Choose an outcome");
                ArrayNode choices = node.putArray("choices");
                input.options().forEach(option -> choices.addObject().put("title", option.label())
                        .put("value", option.payload()));
                typed.filter(value -> input.options().stream().anyMatch(option -> option.payload().equals(value)))
                        .ifPresent(value -> node.put("value", value));
            }
            case TEXT -> node.put("type", "Input.Text").put("id", input.id()).put("label", input.label());
            case MULTILINE -> node.put("type", "Input.Text").put("id", input.id()).put("label", input.label())
                    .put("isMultiline", true).put("maxLength", 4000);
            case CHECKBOX -> node.put("type", "Input.Toggle").put("id", input.id()).put("title", input.label())
                    .put("valueOn", "true").put("valueOff", "false")
                    .put("value", typed.filter("true"::equals).orElse("false")).put("wrap", true);
        }
        if (input.kind() == DecisionCard.Input.Kind.TEXT || input.kind() == DecisionCard.Input.Kind.MULTILINE) {
            typed.filter(value -> !value.isEmpty()).ifPresent(value -> node.put("value", value));
        }
        refusal.ifPresent(text -> node.put("errorMessage", text));
        body.add(node);
        refusal.ifPresent(text -> body.add(attention(text).put("spacing", "Small")));
        // A hint is a line under its input, never a placeholder: hosts cut a placeholder at the input's width.
        if (!input.hint().isBlank()) {
            body.add(text(input.hint()).put("isSubtle", true).put("size", "Small").put("spacing", "Small"));
        }
    }
}
