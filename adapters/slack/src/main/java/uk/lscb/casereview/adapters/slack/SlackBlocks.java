package uk.lscb.casereview.adapters.slack;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.actions.Command;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.DecisionCard;
import uk.lscb.casereview.core.conversation.RecommendationView;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.delivery.Notification;
import uk.lscb.casereview.core.messages.Choice;
import uk.lscb.casereview.core.messages.Fact;
import uk.lscb.casereview.core.messages.PageLink;
import uk.lscb.casereview.core.conversation.PlainText;
import uk.lscb.casereview.core.messages.Reply;

/**
 * Renders core replies and decision cards as Block Kit, pure and within Slack's limits by design:
 * every text block at most 3000 characters (longer text is split on line breaks), at most 50 blocks a
 * message and 100 a modal, section fields at most 10 a block, buttons at most 25 an actions block,
 * button and option text at most 75 (a checkbox's long statement is its input's label, the box says
 * "I confirm"). The tests check every surface against every documented limit.
 * Every piece of text a person can have typed is escaped ({@code & < >}) so it can never become a
 * mention, a link or a channel ping.
 */
final class SlackBlocks {
    static final int MAX_TEXT = 3000;
    static final int MAX_MESSAGE_BLOCKS = 50;
    static final int MAX_MODAL_BLOCKS = 100;
    static final int MAX_FIELDS = 10;
    static final int MAX_FIELD_TEXT = 2000;
    static final int MAX_BUTTONS = 25;
    static final int MAX_BUTTON_TEXT = 75;
    static final int MAX_HEADER_TEXT = 150;
    static final int MAX_OPTION_TEXT = 75;
    static final int MAX_LABEL = 2000;
    static final int MAX_MODAL_TITLE = 24;
    /** The one option of a checkbox input: what it confirms is the input's label (options allow 75 characters). */
    static final String CHECKBOX_OPTION = "I confirm";

    /** Every button's action id starts with this, so one Bolt handler serves them all. */
    static final String ACTION_PREFIX = "cr_";
    static final String DECISION_CALLBACK = "cr_decision";
    static final String FORM_CALLBACK = "cr_form";
    static final String DETAILS_CALLBACK = "cr_details";
    static final String NOTICE_CALLBACK = "cr_notice";
    /** A case step's form ({@link uk.lscb.casereview.core.messages.StepForm}) as a modal. */
    static final String STEP_CALLBACK = "cr_step";
    /** The label of a card's Show details button: the adapter answers it, the core is not asked. */
    static final String SHOW_DETAILS = "Show details";
    static final String DETAILS_TITLE = "Why, and the answers";

    private SlackBlocks() {
    }

    /** A message: its blocks and the plain-text fallback Slack shows in notifications. */
    record Message(String text, List<LayoutBlock> blocks) {
        Message {
            blocks = List.copyOf(blocks);
        }
    }

    // ---- replies ------------------------------------------------------------------------------

    static Message reply(Reply reply) {
        if (reply instanceof Reply.Form form) {
            // A form opens as a modal from the button pressed (SlackCaseActions.openStep: a modal needs that press's
            // trigger id); no reply to a typed message is a form. Should one be, it reads as what the form asks.
            return reply(new Reply.Say(PlainText.render(form)));
        }
        String fallback = fallback(reply);
        List<LayoutBlock> blocks;
        if (reply instanceof Reply.Say say) {
            blocks = say(say);
        } else if (reply instanceof Reply.Ask ask) {
            blocks = ask(ask);
        } else if (reply instanceof Reply.Summary summary) {
            blocks = summary(summary);
        } else {
            blocks = recommended((Reply.Recommended) reply);
        }
        return new Message(fallback, cap(blocks));
    }

    /** A short notification text: never the whole recommendation, and no markup. */
    private static String fallback(Reply reply) {
        if (reply instanceof Reply.Ask ask) {
            return clip("Question " + ask.number() + ": " + ask.text(), MAX_TEXT);
        }
        if (reply instanceof Reply.Recommended recommended) {
            return RecommendationView.of(recommended).headline();
        }
        if (reply instanceof Reply.Summary summary) {
            return clip(summary.title(), MAX_TEXT);
        }
        return clip(((Reply.Say) reply).text(), MAX_TEXT);
    }

    private static List<LayoutBlock> say(Reply.Say say) {
        List<LayoutBlock> blocks = new ArrayList<>(sections(escape(say.text())));
        blocks.addAll(buttons("say", say.choices(), false));
        return blocks;
    }

    private static List<LayoutBlock> ask(Reply.Ask ask) {
        StringBuilder text = new StringBuilder("*Question ").append(ask.number()).append("*\n").append(escape(ask.text()));
        ask.currentAnswer().ifPresent(answer -> text.append("\n_Your answer now: ").append(escape(answer)).append("_"));
        List<LayoutBlock> blocks = new ArrayList<>(sections(text.toString()));
        if (!ask.hint().isBlank()) {
            blocks.add(context(escape(ask.hint())));
        }
        // No answer is styled as the primary one: the buttons must not nudge a practitioner towards an answer.
        blocks.addAll(buttons("q", ask.choices(), false));
        blocks.addAll(buttons("cmd", ask.commands(), false));
        return blocks;
    }

    private static List<LayoutBlock> summary(Reply.Summary summary) {
        List<LayoutBlock> blocks = new ArrayList<>(sections("*" + escape(summary.title()) + "*"));
        // One section per answer with its Change button while that fits; else the answers as fields.
        boolean roomForEach = summary.facts().size() + blocks.size() + 2 <= MAX_MESSAGE_BLOCKS;
        if (roomForEach) {
            int i = 0;
            for (Fact fact : summary.facts()) {
                SectionBlock.SectionBlockBuilder section = SectionBlock.builder()
                        .text(markdown(clip("*" + escape(fact.label()) + "*\n" + escape(fact.value()), MAX_TEXT)));
                int index = i++;
                fact.change().ifPresent(change -> section.accessory(button(change, "sum_" + index, false)));
                blocks.add(section.build());
            }
        } else {
            blocks.addAll(fields(summary.facts()));
        }
        pageLink(summary.page()).ifPresent(blocks::add);
        blocks.addAll(buttons("act", summary.actions(), false));
        return blocks;
    }

    private static List<LayoutBlock> recommended(Reply.Recommended card) {
        RecommendationView view = RecommendationView.of(card);
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(view.headline()));
        blocks.addAll(outcomeLines(view));
        blocks.addAll(fields(card.caseFacts()));
        blocks.addAll(reasoning(view));
        if (!card.answers().isEmpty()) {
            blocks.add(DividerBlock.builder().build());
            blocks.addAll(sections("*" + RecommendationView.ANSWERS + "*"));
            blocks.addAll(fields(card.answers()));
        }
        blocks.add(context(escape(view.footer())));
        blocks.addAll(buttons("act", card.actions(), false));
        return blocks;
    }

    /** The fallback outcome and the additional actions, under the header, their names in bold. */
    private static List<LayoutBlock> outcomeLines(RecommendationView view) {
        List<String> lines = new ArrayList<>();
        view.fallback().ifPresent(line -> lines.add(bold(line)));
        view.additional().forEach(line -> lines.add(bold(line)));
        return lines.isEmpty() ? List.of() : sections(String.join("\n", lines));
    }

    private static String bold(RecommendationView.Line line) {
        return escape(line.lead()) + "*" + escape(line.name()) + "*";
    }

    /** Why (each reason with the framework's words as a block quote), unsure answers, methodologies, next steps. */
    static List<LayoutBlock> reasoning(RecommendationView view) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(DividerBlock.builder().build());
        StringBuilder why = new StringBuilder("*" + RecommendationView.WHY + "*");
        for (RecommendationView.Quoted reason : view.reasons()) {
            why.append("\n\n").append(escape(reason.statement())).append("\n").append(quote(reason.quote()));
        }
        blocks.addAll(sections(why.toString()));
        if (!view.notSure().isEmpty()) {
            blocks.addAll(sections("*" + RecommendationView.NOT_SURE + "*\n" + view.notSure().stream()
                    .map(label -> "• " + escape(label)).collect(Collectors.joining("\n"))));
        }
        if (!view.methodologies().isEmpty()) {
            StringBuilder methods = new StringBuilder("*" + RecommendationView.METHODOLOGIES + "*");
            for (RecommendationView.Quoted methodology : view.methodologies()) {
                methods.append("\n\n*").append(escape(methodology.statement())).append("*\n")
                        .append(quote(methodology.quote()));
            }
            blocks.addAll(sections(methods.toString()));
        }
        if (!view.nextSteps().isEmpty()) {
            blocks.addAll(sections("*" + RecommendationView.NEXT_STEPS + "*\n" + view.nextSteps().stream()
                    .map(step -> "• " + escape(step)).collect(Collectors.joining("\n"))));
        }
        return blocks;
    }

    // ---- notifications (panel channel, Chairs) ------------------------------------------------

    /**
     * A notification such as a deadline reminder: a header (its title), its text, its facts as fields,
     * a context line, and its buttons (Mark done), each button's value being the core's payload. Every
     * piece of it is escaped: it can never mention, link or ping.
     *
     * @param firstLine already mrkdwn, e.g. mentioning the Chairs in the panel channel
     */
    static Message notification(Notification note, Optional<String> firstLine) {
        List<LayoutBlock> blocks = new ArrayList<>();
        firstLine.ifPresent(line -> blocks.addAll(sections(line)));
        blocks.add(header(note.title()));
        if (!note.text().isBlank()) {
            blocks.addAll(sections(escape(note.text())));
        }
        blocks.addAll(fields(note.facts()));
        pageLink(note.page()).ifPresent(blocks::add);
        blocks.add(context(escape("Case Review Assistant. Only the case reference identifies a case here.")));
        blocks.addAll(buttons("note", note.actions(), false));
        // The fallback text is read as mrkdwn by Slack: escaped too. The header is plain_text (never a mention).
        return new Message(clip(escape(note.title()), MAX_TEXT), cap(blocks));
    }

    /**
     * A notification message once its Mark done button has been pressed: the same blocks without the
     * buttons, and a line saying who marked it done and when.
     */
    static Message markedDone(String fallback, List<LayoutBlock> original, String doneLine) {
        List<LayoutBlock> blocks = new ArrayList<>();
        for (LayoutBlock block : original) {
            if (!(block instanceof ActionsBlock)) {
                blocks.add(block);
            }
        }
        List<LayoutBlock> kept = blocks.subList(0, Math.min(blocks.size(), MAX_MESSAGE_BLOCKS - 1));
        List<LayoutBlock> updated = new ArrayList<>(kept);
        updated.addAll(sections(":white_check_mark: *" + escape(doneLine) + "*"));
        return new Message(clip(fallback + ". " + escape(doneLine), MAX_TEXT), updated);
    }

    /** Every copy of a reminder once its deadline is done: which deadline, who did it and when, no buttons. */
    static Message reminderDone(CaseRecord record, DeadlineKind kind, String doneLine) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header("Done: " + kind.label()));
        blocks.addAll(sections(":white_check_mark: *" + escape(doneLine) + "*"));
        blocks.addAll(fields(List.of(Fact.of("Case reference", record.reference().value()),
                Fact.of("Deadline", kind.label()))));
        return new Message(clip(escape("Done: " + kind.label() + ". " + doneLine), MAX_TEXT), blocks);
    }

    // ---- the Chair's decision card ------------------------------------------------------------

    static Message card(DecisionCard card) {
        return card(card, Optional.empty());
    }

    /** The card, with a first line (already mrkdwn, e.g. mentioning the Chair in the panel channel). */
    static Message card(DecisionCard card, Optional<String> firstLine) {
        List<LayoutBlock> blocks = new ArrayList<>();
        firstLine.ifPresent(line -> blocks.addAll(sections(line)));
        blocks.add(header(card.title()));
        card.decided().ifPresent(line -> blocks.addAll(sections(":white_check_mark: *" + escape(line) + "*")));
        blocks.addAll(fields(card.facts()));
        pageLink(card.page()).ifPresent(blocks::add);
        // The reasons and the answers are one press away, in a modal: the card stays short, its buttons near the top.
        blocks.add(SectionBlock.builder().text(markdown("*Why, and the referrer's answers*"))
                .accessory(button(new Choice(SHOW_DETAILS, detailsPayload(card)), "details", false)).build());
        if (card.decided().isEmpty()) {
            blocks.add(context(escape(RecommendationView.of(card.recommendation(), card.answers()).footer())));
            // On Slack the decide button opens a modal with the outcome list: it does not decide a chosen outcome.
            blocks.addAll(buttons("case", card.actions().stream().map(action -> action.label()
                    .equals(DecisionCard.DECIDE_LABEL) ? new Choice(CardActions.CHOOSE_ANOTHER, action.payload())
                    : action).toList(), true));
        }
        String text = card.decided().map(line -> card.title() + ". " + line).orElse(card.title());
        return new Message(clip(text, MAX_TEXT), cap(blocks));
    }

    /**
     * The link to the case's page on the dashboard, if the message has one: a mrkdwn link in a section of its own (not
     * a URL button, which Slack would also send to the app as an action to acknowledge).
     */
    static Optional<LayoutBlock> pageLink(Optional<PageLink> page) {
        return page.map(link -> SectionBlock.builder().text(markdown(":link: <" + link.url() + "|"
                + escape(link.label()) + ">")).build());
    }

    /** The payload of a card's Show details button. */
    static String detailsPayload(DecisionCard card) {
        return new ButtonAction.ShowDetails(card.caseId().value(), card.version()).payload();
    }

    // ---- building blocks ----------------------------------------------------------------------

    /** Mrkdwn text (already escaped) as one or more sections of at most 3000 characters. */
    static List<LayoutBlock> sections(String mrkdwn) {
        List<LayoutBlock> blocks = new ArrayList<>();
        for (String part : split(mrkdwn, MAX_TEXT)) {
            blocks.add(SectionBlock.builder().text(markdown(part)).build());
        }
        return blocks;
    }

    /** Facts as section fields, ten a section. */
    static List<LayoutBlock> fields(List<Fact> facts) {
        List<LayoutBlock> blocks = new ArrayList<>();
        for (int from = 0; from < facts.size(); from += MAX_FIELDS) {
            List<TextObject> fields = new ArrayList<>();
            for (Fact fact : facts.subList(from, Math.min(facts.size(), from + MAX_FIELDS))) {
                fields.add(markdown(clip("*" + escape(fact.label()) + "*\n" + escape(fact.value()), MAX_FIELD_TEXT)));
            }
            blocks.add(SectionBlock.builder().fields(fields).build());
        }
        return blocks;
    }

    /** Buttons in actions blocks of at most 25; each button's value is the core's payload. */
    private static List<LayoutBlock> buttons(String group, List<Choice> choices, boolean firstIsPrimary) {
        List<LayoutBlock> blocks = new ArrayList<>();
        for (int from = 0; from < choices.size(); from += MAX_BUTTONS) {
            List<BlockElement> elements = new ArrayList<>();
            for (int i = from; i < Math.min(choices.size(), from + MAX_BUTTONS); i++) {
                elements.add(button(choices.get(i), group + "_" + i, firstIsPrimary && i == 0));
            }
            blocks.add(ActionsBlock.builder().elements(elements).build());
        }
        return blocks;
    }

    private static ButtonElement button(Choice choice, String id, boolean primary) {
        ButtonElement.ButtonElementBuilder button = ButtonElement.builder().text(plain(clip(choice.label(),
                MAX_BUTTON_TEXT))).value(choice.payload()).actionId(ACTION_PREFIX + id);
        // The send button is the conversation's one primary button: "Start again" beside it must not look the same.
        if (primary || choice.runs(Command.SUBMIT)) {
            button.style("primary");
        }
        return button.build();
    }

    private static HeaderBlock header(String text) {
        return HeaderBlock.builder().text(plain(clip(text, MAX_HEADER_TEXT))).build();
    }

    private static ContextBlock context(String mrkdwn) {
        return ContextBlock.builder().elements(List.of(markdown(clip(mrkdwn, MAX_TEXT)))).build();
    }

    static MarkdownTextObject markdown(String text) {
        return MarkdownTextObject.builder().text(text).verbatim(true).build();
    }

    static PlainTextObject plain(String text) {
        return PlainTextObject.builder().text(text).emoji(false).build();
    }

    /** Never more than 50 blocks: keep the buttons (the last actions block), and say the rest was shortened. */
    private static List<LayoutBlock> cap(List<LayoutBlock> blocks) {
        if (blocks.size() <= MAX_MESSAGE_BLOCKS) {
            return blocks;
        }
        List<LayoutBlock> tail = new ArrayList<>();
        int end = blocks.size();
        while (end > 0 && blocks.get(end - 1) instanceof ActionsBlock && tail.size() < 2) {
            tail.add(0, blocks.get(--end));
        }
        List<LayoutBlock> capped = new ArrayList<>(blocks.subList(0, MAX_MESSAGE_BLOCKS - 1 - tail.size()));
        capped.add(context("This message was shortened to fit Slack. Type *summary* to see every answer."));
        capped.addAll(tail);
        return capped;
    }

    // ---- text ---------------------------------------------------------------------------------

    /** Escapes the three characters Slack's mrkdwn gives meaning to (mentions, links, channel pings). */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A citation (plain) as a mrkdwn block quote, line by line. */
    private static String quote(String text) {
        return escape(text).lines().map(line -> "> " + line).collect(Collectors.joining("\n"));
    }

    /** Splits text into parts of at most {@code max} characters, preferring line breaks, then spaces. */
    static List<String> split(String text, int max) {
        List<String> parts = new ArrayList<>();
        String rest = text;
        while (rest.length() > max) {
            int cut = rest.lastIndexOf('\n', max);
            if (cut < max / 2) {
                cut = rest.lastIndexOf(' ', max);
            }
            if (cut < max / 2) {
                cut = max;
            }
            // Never cut an escape such as &amp; in two.
            int amp = rest.lastIndexOf('&', cut - 1);
            if (amp >= 0 && cut - amp < 5 && rest.indexOf(';', amp) >= cut) {
                cut = amp;
            }
            parts.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty() || parts.isEmpty()) {
            parts.add(rest.isEmpty() ? " " : rest);
        }
        return parts;
    }

    static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }

    static Optional<String> nonBlank(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text);
    }
}
