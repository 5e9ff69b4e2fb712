package uk.lscb.casereview.core.driver;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Object mother: tables of a practitioner's answers by question id, for {@link ChatDriver#refer}. */
public final class ReferralAnswers {
    private static final List<String> DECISIVE = List.of("abuse_or_neglect", "child_died", "died_in_custody",
            "suspected_suicide", "seriously_harmed", "concern_working_together", "multi_agency_negative_impact",
            "single_agency_improvements", "several_agencies_need_action", "single_organisation_improvements",
            "further_audit_needed");

    private ReferralAnswers() {
    }

    /** A child died of abuse or neglect, nothing else: a Serious Case Review for Staffordshire. */
    public static Map<String, String> seriousCaseReview(String reference, String notifiedOn) {
        return with(reference, notifiedOn, Map.of("abuse_or_neglect", "yes", "child_died", "yes"));
    }

    /** Serious harm, abuse known, a concern about how agencies worked together: a Serious Case Review. */
    public static Map<String, String> seriousHarmWithAConcern(String reference, String notifiedOn) {
        return with(reference, notifiedOn, Map.of("abuse_or_neglect", "yes", "child_died", "no",
                "seriously_harmed", "yes", "concern_working_together", "yes"));
    }

    /**
     * Staffordshire, this reference and notification date, the decisive answers given and "no" to every other
     * decisive question.
     */
    public static Map<String, String> with(String reference, String notifiedOn, Map<String, String> decisive) {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("board", "staffordshire");
        answers.put("case_reference", reference);
        answers.put("notified_on", notifiedOn);
        DECISIVE.forEach(id -> answers.put(id, decisive.getOrDefault(id, "no")));
        answers.putAll(decisive);
        return answers;
    }
}
