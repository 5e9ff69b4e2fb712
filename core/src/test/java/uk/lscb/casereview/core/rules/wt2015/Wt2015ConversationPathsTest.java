package uk.lscb.casereview.core.rules.wt2015;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.conversation.Conversation;
import uk.lscb.casereview.core.conversation.ConversationState;
import uk.lscb.casereview.core.conversation.Inbound;
import uk.lscb.casereview.core.conversation.Phase;
import uk.lscb.casereview.core.conversation.Turn;
import uk.lscb.casereview.core.messages.Choice;
import uk.lscb.casereview.core.messages.Reply;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.rules.Answer;
import uk.lscb.casereview.core.rules.QuestionId;
import uk.lscb.casereview.core.rules.Recommendation;

/**
 * Every complete path typed into the conversation, checked against the independent rules of {@link
 * Wt2015Paths}: a consistent path ends in the product formula's recommendation without a detour; a
 * contradictory one stops to ask which answer stands, and keeping either ends where the independent
 * rules say the answers it leaves lead.
 */
class Wt2015ConversationPathsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);
    private static final Conversation CONVERSATION =
            new Conversation(Wt2015.pack(), Boards.staffordshireAndStoke(), CLOCK);
    private static final String CONCERN = "concern_working_together";
    private static final String IMPACT = "multi_agency_negative_impact";

    private static List<Map<String, Answer>> paths;

    @BeforeAll
    static void walkEveryPath() {
        paths = Wt2015Paths.all();
    }

    /** What a conversation ended with: the recommendation, and whether it asked which answer stands. */
    private record Ending(Recommendation recommendation, Map<String, Answer> answers, Optional<Reply.Ask> asked) {
    }

    /** Types the path's answers (no to any question it has none for); keeps {@code keep} if asked which stands. */
    private static Ending type(Map<String, Answer> path, String keep) {
        ConversationState state = CONVERSATION.start(Optional.of(new BoardId("staffordshire")));
        Turn turn = CONVERSATION.handle(state, new Inbound.TextMessage("start"));
        Optional<Reply.Ask> whichStands = Optional.empty();
        for (int turns = 0; turn.state().phase() != Phase.REVIEWING; turns++) {
            assertThat(turns).as("turns on %s", path).isLessThan(30);
            state = turn.state();
            String typed;
            if (state.phase() == Phase.RESOLVING) {
                assertThat(whichStands).as("asked twice which stands, %s", path).isEmpty();
                whichStands = turn.replies().stream().filter(Reply.Ask.class::isInstance).map(Reply.Ask.class::cast)
                        .findFirst();
                Choice kept = whichStands.orElseThrow().choices().stream()
                        .filter(choice -> choice.payload().equals("keep:" + keep)).findFirst().orElseThrow();
                turn = CONVERSATION.handle(state, new Inbound.ButtonPressed(kept.payload()));
                continue;
            }
            assertThat(state.phase()).as("phase on %s", path).isEqualTo(Phase.ASKING);
            String id = state.current().orElseThrow().value();
            typed = switch (id) {
                case "case_reference" -> "SCR-2026-014";
                case "notified_on" -> "today";
                default -> path.getOrDefault(id, Answer.NO).code();
            };
            turn = CONVERSATION.handle(state, new Inbound.TextMessage(typed));
        }
        Recommendation recommendation = turn.replies().stream().filter(Reply.Recommended.class::isInstance)
                .map(reply -> ((Reply.Recommended) reply).recommendation()).findFirst().orElseThrow();
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (String id : Wt2015Answers.DECISIVE) {
            turn.state().answers().answer(QuestionId.of(id)).ifPresent(answer -> answers.put(id, answer));
        }
        return new Ending(recommendation, answers, whichStands);
    }

    @Test
    void everyConsistentPathReachesTheProductFormulaWithoutBeingAskedWhichAnswerStands() {
        assertThat(paths).filteredOn(path -> !Wt2015Paths.contradictory(path)).allSatisfy(path -> {
            Ending ending = type(path, CONCERN);

            assertThat(ending.asked()).as("asked which stands on %s", path).isEmpty();
            assertThat(ending.answers()).as("answers on %s", path).isEqualTo(path);
            assertThat(ending.recommendation().outcome()).as("outcome on %s", path).isEqualTo(Wt2015Paths.outcome(path));
            assertThat(ending.recommendation().fallbackOutcome()).as("fallback on %s", path)
                    .isEqualTo(Wt2015Paths.fallback(path));
        });
    }

    @Test
    void everyContradictoryPathAsksWhichAnswerStandsAndEitherChoiceEndsWhereTheRulesSay() {
        assertThat(paths).filteredOn(Wt2015Paths::contradictory).isNotEmpty().allSatisfy(path -> {
            for (String keep : List.of(CONCERN, IMPACT)) {
                Ending ending = type(path, keep);

                Reply.Ask asked = ending.asked().orElseThrow(() -> new AssertionError("never asked which stands, "
                        + path));
                assertThat(asked.text()).as("names both answers, %s", path)
                        .contains("Concern about how agencies worked together")
                        .contains("Criterion 1: negative impact on how agencies worked together")
                        .contains("Which answer stands?");
                Map<String, Answer> preferred = new LinkedHashMap<>(path);
                if (keep.equals(CONCERN)) {
                    preferred.put(IMPACT, Answer.NO);
                } else {
                    preferred.put(CONCERN, Answer.YES);
                }
                Map<String, Answer> expected = Wt2015Paths.asked(preferred);
                assertThat(Wt2015Paths.contradictory(expected)).isFalse();
                assertThat(ending.answers()).as("answers keeping %s on %s", keep, path).isEqualTo(expected);
                assertThat(ending.recommendation().outcome()).as("outcome keeping %s on %s", keep, path)
                        .isEqualTo(Wt2015Paths.outcome(expected));
                assertThat(ending.recommendation().fallbackOutcome()).as("fallback keeping %s on %s", keep, path)
                        .isEqualTo(Wt2015Paths.fallback(expected));
            }
        });
    }
}
