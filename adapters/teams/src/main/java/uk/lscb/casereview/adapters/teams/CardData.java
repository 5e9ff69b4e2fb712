package uk.lscb.casereview.adapters.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Serialization;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import uk.lscb.casereview.core.actions.ActionCodec;
import uk.lscb.casereview.core.actions.ButtonAction;

/** The data of a card action: its payload, and the other values (the card's inputs) as strings. */
record CardData(Optional<String> payload, Map<String, String> inputs) {
    static CardData of(Object value) {
        if (value == null) {
            return new CardData(Optional.empty(), Map.of());
        }
        JsonNode node = value instanceof JsonNode json ? json : Serialization.objectToTree(value);
        if (node == null || !node.isObject()) {
            return new CardData(Optional.empty(), Map.of());
        }
        Map<String, String> inputs = new LinkedHashMap<>();
        Optional<String> payload = Optional.empty();
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!field.getValue().isValueNode() || field.getValue().isNull()) {
                continue;
            }
            if (field.getKey().equals("payload")) {
                payload = Optional.of(field.getValue().asText()).filter(text -> !text.isBlank());
            } else {
                inputs.put(field.getKey(), field.getValue().asText());
            }
        }
        // The summary card's one Change button stands for the answer chosen in its list.
        if (payload.flatMap(ActionCodec::decode).filter(ButtonAction.ChangeChosen.class::isInstance).isPresent()) {
            String chosen = payload.get();
            payload = Optional.ofNullable(inputs.remove(TeamsCards.CHANGE_INPUT)).filter(text -> !text.isBlank())
                    .or(() -> Optional.of(chosen));
        }
        return new CardData(payload, DecisionCards.sentForm(inputs));
    }
}
