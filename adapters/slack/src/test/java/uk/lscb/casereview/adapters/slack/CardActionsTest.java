package uk.lscb.casereview.adapters.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.reflect.TypeToken;
import com.slack.api.model.view.ViewState;
import com.slack.api.util.json.GsonFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.lscb.casereview.core.actions.DecisionVerb;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.DecisionCard;
import uk.lscb.casereview.core.cases.Referral;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.CaseReference;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.rules.Answers;
import uk.lscb.casereview.core.rules.Outcome;
import uk.lscb.casereview.core.rules.RulePacks;
import uk.lscb.casereview.core.rules.wt2015.Wt2015;

/** Which inputs the Chair's Slack modals ask for: the ones the core's decision rules need. */
class CardActionsTest {
    private static final RulePacks PACKS = new RulePacks(List.of(Wt2015.pack()));

    /** A pending decision card for a case with these answers (every other question the flow asks: no). */
    private static DecisionCard card(Map<String, String> wanted) {
        Map<String, String> encoded = new LinkedHashMap<>();
        encoded.put("board", "staffordshire");
        encoded.put("case_reference", "LR-2026-11");
        encoded.put("notified_on", "2026-11-20");
        Answers answers = Answers.decode(Wt2015.pack(), encoded, Set.of());
        while (Wt2015.pack().next(answers).isPresent()) {
            String id = Wt2015.pack().next(answers).get().id().value();
            encoded.put(id, wanted.getOrDefault(id, "no"));
            answers = Answers.decode(Wt2015.pack(), encoded, Set.of());
        }
        Referral referral = new Referral(new BoardId("staffordshire"), new CaseReference("LR-2026-11"),
                LocalDate.parse("2026-11-20"), answers, Wt2015.pack().recommend(answers));
        CaseRecord record = CaseRecord.referred(referral, new UserRef(Platform.SLACK, "UPRAC001", "Sam Practitioner"),
                new ConversationKey(Platform.SLACK, "DPRAC001"), Instant.parse("2026-11-28T10:00:00Z"));
        return DecisionCard.of(record, Boards.staffordshireAndStoke(), PACKS);
    }

    @ParameterizedTest(name = "{0}: confirm asks for a justification: {1}")
    @CsvSource(delimiter = '|', value = {
        // abuse_or_neglect, seriously_harmed, concern_working_together (child_died no)
        "yes yes no       | true",
        "unsure unsure no | true",
        "yes no -         | false",
        "no - -           | false",
    })
    void confirmingAConsideredCaseBelowTheThresholdAsksForTheJustification(String given, boolean justification) {
        String[] values = given.trim().split("\\s+");
        Map<String, String> wanted = new LinkedHashMap<>();
        wanted.put("abuse_or_neglect", values[0]);
        wanted.put("seriously_harmed", values[1]);
        wanted.put("concern_working_together", values[2]);
        DecisionCard card = card(wanted);

        Optional<CardActions.ModalPlan> confirm = CardActions.plan(card, DecisionVerb.CONFIRM);
        CardActions.ModalPlan decide = CardActions.plan(card, DecisionVerb.DECIDE,
                Optional.of(Outcome.NO_FURTHER_ACTION)).orElseThrow();
        assertThat(CardActions.plan(card, DecisionVerb.DECIDE).orElseThrow().inputs())
                .as("before an outcome is chosen, the decide modal shows the outcome list alone")
                .extracting(DecisionCard.Input::id).containsExactly(DecisionCard.OUTCOME);

        assertThat(confirm.map(plan -> plan.required().contains(DecisionCard.JUSTIFICATION)).orElse(false))
                .as("the confirm modal requires the justification").isEqualTo(justification);
        assertThat(decide.inputs()).extracting(DecisionCard.Input::id)
                .as("the decide modal offers the justification for no further action").matches(ids -> ids.contains(
                        DecisionCard.JUSTIFICATION) == justification);
        assertThat(card.inputs()).extracting(DecisionCard.Input::id).contains(DecisionCard.JUSTIFICATION);
    }

    /** A modal's state values as Slack sends them, read from JSON. */
    private static Map<String, Map<String, ViewState.Value>> state(String json) {
        return GsonFactory.createSnakeCase().fromJson(json,
                new TypeToken<Map<String, Map<String, ViewState.Value>>>() { }.getType());
    }

    @Test
    void theValuesOfAModalAreWhatEachInputHoldsAndNothingForAnInputThatHoldsNothing() {
        Map<String, String> values = CardActions.values(state("""
                {"reason": {"reason": {"type": "plain_text_input", "value": "typed"}},
                 "outcome": {"outcome": {"type": "static_select", "selected_option": {"value": "SERIOUS_CASE_REVIEW"}}},
                 "independent": {"independent": {"type": "checkboxes", "selected_options": [{"value": "true"}]}},
                 "consent": {"consent": {"type": "checkboxes", "selected_options": []}},
                 "lead_reviewers": {"lead_reviewers": {"type": "checkboxes", "selected_options": [{"value": "x"}]}},
                 "due": {"due": {"type": "datepicker", "selected_date": "2027-01-04"}},
                 "owner": {"owner": {"type": "users_select", "selected_user": "U123"}},
                 "themes": {"themes": {"type": "multi_static_select", "selected_options": [{"value": "neglect"},
                            {"value": "voice of the child"}]}},
                 "findings": {"findings": {"type": "multi_static_select", "selected_options": []}},
                 "unchosen": {"unchosen": {"type": "static_select", "selected_option": {"text": {"text": "x"}}}},
                 "empty": null,
                 "blank": {"blank": null}}
                """));

        assertThat(values).containsExactlyInAnyOrderEntriesOf(Map.of("reason", "typed",
                "outcome", "SERIOUS_CASE_REVIEW", "independent", "true", "consent", "false",
                "lead_reviewers", "false", "due", "2027-01-04", "owner", "U123", "themes", "neglect,voice of the child",
                "findings", ""));
    }
}
