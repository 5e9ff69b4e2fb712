package uk.lscb.casereview.adapters.teams;

import static uk.lscb.casereview.adapters.teams.TeamsCards.attention;
import static uk.lscb.casereview.adapters.teams.TeamsCards.execute;
import static uk.lscb.casereview.adapters.teams.TeamsCards.heading;
import static uk.lscb.casereview.adapters.teams.TeamsCards.text;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import uk.lscb.casereview.core.messages.StepField;
import uk.lscb.casereview.core.messages.StepForm;

/**
 * A case step's form ({@link StepForm}) as an Adaptive Card, from its typed fields alone: a date is an Input.Date, a
 * choice an Input.ChoiceSet, a web address an Input.Text of style Url, a tick box an Input.Toggle, text a multiline
 * Input.Text, a person Teams' people picker (an Input.ChoiceSet searching the organisation, a Data.Query; outside
 * Teams, where no host has it, a one-line Input.Text for their id: {@link TeamsCards#submitOnly}). What was typed
 * is kept, and a refusal shows beside its field (and as the input's error message). The button is an Action.Execute
 * with its Action.Submit fallback, both sending the form's payload with the inputs.
 */
final class StepFormCards {
    /** A person's id as typed ({@code teams:<id>} or {@code slack:<id>}): longer than any platform's ids. */
    static final int MAX_PERSON = 200;
    /**
     * What makes an Input.ChoiceSet Teams' people picker: a search of the organisation's people, whose value is the
     * person's Microsoft Entra object id (read by core as a person on Teams, as the person choosing is on Teams).
     */
    static final String PEOPLE = "choices.data";

    private StepFormCards() {
    }

    static ObjectNode card(StepForm form) {
        ObjectNode card = TeamsCards.card();
        ArrayNode body = (ArrayNode) card.get("body");
        body.add(heading(form.title()));
        Optional.ofNullable(form.errors().get("")).ifPresent(error -> body.add(attention(error)));
        form.intro().forEach(line -> body.add(text(line)));
        form.copyable().ifPresent(copy -> {
            // One line to a TextBlock, in a box: Teams' markdown would join lines a single newline separates.
            ArrayNode lines = body.addObject().put("type", "Container").put("style", "emphasis").putArray("items");
            for (String line : copy.split("\n")) {
                lines.add(text(line).put("fontType", "Monospace").put("spacing", "None"));
            }
        });
        for (StepField field : form.fields()) {
            Optional<String> value = Optional.ofNullable(form.values().get(field.id())).filter(v -> !v.isEmpty());
            Optional<String> error = Optional.ofNullable(form.errors().get(field.id()));
            ObjectNode input = body.addObject();
            String label = field.label() + (field.required() ? "" : " (optional)");
            switch (field.type()) {
                case DATE -> input.put("type", "Input.Date").put("id", field.id()).put("label", label);
                case TEXT -> input.put("type", "Input.Text").put("id", field.id()).put("label", label)
                        .put("isMultiline", true).put("maxLength", 4000);
                case LINE -> input.put("type", "Input.Text").put("id", field.id()).put("label", label)
                        .put("maxLength", 4000);
                case URL -> input.put("type", "Input.Text").put("id", field.id()).put("label", label)
                        .put("style", "Url");
                case PERSON -> {
                    input.put("type", "Input.ChoiceSet").put("id", field.id()).put("label", label)
                            .put("isMultiSelect", false);
                    ArrayNode chosen = input.putArray("choices");
                    value.ifPresent(id -> chosen.addObject().put("title", id).put("value", id));
                    input.putObject(PEOPLE).put("type", "Data.Query").put("dataset", "graph.microsoft.com/users");
                }
                case CHOICE, CHOICES -> {
                    // Several choices as tick boxes, which a phone shows whole; their values come back comma-separated.
                    boolean several = field.type() == StepField.Type.CHOICES;
                    input.put("type", "Input.ChoiceSet").put("id", field.id()).put("label", label)
                            .put("style", several ? "expanded" : "compact").put("isMultiSelect", several);
                    if (several) {
                        input.put("wrap", true);
                    }
                    ArrayNode choices = input.putArray("choices");
                    field.options().forEach(option -> choices.addObject().put("title", option.label())
                            .put("value", option.value()));
                }
                case BOOLEAN -> input.put("type", "Input.Toggle").put("id", field.id()).put("title", label)
                        .put("valueOn", "true").put("valueOff", "false").put("wrap", true)
                        .put("value", value.filter("true"::equals).orElse("false"));
            }
            if (field.type() != StepField.Type.BOOLEAN) {
                value.ifPresent(typed -> input.put("value", typed));
                if (field.required()) {
                    input.put("isRequired", true).put("errorMessage", "Please fill in: " + field.label() + ".");
                }
            }
            error.ifPresent(message -> {
                input.put("errorMessage", message);
                body.add(attention(message).put("spacing", "Small"));
            });
            if (!field.hint().isBlank()) {
                body.add(text(field.hint()).put("isSubtle", true).put("size", "Small").put("spacing", "Small"));
            }
        }
        body.addObject().put("type", "ActionSet").putArray("actions")
                .add(execute(form.submit(), TeamsCards.VERB_CASE));
        return card;
    }
}
