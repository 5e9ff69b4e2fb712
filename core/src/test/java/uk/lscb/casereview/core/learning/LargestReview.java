package uk.lscb.casereview.core.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.cases.AuditEvent;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.CaseService;
import uk.lscb.casereview.core.cases.CaseStatus;
import uk.lscb.casereview.core.cases.Cases;
import uk.lscb.casereview.core.cases.ChairDecision;
import uk.lscb.casereview.core.contracts.PortFixtures;
import uk.lscb.casereview.core.messages.StepField;
import uk.lscb.casereview.core.messages.StepForm;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.rules.Outcome;

/**
 * The most a review's learning could hold, for the platforms' limit tests: 60 findings with the longest titles and
 * texts, 120 recommendations from all of them for ten agencies, and 120 actions, none started; and every learning
 * form as those who enter the learning see it, each field filled with the longest a person could type and refused
 * beside its first field with the longest message.
 */
public final class LargestReview {
    public static final int FINDINGS = 60;
    public static final int RECOMMENDATIONS = 120;
    /** Every learning form, by step id. */
    public static final List<String> STEPS = List.of(LearningForms.FINDING, LearningForms.RECOMMENDATION,
            LearningForms.ACTION, LearningForms.STARTED, LearningForms.DONE, LearningForms.RECORD,
            LearningForms.LEAD_REVIEWER);
    private static final String SENTENCE = "the school's concern about missed appointments did not reach the team. ";

    private LargestReview() {
    }

    /** A case of Staffordshire referred and decided a Serious Case Review by this Chair, stored in {@code cases}. */
    public static CaseRecord decided(Cases cases, String reference, UserRef chair) {
        CaseRecord referred = PortFixtures.caseRecord(reference, new ConversationKey(chair.platform(), "a:chat"),
                PortFixtures.AT);
        CaseRecord decided = referred.next(CaseStatus.DECIDED, Optional.of(new ChairDecision(
                Outcome.SERIOUS_CASE_REVIEW, chair, PortFixtures.AT.plusSeconds(60), Optional.empty(),
                Optional.empty(), List.of(), false, false)), referred.deadlines(), new AuditEvent(
                PortFixtures.AT.plusSeconds(60), chair, "decided", Outcome.SERIOUS_CASE_REVIEW.name(),
                referred.recommendation().rulePack()));
        cases.create(decided);
        return decided;
    }

    /** Enters it on this decided case, as this person (who may enter the learning). */
    public static void enter(LearningService service, CaseRecord record, UserRef who) {
        CaseService.Actor actor = CaseService.Actor.person(who);
        String longest = SENTENCE.repeat(60).substring(0, 4000).trim();
        List<Integer> findings = new ArrayList<>();
        for (int i = 1; i <= FINDINGS; i++) {
            applied(service.addFinding(record.id(), new LearningService.FindingInput(i + " "
                    + SENTENCE.repeat(3).substring(0, LearningService.MAX_TITLE - 10).trim(), longest,
                    service.themes().all(), "learning"), actor));
            findings.add(i);
        }
        List<String> agencies = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            agencies.add("the health visiting service of the south of the county, team " + i);
        }
        for (int i = 1; i <= RECOMMENDATIONS; i++) {
            String text = (i + " " + longest).substring(0, longest.length()).trim();
            applied(service.addRecommendation(record.id(), new LearningService.RecommendationInput(text, findings,
                    agencies), actor));
            applied(service.addAction(record.id(), new LearningService.ActionInput(i, agencies.get(i % 10),
                    Optional.empty(), "2027-12-31"), actor));
        }
    }

    /** Every learning form of the case as this person sees it, refused with the longest typing; by step id. */
    public static Map<String, StepForm> refusedForms(LearningForms forms, CaseRecord record, UserRef who) {
        Map<String, StepForm> refused = new LinkedHashMap<>();
        for (String step : STEPS) {
            StepForm form = forms.open(new ButtonAction.OpenStep(record.id().value(), step), who).orElseThrow()
                    .form().orElseThrow(() -> new AssertionError("no form " + step));
            Map<String, String> typed = new HashMap<>();
            form.fields().forEach(field -> typed.put(field.id(), switch (field.type()) {
                case DATE -> "2026-11-28";
                case BOOLEAN -> "true";
                case CHOICE -> field.options().get(field.options().size() - 1).value();
                case CHOICES -> String.join(StepField.SEPARATOR, field.options().stream()
                        .map(StepField.Option::value).toList());
                case URL -> "https://example.org/" + "u".repeat(4000);
                case TEXT, LINE -> "t".repeat(4000);
                case PERSON -> "U0" + "P".repeat(20);
            }));
            refused.put(step, form.refused(typed, form.fields().stream().findFirst().map(StepField::id),
                    "m".repeat(3000)));
        }
        return refused;
    }

    private static void applied(LearningService.Result result) {
        assertThat(result.applied()).as(result.message()).isTrue();
    }
}
