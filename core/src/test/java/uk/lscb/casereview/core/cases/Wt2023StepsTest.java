package uk.lscb.casereview.core.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.lscb.casereview.core.cases.CaseLifecycle.Result;
import uk.lscb.casereview.core.contracts.PortFixtures;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.rules.Outcome;

/**
 * A wt2023 incident's serious incident notification and rapid review, recorded in chat before the decision: the
 * rapid review follows the notification (Panel FAQ: "a rapid review cannot be undertaken without the prior submission
 * of a Serious Incident Notification") and covers the facts, immediate safety action and learning (Working Together
 * 2023 ch. 5, rapid reviews, as rule pack wt2023 words them; the guidance's paragraph not verified).
 */
class Wt2023StepsTest {
    private static final Instant AT = Instant.parse("2026-12-01T15:30:00Z");
    private static final UserRef CHAIR = new UserRef(Platform.LOCAL, "chair-staffordshire", "The Chair");
    private static final UserRef MANAGER = new UserRef(Platform.LOCAL, "business-manager", "The Business Manager");

    private static CaseRecord notifiable() {
        return PortFixtures.wt2023CaseRecord("CSPR-2026-400", new ConversationKey(Platform.LOCAL, "p"),
                PortFixtures.AT);
    }

    private static Map<String, String> rapidReview() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(CaseStep.Fields.COMPLETED_ON, "2026-12-01");
        values.put(CaseStep.Fields.FACTS, "true");
        values.put(CaseStep.Fields.IMMEDIATE_ACTION, "true");
        values.put(CaseStep.Fields.LEARNING, "true");
        values.put(CaseStep.Fields.LOCAL_REVIEW, "may-meet");
        values.put(CaseStep.Fields.SENT_ON, "2026-12-01");
        return values;
    }

    private static Result apply(CaseRecord record, CaseStep step, Map<String, String> values) {
        return CaseLifecycle.apply(record, new CaseAction.Step(MANAGER, step, values), AT);
    }

    private static CaseRecord notified() {
        Result result = apply(notifiable(), CaseStep.SERIOUS_INCIDENT_NOTIFIED,
                Map.of(CaseStep.Fields.SENT_ON, "2026-11-25"));
        assertThat(result).isInstanceOf(Result.Applied.class);
        return ((Result.Applied) result).next();
    }

    @Test
    void bothStepsBelongToANotifiableIncidentBeforeAnyDecisionAndNotToAWt2015Case() {
        CaseRecord wt2015 = PortFixtures.caseRecord("SCR-2026-401", new ConversationKey(Platform.LOCAL, "q"),
                PortFixtures.AT);

        assertThat(CaseLifecycle.available(notifiable())).contains(CaseStep.SERIOUS_INCIDENT_NOTIFIED)
                .doesNotContain(CaseStep.RAPID_REVIEW);
        assertThat(CaseLifecycle.available(notified())).contains(CaseStep.RAPID_REVIEW)
                .doesNotContain(CaseStep.SERIOUS_INCIDENT_NOTIFIED);
        assertThat(CaseLifecycle.available(wt2015)).doesNotContain(CaseStep.SERIOUS_INCIDENT_NOTIFIED,
                CaseStep.RAPID_REVIEW);
        assertThat(CaseLifecycle.refusal(wt2015, CaseStep.RAPID_REVIEW)).contains("This case is not an incident to "
                + "notify to the Child Safeguarding Practice Review Panel, so \u201CRapid review completed and sent "
                + "to the Panel\u201D does not apply to it.");
    }

    @Test
    void theRapidReviewWaitsForTheNotification() {
        assertThat(CaseLifecycle.refusal(notifiable(), CaseStep.RAPID_REVIEW)).contains("That can't be done yet: "
                + "first record \u201CSerious incident notified to the Panel\u201D.");
    }

    @Test
    void theRapidReviewIsRecordedWithItsChecklistInTheTrail() {
        Result result = apply(notified(), CaseStep.RAPID_REVIEW, rapidReview());

        assertThat(result).isInstanceOf(Result.Applied.class);
        CaseRecord next = ((Result.Applied) result).next();
        assertThat(CaseStep.RAPID_REVIEW.lastEntry(next)).hasValueSatisfying(entry -> assertThat(entry.detail())
                .contains("It may meet them: a local review is recommended"));
        assertThat(next.status()).isEqualTo(CaseStatus.AWAITING_DECISION);
    }

    @Test
    void aNotifiableIncidentsCaseIsNotClosedBeforeItsRapidReview() {
        Result decided = CaseLifecycle.apply(notified(), new CaseAction.Decide(CHAIR,
                Outcome.LOCAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW, Optional.empty(), Optional.empty(), List.of(), false,
                false), AT);

        assertThat(decided).isInstanceOf(Result.Applied.class);
        assertThat(CaseLifecycle.refusal(((Result.Applied) decided).next(), CaseStep.CLOSE)).contains("That can't be "
                + "done yet: first record \u201CRapid review completed and sent to the Panel\u201D.");
    }

    @ParameterizedTest(name = "{0} not ticked: refused, naming it")
    @CsvSource({
        "facts_gathered, The facts of the case were gathered",
        "immediate_action_considered, Whether any immediate action is needed to keep children safe",
        "learning_shared, Any learning was shared",
    })
    void eachItemOfTheChecklistMustBeCovered(String field, String label) {
        Map<String, String> values = rapidReview();
        values.put(field, "false");

        Result result = apply(notified(), CaseStep.RAPID_REVIEW, values);

        assertThat(result).isInstanceOfSatisfying(Result.Refused.class, refused -> {
            assertThat(refused.message()).startsWith("A rapid review covers each of these: please tick \u201C" + label);
            assertThat(refused.input()).contains(field);
        });
    }
}
