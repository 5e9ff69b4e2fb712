package uk.lscb.casereview.core.rules.wt2015;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Object mother for wt2015 answer sets written compactly in test tables. Short names stand for the
 * stable ids (abuse = abuse_or_neglect, died = child_died, custody = died_in_custody, suicide =
 * suspected_suicide, harmed = seriously_harmed, concern = concern_working_together, impact =
 * multi_agency_negative_impact, criterion2 = single_agency_improvements, several =
 * several_agencies_need_action, oneorg = single_organisation_improvements, audit =
 * further_audit_needed); full ids work too.
 */
final class Wt2015Answers {

    static final Map<String, String> SHORT =
            Map.ofEntries(
                    Map.entry("abuse", "abuse_or_neglect"),
                    Map.entry("died", "child_died"),
                    Map.entry("custody", "died_in_custody"),
                    Map.entry("suicide", "suspected_suicide"),
                    Map.entry("harmed", "seriously_harmed"),
                    Map.entry("concern", "concern_working_together"),
                    Map.entry("impact", "multi_agency_negative_impact"),
                    Map.entry("criterion2", "single_agency_improvements"),
                    Map.entry("several", "several_agencies_need_action"),
                    Map.entry("oneorg", "single_organisation_improvements"),
                    Map.entry("audit", "further_audit_needed"));

    /** The decisive ids in asking order. */
    static final List<String> DECISIVE =
            List.of(
                    "abuse_or_neglect",
                    "child_died",
                    "died_in_custody",
                    "suspected_suicide",
                    "seriously_harmed",
                    "concern_working_together",
                    "multi_agency_negative_impact",
                    "single_agency_improvements",
                    "several_agencies_need_action",
                    "single_organisation_improvements",
                    "further_audit_needed");

    private Wt2015Answers() {}

    /** "abuse=yes died=no" (spaces or commas between pairs) as an ordered map of full ids to values. */
    static Map<String, String> parse(String compact) {
        Map<String, String> answers = new LinkedHashMap<>();
        if (compact == null || compact.isBlank() || compact.trim().equals("-")) {
            return answers;
        }
        for (String pair : compact.trim().split("[,\\s]+")) {
            String[] parts = pair.split("=", 2);
            answers.put(id(parts[0]), parts[1]);
        }
        return answers;
    }

    /** "abuse died" or "-" as full ids. */
    static List<String> ids(String compact) {
        if (compact == null || compact.isBlank() || compact.trim().equals("-")) {
            return List.of();
        }
        return Arrays.stream(compact.trim().split("[,\\s]+")).map(Wt2015Answers::id).collect(Collectors.toList());
    }

    static String id(String shortOrFull) {
        return SHORT.getOrDefault(shortOrFull, shortOrFull);
    }
}
