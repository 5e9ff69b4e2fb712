package uk.lscb.casereview.adapters.slack;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.slack.api.model.view.ViewState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.lscb.casereview.core.actions.ActionCodec;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.actions.DecisionVerb;
import uk.lscb.casereview.core.cases.CaseLifecycle;
import uk.lscb.casereview.core.cases.DecisionCard;
import uk.lscb.casereview.core.messages.StepField;
import uk.lscb.casereview.core.rules.Outcome;
import uk.lscb.casereview.core.rules.Recommendation;

/**
 * The Slack side of a decision card's actions: which inputs a modal shows for each verb, what goes in
 * its private_metadata, how the submitted state becomes the card's input values, and which input a
 * refusal is about (so it is shown beside that input). What the inputs mean is the core's business.
 */
final class CardActions {
    private static final Gson GSON = new Gson();
    /** The element of a field of several choices; tick boxes send their selected options too. */
    private static final String MULTI_SELECT = "multi_static_select";
    /** The label of the card's decide button on Slack, and the heading of the modal it opens. */
    static final String CHOOSE_ANOTHER = "Choose another outcome";

    private CardActions() {
    }

    /** Where the modal came from: the action (its payload, as the button had it) and the message holding the card. */
    record Origin(String payload, String channel, String ts) {
        /** The action that opened the modal, if its payload is one that changes a case. */
        Optional<ButtonAction.CaseChange> action() {
            return ActionCodec.decode(payload).filter(ButtonAction.CaseChange.class::isInstance)
                    .map(ButtonAction.CaseChange.class::cast);
        }

        String toJson() {
            JsonObject json = new JsonObject();
            json.addProperty("payload", payload);
            json.addProperty("channel", channel);
            json.addProperty("ts", ts);
            return GSON.toJson(json);
        }

        static Optional<Origin> fromJson(String metadata) {
            try {
                JsonObject json = GSON.fromJson(metadata, JsonObject.class);
                if (json == null || !json.has("payload")) {
                    return Optional.empty();
                }
                return Optional.of(new Origin(json.get("payload").getAsString(),
                        json.has("channel") ? json.get("channel").getAsString() : "",
                        json.has("ts") ? json.get("ts").getAsString() : ""));
            } catch (JsonParseException | IllegalStateException | UnsupportedOperationException unreadable) {
                return Optional.empty();
            }
        }
    }

    /** What a modal for one verb shows: heading, submit label, inputs, and which must be filled. */
    record ModalPlan(String heading, String submit, List<DecisionCard.Input> inputs, List<String> required) {
    }

    /**
     * The inputs a verb needs on this card; empty for a Confirm that needs nothing more, or a partner's Agree (taken
     * straight from the button); a partner's Disagree asks for the reason. The decide modal shows the outcome list alone until an outcome is chosen.
     */
    static Optional<ModalPlan> plan(DecisionCard card, DecisionVerb verb) {
        return plan(card, verb, Optional.empty());
    }

    /** As {@link #plan(DecisionCard, DecisionVerb)}, the decide modal showing the inputs this chosen outcome needs. */
    static Optional<ModalPlan> plan(DecisionCard card, DecisionVerb verb, Optional<Outcome> chosen) {
        Recommendation rec = card.recommendation();
        if (verb == DecisionVerb.CONFIRM) {
            List<String> ids = CaseLifecycle.inputsNeeded(rec, rec.outcome());
            if (ids.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new ModalPlan("Confirm: " + rec.outcome().label(), "Confirm", inputs(card, ids), ids));
        }
        if (verb == DecisionVerb.AGREE) {
            return Optional.empty();
        }
        if (verb == DecisionVerb.DISAGREE) {
            List<String> ids = List.of(DecisionCard.REASON);
            return Optional.of(new ModalPlan(DecisionCard.DISAGREE_LABEL, "Disagree", inputs(card, ids), ids));
        }
        if (verb == DecisionVerb.MORE_INFORMATION) {
            List<String> ids = List.of(DecisionCard.REQUEST);
            return Optional.of(new ModalPlan("Ask the referrer for more information", "Send request",
                    inputs(card, ids), ids));
        }
        List<String> ids = new ArrayList<>(List.of(DecisionCard.OUTCOME));
        chosen.ifPresent(outcome -> ids.addAll(CaseLifecycle.inputsNeeded(rec, outcome)));
        // The card's hint on the outcome list names the card's button; in the modal the list is submitted with Decide.
        List<DecisionCard.Input> inputs = inputs(card, ids).stream().map(input -> input.id().equals(DecisionCard.OUTCOME)
                ? new DecisionCard.Input(input.id(), input.label(), input.kind(), input.options(),
                "The form shows what this outcome needs once it is chosen.") : input).toList();
        return Optional.of(new ModalPlan(CHOOSE_ANOTHER, "Decide", inputs, ids));
    }

    /** The outcome chosen in a modal's outcome list, if one is. */
    static Optional<Outcome> chosenOutcome(Map<String, String> values) {
        String chosen = values.get(DecisionCard.OUTCOME);
        return java.util.Arrays.stream(Outcome.values()).filter(outcome -> outcome.name().equals(chosen)).findFirst();
    }

    private static List<DecisionCard.Input> inputs(DecisionCard card, List<String> ids) {
        List<DecisionCard.Input> chosen = new ArrayList<>();
        for (String id : ids) {
            card.inputs().stream().filter(input -> input.id().equals(id)).findFirst().ifPresent(chosen::add);
        }
        return chosen;
    }

    /**
     * The submitted values, keyed by input id (block id = action id = input id); a ticked box is "true", a date
     * picker's date yyyy-MM-dd, a users_select's user id, a multi_static_select's values separated by commas.
     */
    static Map<String, String> values(Map<String, Map<String, ViewState.Value>> state) {
        Map<String, String> values = new HashMap<>();
        if (state == null) {
            return values;
        }
        state.forEach((blockId, actions) -> {
            if (actions != null) {
                actions.forEach((actionId, value) -> valueOf(value).ifPresent(given -> values.put(actionId, given)));
            }
        });
        return values;
    }

    /** What one input holds, if anything (a block, an input or an option Slack sent without it holds nothing). */
    private static Optional<String> valueOf(ViewState.Value value) {
        if (value == null) {
            return Optional.empty();
        }
        if (value.getSelectedOption() != null) {
            return Optional.ofNullable(value.getSelectedOption().getValue());
        }
        if (value.getSelectedOptions() != null && MULTI_SELECT.equals(value.getType())) {
            return Optional.of(value.getSelectedOptions().stream().filter(option -> option != null
                    && option.getValue() != null).map(ViewState.SelectedOption::getValue)
                    .collect(Collectors.joining(StepField.SEPARATOR)));
        }
        if (value.getSelectedOptions() != null) {
            return Optional.of(value.getSelectedOptions().stream().anyMatch(option -> option != null
                    && "true".equals(option.getValue())) ? "true" : "false");
        }
        if (value.getSelectedUser() != null) {
            return Optional.of(value.getSelectedUser());
        }
        if (value.getSelectedDate() != null) {
            return Optional.of(value.getSelectedDate());
        }
        return Optional.ofNullable(value.getValue());
    }
}
