package uk.lscb.casereview.bot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.learning.LearningThemes;

class LearningPropertiesTest {

    @Test
    void noThemesConfiguredMeansTheDefaultListAndConfiguredOnesAreTidied() {
        assertThat(new LearningProperties(null).learningThemes()).isEqualTo(LearningThemes.DEFAULT);
        assertThat(new LearningProperties(List.of(" Early  Help ", "neglect", "early help")).learningThemes().all())
                .containsExactly("early help", "neglect");
    }

    /** Themes are chosen, and typed, separated by commas: a theme holding one could be neither. */
    @Test
    void aThemeHoldingACommaStopsTheStartNamingThePropertyAndTheTheme() {
        assertThatThrownBy(() -> new LearningProperties(List.of("neglect", "drugs, alcohol")).learningThemes())
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("casereview.learning.themes: a theme cannot hold a comma, which separates themes: "
                        + "\"drugs, alcohol\"");
    }
}
