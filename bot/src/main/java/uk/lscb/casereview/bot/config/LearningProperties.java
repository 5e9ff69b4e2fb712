package uk.lscb.casereview.bot.config;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import uk.lscb.casereview.core.learning.LearningThemes;

/**
 * {@code casereview.learning.*}: the themes the boards file their findings under ({@code casereview.learning.themes});
 * unset, the default list ({@link LearningThemes#DEFAULT}).
 */
@ConfigurationProperties("casereview.learning")
public record LearningProperties(List<String> themes) {
    public LearningProperties {
        themes = themes == null ? List.of() : List.copyOf(themes);
    }

    /** The themes, or the default list; a list no one could choose from stops the start with what is wrong. */
    public LearningThemes learningThemes() {
        try {
            return themes.isEmpty() ? LearningThemes.DEFAULT : new LearningThemes(themes);
        } catch (IllegalArgumentException wrong) {
            throw new InvalidConfigurationException("casereview.learning.themes", wrong.getMessage());
        }
    }
}
