package uk.lscb.casereview.adapters.slack;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Block Kit's documented limits, checked on the JSON Slack would receive (chat.postMessage / chat.update
 * bodies and views.open views). Every violation is listed with where it is, so one failing surface says
 * everything wrong with it. A block or element type this checker does not know is itself a violation:
 * whoever renders a new kind adds its limits here.
 *
 * <p>Sources: Slack's Block Kit reference (blocks, block elements, composition objects, views): header
 * text 150; section text 3000 and fields 10 × 2000; context elements 10; actions elements 25; input
 * label and hint 2000; button text 75, value 2000, url 3000; action_id and block_id 255; option text 75,
 * value 150, description 75; static select and multi-select 100 options (a multi-select's initial options among
 * them), checkboxes 10; placeholders 150; a date picker's initial
 * date YYYY-MM-DD; plain-text input
 * min/max length 0–3000 with an initial value within the maximum; 50 blocks a message, 100 a modal;
 * modal title, submit and close 24; private_metadata 3000; callback_id and external_id 255; a message's
 * fallback text at most 4000 (Slack's advice; it truncates at 40000).
 */
final class BlockKitLimits {
    static final int MESSAGE_BLOCKS = 50;
    static final int MODAL_BLOCKS = 100;

    enum Surface { MESSAGE, MODAL }

    private final List<String> violations = new ArrayList<>();
    private final Set<String> blockIds = new HashSet<>();
    private final Set<String> actionIds = new HashSet<>();

    private BlockKitLimits() {
    }

    /** Every limit the surface breaks; empty when Slack would take it. */
    static List<String> violations(JsonObject surface, Surface kind) {
        BlockKitLimits check = new BlockKitLimits();
        check.surface(surface, kind);
        return check.violations;
    }

    private void surface(JsonObject surface, Surface kind) {
        JsonArray blocks = surface.has("blocks") ? surface.getAsJsonArray("blocks") : new JsonArray();
        if (kind == Surface.MESSAGE) {
            max("blocks", blocks.size(), MESSAGE_BLOCKS);
            if (surface.has("text")) {
                length("text", surface.get("text").getAsString(), 1, 4000);
            }
        } else {
            max("blocks", blocks.size(), MODAL_BLOCKS);
            require(surface, "title", "view");
            plainText("title", surface.getAsJsonObject("title"), 24);
            boolean inputs = false;
            for (JsonElement block : blocks) {
                inputs |= type(block.getAsJsonObject()).equals("input");
            }
            if (inputs) {
                require(surface, "submit", "a view with input blocks");
            }
            if (surface.has("submit")) {
                plainText("submit", surface.getAsJsonObject("submit"), 24);
            }
            if (surface.has("close")) {
                plainText("close", surface.getAsJsonObject("close"), 24);
            }
            optionalLength(surface, "private_metadata", "private_metadata", 3000);
            optionalLength(surface, "callback_id", "callback_id", 255);
            optionalLength(surface, "external_id", "external_id", 255);
        }
        for (int i = 0; i < blocks.size(); i++) {
            block("blocks[" + i + "]", blocks.get(i).getAsJsonObject(), kind);
        }
    }

    private void block(String at, JsonObject block, Surface kind) {
        if (block.has("block_id")) {
            String id = block.get("block_id").getAsString();
            length(at + ".block_id", id, 1, 255);
            if (!blockIds.add(id)) {
                violations.add(at + ".block_id '" + id + "' is not unique");
            }
        }
        String type = type(block);
        switch (type) {
            case "divider" -> { }
            case "header" -> plainText(at + ".text", block.getAsJsonObject("text"), 150);
            case "section" -> {
                if (!block.has("text") && !block.has("fields")) {
                    violations.add(at + ": a section needs text or fields");
                }
                if (block.has("text")) {
                    text(at + ".text", block.getAsJsonObject("text"), 3000);
                }
                if (block.has("fields")) {
                    JsonArray fields = block.getAsJsonArray("fields");
                    count(at + ".fields", fields.size(), 1, 10);
                    for (int i = 0; i < fields.size(); i++) {
                        text(at + ".fields[" + i + "]", fields.get(i).getAsJsonObject(), 2000);
                    }
                }
                if (block.has("accessory")) {
                    element(at + ".accessory", block.getAsJsonObject("accessory"));
                }
            }
            case "context" -> {
                JsonArray elements = block.getAsJsonArray("elements");
                count(at + ".elements", elements.size(), 1, 10);
                for (int i = 0; i < elements.size(); i++) {
                    text(at + ".elements[" + i + "]", elements.get(i).getAsJsonObject(), 3000);
                }
            }
            case "actions" -> {
                JsonArray elements = block.getAsJsonArray("elements");
                count(at + ".elements", elements.size(), 1, 25);
                for (int i = 0; i < elements.size(); i++) {
                    element(at + ".elements[" + i + "]", elements.get(i).getAsJsonObject());
                }
            }
            case "input" -> {
                if (kind != Surface.MODAL) {
                    violations.add(at + ": input blocks belong in modals");
                }
                plainText(at + ".label", block.getAsJsonObject("label"), 2000);
                if (block.has("hint")) {
                    plainText(at + ".hint", block.getAsJsonObject("hint"), 2000);
                }
                require(block, "element", at);
                if (block.has("element")) {
                    element(at + ".element", block.getAsJsonObject("element"));
                }
            }
            default -> violations.add(at + ": block type '" + type + "' has no limits in this checker");
        }
    }

    private void element(String at, JsonObject element) {
        if (element.has("action_id")) {
            String id = element.get("action_id").getAsString();
            length(at + ".action_id", id, 1, 255);
            if (!actionIds.add(id)) {
                violations.add(at + ".action_id '" + id + "' is not unique");
            }
        }
        String type = type(element);
        switch (type) {
            case "button" -> {
                plainText(at + ".text", element.getAsJsonObject("text"), 75);
                optionalLength(element, "value", at + ".value", 2000);
                optionalLength(element, "url", at + ".url", 3000);
                optionalLength(element, "accessibility_label", at + ".accessibility_label", 75);
            }
            case "static_select" -> {
                if (element.has("placeholder")) {
                    plainText(at + ".placeholder", element.getAsJsonObject("placeholder"), 150);
                }
                options(at, element, 100);
                if (element.has("initial_option")) {
                    option(at + ".initial_option", element.getAsJsonObject("initial_option"));
                }
            }
            case "multi_static_select" -> {
                if (element.has("placeholder")) {
                    plainText(at + ".placeholder", element.getAsJsonObject("placeholder"), 150);
                }
                options(at, element, 100);
                if (element.has("initial_options")) {
                    JsonArray initial = element.getAsJsonArray("initial_options");
                    for (int i = 0; i < initial.size(); i++) {
                        option(at + ".initial_options[" + i + "]", initial.get(i).getAsJsonObject());
                        if (!element.getAsJsonArray("options").contains(initial.get(i))) {
                            violations.add(at + ".initial_options[" + i + "] is none of the options");
                        }
                    }
                }
            }
            case "checkboxes" -> options(at, element, 10);
            case "datepicker" -> {
                if (element.has("placeholder")) {
                    plainText(at + ".placeholder", element.getAsJsonObject("placeholder"), 150);
                }
                if (element.has("initial_date")
                        && !element.get("initial_date").getAsString().matches("\\d{4}-\\d{2}-\\d{2}")) {
                    violations.add(at + ".initial_date '" + element.get("initial_date").getAsString()
                            + "' is not YYYY-MM-DD");
                }
            }
            case "users_select" -> {
                if (element.has("placeholder")) {
                    plainText(at + ".placeholder", element.getAsJsonObject("placeholder"), 150);
                }
                if (element.has("initial_user")
                        && !element.get("initial_user").getAsString().matches("[UW][A-Z0-9]+")) {
                    violations.add(at + ".initial_user '" + element.get("initial_user").getAsString()
                            + "' is not a user id");
                }
            }
            case "plain_text_input" -> {
                if (element.has("placeholder")) {
                    plainText(at + ".placeholder", element.getAsJsonObject("placeholder"), 150);
                }
                int maxLength = element.has("max_length") ? element.get("max_length").getAsInt() : 3000;
                count(at + ".max_length", maxLength, 1, 3000);
                if (element.has("min_length")) {
                    count(at + ".min_length", element.get("min_length").getAsInt(), 0, Math.min(3000, maxLength));
                }
                if (element.has("initial_value")) {
                    length(at + ".initial_value", element.get("initial_value").getAsString(), 0, maxLength);
                }
            }
            default -> violations.add(at + ": element type '" + type + "' has no limits in this checker");
        }
    }

    private void options(String at, JsonObject element, int most) {
        JsonArray options = element.has("options") ? element.getAsJsonArray("options") : new JsonArray();
        count(at + ".options", options.size(), 1, most);
        Set<String> values = new HashSet<>();
        for (int i = 0; i < options.size(); i++) {
            JsonObject option = options.get(i).getAsJsonObject();
            option(at + ".options[" + i + "]", option);
            if (option.has("value") && !values.add(option.get("value").getAsString())) {
                violations.add(at + ".options[" + i + "].value is not unique");
            }
        }
    }

    private void option(String at, JsonObject option) {
        text(at + ".text", option.getAsJsonObject("text"), 75);
        require(option, "value", at);
        optionalLength(option, "value", at + ".value", 150);
        if (option.has("description")) {
            plainText(at + ".description", option.getAsJsonObject("description"), 75);
        }
    }

    // ---- text objects and counts ---------------------------------------------------------------

    private void text(String at, JsonObject text, int most) {
        if (text == null) {
            violations.add(at + " is missing");
            return;
        }
        String type = type(text);
        if (!type.equals("plain_text") && !type.equals("mrkdwn")) {
            violations.add(at + ": '" + type + "' is not a text object");
        }
        length(at, text.has("text") ? text.get("text").getAsString() : "", 1, most);
    }

    private void plainText(String at, JsonObject text, int most) {
        text(at, text, most);
        if (text != null && !type(text).equals("plain_text")) {
            violations.add(at + " must be plain_text");
        }
    }

    private void optionalLength(JsonObject object, String field, String at, int most) {
        if (object.has(field)) {
            length(at, object.get(field).getAsString(), 0, most);
        }
    }

    private void length(String at, String value, int least, int most) {
        if (value.length() < least || value.length() > most) {
            violations.add(at + " has " + value.length() + " characters (" + least + " to " + most + " allowed): '"
                    + (value.length() > 80 ? value.substring(0, 80) + "…" : value) + "'");
        }
    }

    private void count(String at, int count, int least, int most) {
        if (count < least || count > most) {
            violations.add(at + " is " + count + " (" + least + " to " + most + " allowed)");
        }
    }

    private void max(String at, int count, int most) {
        count(at, count, 0, most);
    }

    private void require(JsonObject object, String field, String where) {
        if (!object.has(field)) {
            violations.add(where + " has no " + field);
        }
    }

    private static String type(JsonObject object) {
        return object.has("type") ? object.get("type").getAsString() : "(no type)";
    }
}
