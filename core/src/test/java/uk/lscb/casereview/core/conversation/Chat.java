package uk.lscb.casereview.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.messages.Choice;
import uk.lscb.casereview.core.messages.Reply;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.rules.Citation;
import uk.lscb.casereview.core.rules.QuestionId;
import uk.lscb.casereview.core.rules.Reason;
import uk.lscb.casereview.core.rules.wt2015.Wt2015;

/**
 * Test driver and object mother for the scoping conversation: a person typing and pressing buttons,
 * at a fixed time (10:00 UTC on 28 November 2026, a Saturday, GMT in London).
 */
final class Chat {
    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    /** The standard referral: typed answers that lead to an internal multi-agency learning review. */
    static final Map<String, String> STANDARD = standard();

    private final Conversation conversation;
    private ConversationState state;
    private Turn last;
    private final List<Turn> turns = new ArrayList<>();

    private Chat(Clock clock, Optional<BoardId> channelBoard) {
        conversation = new Conversation(Wt2015.pack(), Boards.staffordshireAndStoke(), clock);
        state = conversation.start(channelBoard);
    }

    /** A 1:1 chat with the bot: the board is asked. */
    static Chat direct() {
        return new Chat(CLOCK, Optional.empty());
    }

    /** A chat in a channel that belongs to a board: the board is implied. */
    static Chat inChannelOf(String board) {
        return new Chat(CLOCK, Optional.of(new BoardId(board)));
    }

    static Chat at(Clock clock) {
        return new Chat(clock, Optional.empty());
    }

    // ---- acting --------------------------------------------------------------------------------

    Chat type(String text) {
        return apply(new Inbound.TextMessage(text));
    }

    Chat press(String payload) {
        return apply(new Inbound.ButtonPressed(payload));
    }

    /** Presses the button with this label on the last question (or, failing that, any reply). */
    Chat pressChoice(String label) {
        return press(choice(label).payload());
    }

    Chat answer(String... typed) {
        for (String text : typed) {
            type(text);
        }
        return this;
    }

    /** Starts, then gives the standard answers until {@code question} is the one being asked. */
    Chat upTo(String question) {
        if (state.phase() == Phase.NEW) {
            type("start");
        }
        while (!current().equals(Optional.of(question))) {
            String id = current().orElseThrow(() -> new AssertionError("never reached " + question));
            type(STANDARD.get(id));
        }
        return this;
    }

    /** Starts and gives every standard answer: the recommendation is shown. */
    Chat reviewing() {
        if (state.phase() == Phase.NEW) {
            type("start");
        }
        while (state.phase() == Phase.ASKING) {
            type(STANDARD.get(current().orElseThrow()));
        }
        assertThat(state.phase()).isEqualTo(Phase.REVIEWING);
        return this;
    }

    private Chat apply(Inbound inbound) {
        last = conversation.handle(state, inbound);
        turns.add(last);
        state = last.state();
        return this;
    }

    // ---- looking -------------------------------------------------------------------------------

    ConversationState state() {
        return state;
    }

    Turn last() {
        return last;
    }

    List<Turn> turns() {
        return turns;
    }

    Conversation conversation() {
        return conversation;
    }

    Optional<String> current() {
        return state.current().map(QuestionId::value);
    }

    Optional<String> answer(String question) {
        return state.answers().text(QuestionId.of(question));
    }

    Reply.Ask lastAsk() {
        return replies(Reply.Ask.class).reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("no question in " + last.replies()));
    }

    Reply.Recommended recommended() {
        return replies(Reply.Recommended.class).findFirst()
                .orElseThrow(() -> new AssertionError("no recommendation in " + last.replies()));
    }

    Reply.Summary summary() {
        return replies(Reply.Summary.class).findFirst()
                .orElseThrow(() -> new AssertionError("no summary in " + last.replies()));
    }

    Choice choice(String label) {
        List<Choice> all = new ArrayList<>();
        for (Reply reply : last.replies()) {
            if (reply instanceof Reply.Ask ask) {
                all.addAll(ask.choices());
                all.addAll(ask.commands());
            } else if (reply instanceof Reply.Say say) {
                all.addAll(say.choices());
            } else if (reply instanceof Reply.Summary summary) {
                summary.facts().forEach(fact -> fact.change().ifPresent(all::add));
                all.addAll(summary.actions());
            } else if (reply instanceof Reply.Recommended recommended) {
                all.addAll(recommended.actions());
            }
        }
        return all.stream().filter(c -> c.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no button \"" + label + "\" in " + last.replies()));
    }

    /** Everything the last turn shows a person, as one string. */
    String text() {
        return text(last);
    }

    static String text(Turn turn) {
        StringBuilder out = new StringBuilder();
        for (Reply reply : turn.replies()) {
            if (reply instanceof Reply.Say say) {
                out.append(say.text()).append('\n');
                say.choices().forEach(c -> out.append(c.label()).append(' ').append(c.payload()).append('\n'));
            } else if (reply instanceof Reply.Ask ask) {
                out.append(ask.text()).append('\n').append(ask.hint()).append('\n');
                ask.currentAnswer().ifPresent(a -> out.append(a).append('\n'));
                ask.choices().forEach(c -> out.append(c.label()).append(' ').append(c.payload()).append('\n'));
            } else if (reply instanceof Reply.Summary summary) {
                out.append(summary.title()).append('\n');
                summary.facts().forEach(f -> out.append(f.label()).append(": ").append(f.value()).append('\n'));
            } else if (reply instanceof Reply.Recommended recommended) {
                out.append(recommended.recommendation().outcome().label()).append('\n');
                for (Reason reason : recommended.recommendation().reasons()) {
                    Citation citation = reason.citation();
                    out.append(reason.statement()).append('\n').append(citation.passage()).append('\n');
                }
                recommended.recommendation().nextSteps().forEach(s -> out.append(s).append('\n'));
                recommended.caseFacts().forEach(f -> out.append(f.label()).append(": ").append(f.value()).append('\n'));
                recommended.answers().forEach(f -> out.append(f.label()).append(": ").append(f.value()).append('\n'));
            }
        }
        return out.toString();
    }

    private <T extends Reply> java.util.stream.Stream<T> replies(Class<T> kind) {
        return last.replies().stream().filter(kind::isInstance).map(kind::cast);
    }

    private static Map<String, String> standard() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("board", "Staffordshire");
        answers.put("case_reference", "SCR-2026-014");
        answers.put("notified_on", "today");
        answers.put("abuse_or_neglect", "yes");
        answers.put("child_died", "no");
        answers.put("seriously_harmed", "yes");
        answers.put("concern_working_together", "no");
        answers.put("multi_agency_negative_impact", "no");
        answers.put("single_agency_improvements", "yes");
        answers.put("several_agencies_need_action", "yes");
        answers.put("single_organisation_improvements", "no");
        answers.put("further_audit_needed", "no");
        answers.put("died_in_custody", "no");
        answers.put("suspected_suicide", "no");
        return Map.copyOf(answers);
    }
}
