package uk.lscb.casereview.adapters.slack;

import static uk.lscb.casereview.adapters.slack.SlackBlocks.CHECKBOX_OPTION;
import static uk.lscb.casereview.adapters.slack.SlackBlocks.MAX_LABEL;
import static uk.lscb.casereview.adapters.slack.SlackBlocks.MAX_MODAL_BLOCKS;
import static uk.lscb.casereview.adapters.slack.SlackBlocks.MAX_MODAL_TITLE;
import static uk.lscb.casereview.adapters.slack.SlackBlocks.MAX_OPTION_TEXT;
import static uk.lscb.casereview.adapters.slack.SlackBlocks.MAX_TEXT;
import static uk.lscb.casereview.adapters.slack.SlackBlocks.clip;
import static uk.lscb.casereview.adapters.slack.SlackBlocks.escape;
import static uk.lscb.casereview.adapters.slack.SlackBlocks.plain;
import static uk.lscb.casereview.adapters.slack.SlackBlocks.sections;

import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.CheckboxesElement;
import com.slack.api.model.block.element.DatePickerElement;
import com.slack.api.model.block.element.MultiStaticSelectElement;
import com.slack.api.model.block.element.PlainTextInputElement;
import com.slack.api.model.block.element.StaticSelectElement;
import com.slack.api.model.block.element.UsersSelectElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import uk.lscb.casereview.core.messages.StepField;
import uk.lscb.casereview.core.messages.StepForm;

/**
 * A case step's form ({@link StepForm}) as a modal, from its typed fields alone: a date is a datepicker, a choice a
 * static_select (one of more than Slack's 100 options a one-line plain_text_input for its value), text a multiline plain_text_input, a web address a one-line plain_text_input, a tick box a
 * checkbox, a person a users_select (its value the Slack user's id, which the core reads as a person on Slack). Each input's block id and action id are the field's id, so a refusal about a field is answered with
 * {@code response_action: errors} keyed by that id and shows beside it. What was typed is kept as initial values; a
 * refusal about no field is shown above the inputs.
 */
final class SlackStepForms {
    /** The modal's title: Slack allows 24 characters, so the step and the case are named in the modal's first line. */
    static final String TITLE = "Record a step";
    /** The submit button when the form's own label is longer than Slack allows. */
    static final String SUBMIT = "Record";
    /** Block Kit's longest plain_text_input; the core takes up to 4,000 characters of text. */
    static final int MAX_INPUT = 3000;
    /** Block Kit's most options in a static_select: a longer choice (a review's many actions) is typed instead. */
    static final int MAX_OPTIONS = 100;
    static final String TOO_MANY = "Too many to choose from a list: type its number, as case shows it.";
    /** The same for a field of several choices. */
    static final String TOO_MANY_SEVERAL = "Too many to choose from a list: type their numbers, as case shows them, "
            + "separated by commas.";
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** A Slack user's id, as a users_select gives it and takes it back. */
    private static final Pattern USER_ID = Pattern.compile("[UW][A-Z0-9]{2,}");

    private SlackStepForms() {
    }

    /** @param metadata private_metadata: the form's submit payload and where the button was */
    static View modal(StepForm form, String metadata) {
        List<LayoutBlock> blocks = new ArrayList<>(sections("*" + escape(form.title()) + "*"));
        Optional.ofNullable(form.errors().get("")).ifPresent(error -> blocks.addAll(sections(":warning: "
                + escape(error))));
        if (!form.intro().isEmpty()) {
            blocks.addAll(sections(escape(String.join("\n", form.intro()))));
        }
        form.copyable().ifPresent(copy -> SlackBlocks.split(escape(copy), MAX_TEXT - 6)
                .forEach(part -> blocks.addAll(sections("```" + part + "```"))));
        for (StepField field : form.fields()) {
            blocks.add(input(field, Optional.ofNullable(form.values().get(field.id())).filter(v -> !v.isEmpty())));
        }
        String submit = form.submit().label().length() <= MAX_MODAL_TITLE ? form.submit().label() : SUBMIT;
        return View.builder().type("modal").callbackId(SlackBlocks.STEP_CALLBACK)
                .title(ViewTitle.builder().type("plain_text").text(TITLE).build())
                .submit(ViewSubmit.builder().type("plain_text").text(submit).build())
                .close(ViewClose.builder().type("plain_text").text("Cancel").build())
                .privateMetadata(metadata)
                .blocks(blocks.subList(0, Math.min(blocks.size(), MAX_MODAL_BLOCKS)))
                .build();
    }

    private static InputBlock input(StepField field, Optional<String> typed) {
        BlockElement element = switch (field.type()) {
            case DATE -> DatePickerElement.builder().actionId(field.id()).placeholder(plain("Choose a date"))
                    .initialDate(typed.filter(value -> ISO_DATE.matcher(value).matches()).orElse(null)).build();
            case CHOICE -> field.options().size() > MAX_OPTIONS ? line(field, typed, "Type its number")
                    : StaticSelectElement.builder().actionId(field.id()).placeholder(plain("Choose one"))
                    .options(options(field, value -> true))
                    .initialOption(typed.flatMap(value -> options(field, value::equals).stream().findFirst())
                            .orElse(null))
                    .build();
            case CHOICES -> field.options().size() > MAX_OPTIONS ? line(field, typed, "Type their numbers")
                    : MultiStaticSelectElement.builder().actionId(field.id()).placeholder(plain("Choose one or more"))
                    .options(options(field, value -> true))
                    .initialOptions(typed.map(value -> options(field, StepField.chosen(value)::contains))
                            .filter(chosen -> !chosen.isEmpty()).orElse(null))
                    .build();
            case TEXT, LINE -> PlainTextInputElement.builder().actionId(field.id())
                    .multiline(field.type() == StepField.Type.TEXT).maxLength(MAX_INPUT)
                    .initialValue(typed.map(value -> clip(value, MAX_INPUT)).orElse(null)).build();
            case URL -> line(field, typed, "https://");
            case PERSON -> UsersSelectElement.builder().actionId(field.id()).placeholder(plain("Choose someone"))
                    .initialUser(typed.filter(value -> USER_ID.matcher(value).matches()).orElse(null)).build();
            case BOOLEAN -> CheckboxesElement.builder().actionId(field.id())
                    .options(List.of(option(CHECKBOX_OPTION, "true")))
                    .initialOptions(typed.filter("true"::equals).map(value -> List.of(option(CHECKBOX_OPTION, "true")))
                            .orElse(null)).build();
        };
        // A tick box left unticked is an answer ("false"), so it is never required by Slack.
        InputBlock.InputBlockBuilder block = InputBlock.builder().blockId(field.id())
                .label(plain(clip(field.label(), MAX_LABEL))).element(element)
                .optional(!field.required() || field.type() == StepField.Type.BOOLEAN);
        if (field.type().hasOptions() && field.options().size() > MAX_OPTIONS) {
            block.hint(plain(field.type() == StepField.Type.CHOICES ? TOO_MANY_SEVERAL : TOO_MANY));
        } else if (!field.hint().isBlank()) {
            block.hint(plain(clip(field.hint(), MAX_LABEL)));
        }
        return block.build();
    }

    /**
     * One line to type into, with a placeholder, keeping what was typed: a web address, or a choice of more options
     * than Block Kit allows in a list.
     */
    private static PlainTextInputElement line(StepField field, Optional<String> typed, String placeholder) {
        return PlainTextInputElement.builder().actionId(field.id()).maxLength(MAX_INPUT).placeholder(plain(placeholder))
                .initialValue(typed.map(value -> clip(value, MAX_INPUT)).orElse(null)).build();
    }

    /** The field's options whose values pass {@code which}, in order, as Block Kit options. */
    private static List<OptionObject> options(StepField field, Predicate<String> which) {
        return field.options().stream().filter(option -> which.test(option.value()))
                .map(option -> option(option.label(), option.value())).toList();
    }

    private static OptionObject option(String label, String value) {
        return OptionObject.builder().text(plain(clip(label, MAX_OPTION_TEXT))).value(value).build();
    }
}
