package uk.lscb.casereview.adapters.slack;

import static uk.lscb.casereview.adapters.slack.SlackBlocks.CHECKBOX_OPTION;
import static uk.lscb.casereview.adapters.slack.SlackBlocks.DECISION_CALLBACK;
import static uk.lscb.casereview.adapters.slack.SlackBlocks.DETAILS_CALLBACK;
import static uk.lscb.casereview.adapters.slack.SlackBlocks.DETAILS_TITLE;
import static uk.lscb.casereview.adapters.slack.SlackBlocks.FORM_CALLBACK;
import static uk.lscb.casereview.adapters.slack.SlackBlocks.MAX_FIELDS;
import static uk.lscb.casereview.adapters.slack.SlackBlocks.MAX_LABEL;
import static uk.lscb.casereview.adapters.slack.SlackBlocks.MAX_MODAL_BLOCKS;
import static uk.lscb.casereview.adapters.slack.SlackBlocks.MAX_MODAL_TITLE;
import static uk.lscb.casereview.adapters.slack.SlackBlocks.MAX_OPTION_TEXT;
import static uk.lscb.casereview.adapters.slack.SlackBlocks.NOTICE_CALLBACK;
import static uk.lscb.casereview.adapters.slack.SlackBlocks.clip;
import static uk.lscb.casereview.adapters.slack.SlackBlocks.escape;
import static uk.lscb.casereview.adapters.slack.SlackBlocks.fields;
import static uk.lscb.casereview.adapters.slack.SlackBlocks.plain;
import static uk.lscb.casereview.adapters.slack.SlackBlocks.reasoning;
import static uk.lscb.casereview.adapters.slack.SlackBlocks.sections;

import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.CheckboxesElement;
import com.slack.api.model.block.element.PlainTextInputElement;
import com.slack.api.model.block.element.StaticSelectElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.lscb.casereview.core.cases.DecisionCard;
import uk.lscb.casereview.core.cases.TextForm;
import uk.lscb.casereview.core.conversation.RecommendationView;
import uk.lscb.casereview.core.rules.DecisionMaker;

/**
 * The modals, built from {@link SlackBlocks}' pieces and within the same limits: the Chair's decision, the form of
 * a button that asks for text first, and a card's Show details.
 */
final class SlackModals {
    /** A note's title when the submitted modal had none. */
    static final String NOTICE_TITLE = "Case Review Assistant";

    private SlackModals() {
    }

    /** The modal of a button that asks for text first (the reason for a delay, the answer to the Chair). */
    static View textModal(TextForm form, String metadata) {
        InputBlock input = InputBlock.builder().blockId(form.inputId()).label(plain(clip(form.label(), 2000)))
                .element(PlainTextInputElement.builder().actionId(form.inputId()).multiline(true)
                        .maxLength(TextForm.MAX_LENGTH).build())
                .hint(plain(clip(form.hint(), 2000))).optional(false).build();
        return View.builder().type("modal").callbackId(FORM_CALLBACK)
                .title(ViewTitle.builder().type("plain_text").text(clip(form.title(), 24)).build())
                .submit(ViewSubmit.builder().type("plain_text").text(clip(form.submit(), 24)).build())
                .close(ViewClose.builder().type("plain_text").text("Cancel").build())
                .privateMetadata(metadata).blocks(List.of(input)).build();
    }

    /**
     * A submitted modal replaced by a note (its title kept, nothing to submit): while its answer is awaited, then
     * the answer.
     */
    static View notice(ViewTitle title, String text) {
        return View.builder().type("modal").callbackId(NOTICE_CALLBACK)
                .title(title != null ? title : ViewTitle.builder().type("plain_text").text(NOTICE_TITLE).build())
                .close(ViewClose.builder().type("plain_text").text("Close").build())
                .blocks(sections(escape(text))).build();
    }

    /** The modal Show details opens: the recommendation's reasons and the answers given by the referrer. */
    static View details(DecisionCard card) {
        RecommendationView view = RecommendationView.of(card.recommendation(), card.answers());
        List<LayoutBlock> blocks = new ArrayList<>(sections("*" + escape(card.title()) + "*\n"
                + escape(view.headline())));
        blocks.addAll(reasoning(view));
        if (!card.answers().isEmpty()) {
            blocks.add(DividerBlock.builder().build());
            blocks.addAll(sections("*Answers given by the referrer*"));
            blocks.addAll(fields(card.answers()));
        }
        return View.builder().type("modal").callbackId(DETAILS_CALLBACK)
                .title(ViewTitle.builder().type("plain_text").text(DETAILS_TITLE).build())
                .close(ViewClose.builder().type("plain_text").text("Close").build())
                .blocks(blocks.subList(0, Math.min(blocks.size(), MAX_MODAL_BLOCKS)))
                .build();
    }

    /**
     * The modal for one card action, with the inputs it needs.
     *
     * @param inputs   the card's inputs to show, in order
     * @param metadata private_metadata: the action's payload and where the card message is
     */
    static View modal(DecisionCard card, String heading, String submit, List<DecisionCard.Input> inputs,
                      List<String> requiredInputs, String metadata) {
        return modal(card, heading, submit, inputs, requiredInputs, metadata, Map.of());
    }

    /**
     * The modal with what was typed kept in its inputs (a views.update after an outcome was chosen). The outcome
     * list dispatches its choice, so the modal can show only the inputs that outcome needs.
     *
     * @param typed the values in the view's state, keyed by input id (a ticked box is "true")
     */
    static View modal(DecisionCard card, String heading, String submit, List<DecisionCard.Input> inputs,
                      List<String> requiredInputs, String metadata, Map<String, String> typed) {
        List<LayoutBlock> blocks = new ArrayList<>();
        StringBuilder intro = new StringBuilder("*").append(escape(heading)).append("*\n");
        card.facts().stream().limit(MAX_FIELDS)
                .forEach(fact -> intro.append(escape(fact.label())).append(": ").append(escape(fact.value())).append("\n"));
        blocks.addAll(sections(intro.toString().strip()));
        for (DecisionCard.Input input : inputs) {
            blocks.add(input(input, !requiredInputs.contains(input.id()), Optional.ofNullable(typed.get(input.id()))));
        }
        return View.builder().type("modal").callbackId(DECISION_CALLBACK)
                .title(ViewTitle.builder().type("plain_text").text(card.recommendation().outcome().decidedBy()
                        == DecisionMaker.SAFEGUARDING_PARTNERS ? "Partners' decision" : "Chair's decision").build())
                .submit(ViewSubmit.builder().type("plain_text").text(clip(submit, MAX_MODAL_TITLE)).build())
                .close(ViewClose.builder().type("plain_text").text("Cancel").build())
                .privateMetadata(metadata)
                .blocks(blocks.subList(0, Math.min(blocks.size(), MAX_MODAL_BLOCKS)))
                .build();
    }

    private static InputBlock input(DecisionCard.Input input, boolean optional, Optional<String> typed) {
        BlockElement element = switch (input.kind()) {
            case CHOICE -> StaticSelectElement.builder().actionId(input.id())
                    .placeholder(plain("Choose an outcome"))
                    .options(input.options().stream().map(option -> option(option.label(), option.payload())).toList())
                    .initialOption(typed.flatMap(value -> input.options().stream()
                            .filter(option -> option.payload().equals(value)).findFirst())
                            .map(option -> option(option.label(), option.payload())).orElse(null))
                    .build();
            case TEXT -> PlainTextInputElement.builder().actionId(input.id()).maxLength(500)
                    .initialValue(typed.map(value -> clip(value, 500)).orElse(null)).build();
            case MULTILINE -> PlainTextInputElement.builder().actionId(input.id()).multiline(true).maxLength(3000)
                    .initialValue(typed.map(value -> clip(value, 3000)).orElse(null)).build();
            case CHECKBOX -> CheckboxesElement.builder().actionId(input.id())
                    .options(List.of(option(CHECKBOX_OPTION, "true")))
                    .initialOptions(typed.filter("true"::equals).map(value -> List.of(option(CHECKBOX_OPTION, "true")))
                            .orElse(null)).build();
        };
        InputBlock.InputBlockBuilder block = InputBlock.builder().blockId(input.id())
                .label(plain(clip(input.label(), MAX_LABEL)))
                .element(element).optional(optional)
                .dispatchAction(input.kind() == DecisionCard.Input.Kind.CHOICE ? Boolean.TRUE : null);
        if (!input.hint().isBlank()) {
            block.hint(plain(clip(input.hint(), MAX_LABEL)));
        }
        return block.build();
    }

    private static OptionObject option(String label, String value) {
        // Plain text keeps it literal; Block Kit allows 75 characters of option text (selects and checkboxes).
        return OptionObject.builder().text(plain(clip(label, MAX_OPTION_TEXT))).value(value).build();
    }
}
