package uk.lscb.casereview.core.platforms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A platform is stored and sent by the name it always had, and a name that is none of them is refused clearly. */
class PlatformTest {

    @ParameterizedTest(name = "{1} <-> {0}")
    @CsvSource(textBlock = """
            TEAMS,    teams
            SLACK,    slack
            LOCAL,    local
            TERMINAL, terminal
            HTTP,     http
            BOT,      bot
            ALL,      all
            """)
    void eachPlatformIsWrittenAndReadByItsName(Platform platform, String name) {
        assertThat(platform.id()).isEqualTo(name);
        assertThat(platform).hasToString(name);
        assertThat(Platform.parse(name)).isSameAs(platform);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"whatsapp", "Teams", "TEAMS", " teams", ""})
    void aNameThatIsNoPlatformIsRefusedNamingItAndTheKnownOnes(String name) {
        assertThatThrownBy(() -> Platform.parse(name)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'" + name + "' is not a platform: use one of teams, slack, local, terminal, http, bot, "
                        + "all");
    }

    @Test
    void noNameIsRefusedToo() {
        assertThatThrownBy(() -> Platform.parse(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a platform");
    }
}
