package uk.lscb.casereview.core.learning;

import java.util.List;
import java.util.Optional;
import uk.lscb.casereview.core.messages.StepField;

/**
 * The themes findings are filed under, as the boards configure them ({@code casereview.learning.themes}); a finding's
 * themes come from this list, so that both boards' searches find each other's learning under the same words.
 */
public record LearningThemes(List<String> all) {
    /** The themes a deployment starts with. */
    public static final LearningThemes DEFAULT = new LearningThemes(List.of("information sharing", "risk assessment",
            "neglect", "domestic abuse", "mental health", "substance misuse", "safeguarding practice", "supervision",
            "agencies working together", "voice of the child"));

    public LearningThemes {
        all = all.stream().map(Terms::theme).filter(theme -> !theme.isEmpty()).distinct().toList();
        if (all.isEmpty()) {
            throw new IllegalArgumentException("the learning log needs at least one theme");
        }
        all.stream().filter(theme -> theme.contains(StepField.SEPARATOR)).findFirst().ifPresent(theme -> {
            throw new IllegalArgumentException("a theme cannot hold a comma, which separates themes: \"" + theme
                    + "\"");
        });
    }

    /** The listed theme this typed one is (any case, any spacing), if it is one. */
    public Optional<String> find(String typed) {
        String theme = typed == null ? "" : Terms.theme(typed);
        return all.stream().filter(theme::equals).findFirst();
    }
}
