package uk.lscb.casereview.core.messages;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The form of one step of a case (national panel notified, methodology, publication...), as every platform renders
 * it: a title, lines to read first, an optional block of text to copy elsewhere, the typed {@link StepField}s in
 * order, and one submit button. A renderer maps the field types, never the step, so a new step needs no renderer
 * change: the local page's form, a Teams Adaptive Card, a Slack modal, the terminal chat's questions one by one. A form sent back refused carries what was typed ({@code values}) and the message beside the field it is
 * about ({@code errors}, by field id).
 *
 * <p>Submitting: the renderer sends {@code submit}'s payload with each field's value under its id (dates as
 * {@code yyyy-MM-dd}, tick boxes as {@code true}/{@code false}); the case service checks and records it exactly as
 * the API's {@code POST /api/cases/{reference}/steps} does.
 *
 * @param copyable text meant to be copied as it is into another system (the national panel's notification form)
 */
public record StepForm(String title, List<String> intro, Optional<String> copyable, List<StepField> fields,
                       Map<String, String> values, Map<String, String> errors, Choice submit) {
    public StepForm {
        Objects.requireNonNull(title, "title");
        intro = List.copyOf(intro);
        Objects.requireNonNull(copyable, "copyable");
        fields = List.copyOf(fields);
        values = Map.copyOf(values);
        errors = Map.copyOf(errors);
        Objects.requireNonNull(submit, "submit");
    }

    /** The same form showing what was typed and one message beside a field (or above the fields, for no field). */
    public StepForm refused(Map<String, String> typed, Optional<String> field, String message) {
        return new StepForm(title, intro, copyable, fields, typed, Map.of(field.orElse(""), message), submit);
    }
}
