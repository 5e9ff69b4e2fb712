package uk.lscb.casereview.bot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import uk.lscb.casereview.bot.CaseReviewApplication;

/** The real application context: bad configuration stops it with one line naming the property. */
@ExtendWith(OutputCaptureExtension.class)
class ConfigurationStartupTest {

    /** Properties as command-line arguments: they win over application.yml, as an operator's would. */
    private static ConfigurableApplicationContext start(String... properties) {
        String[] args = java.util.Arrays.stream(properties).map(property -> "--" + property).toArray(String[]::new);
        return new SpringApplicationBuilder(CaseReviewApplication.class).web(WebApplicationType.NONE).run(args);
    }

    @Test
    void anInvalidBoardIdStopsTheStartNamingTheProperty(CapturedOutput output) {
        assertThatThrownBy(() -> start("casereview.boards[0].id=Staffs", "casereview.boards[0].name=Staffordshire"))
                .rootCause().isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("casereview.boards[0].id");
        assertThat(output).contains("Invalid configuration: casereview.boards[0].id: 'Staffs' is not a board id");
    }

    @Test
    void aBoardOnARulePackThisDeploymentDoesNotHaveStopsTheStartNamingTheProperty(CapturedOutput output) {
        assertThatThrownBy(() -> start("casereview.boards[0].id=staffordshire",
                "casereview.boards[0].name=Staffordshire", "casereview.boards[0].rule-pack=wt2018"))
                .rootCause().isInstanceOf(InvalidConfigurationException.class);
        assertThat(output).contains("Invalid configuration: casereview.boards[0].rule-pack: 'wt2018' is not a rule "
                + "pack of this deployment: use wt2015 or wt2023 (or leave it out for wt2015)");
    }

    @Test
    void peopleListedOnAPlatformThatIsNotOneStopTheStartNamingTheProperty(CapturedOutput output) {
        assertThatThrownBy(() -> start("casereview.boards[0].id=staffordshire",
                "casereview.boards[0].name=Staffordshire", "casereview.boards[0].chairs.whatsapp[0]=chair-1"))
                .rootCause().isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("casereview.boards[0].chairs.whatsapp");
        assertThat(output).contains("Invalid configuration: casereview.boards[0].chairs.whatsapp: 'whatsapp' is not "
                + "a platform people are listed on: use teams, slack or local");
    }

    @Test
    void localModeCannotBeForcedOnBesideTeamsCredentials() {
        assertThatThrownBy(() -> start("MICROSOFT_APP_ID=app", "casereview.local-mode=true"))
                .isInstanceOf(InvalidConfigurationException.class).hasMessageContaining("casereview.local-mode");
    }

    @Test
    void aTeamsAppIdSetOnItsPropertyTurnsLocalModeOffToo() {
        try (ConfigurableApplicationContext teams = start("casereview.teams.app-id=app")) {
            assertThat(teams.getBean(Deployment.class).localMode()).isFalse();
        }
        assertThatThrownBy(() -> start("casereview.teams.app-id=app", "casereview.local-mode=true"))
                .isInstanceOf(InvalidConfigurationException.class).hasMessageContaining("casereview.local-mode");
    }

    @Test
    void localModeBindsToLoopbackByDefaultAndIsOffWithSlackCredentials() {
        try (ConfigurableApplicationContext local = start()) {
            assertThat(local.getBean(Deployment.class).localMode()).isTrue();
            assertThat(local.getEnvironment().getProperty("server.address")).isEqualTo("127.0.0.1");
        }
        try (ConfigurableApplicationContext local = start("server.address=0.0.0.0")) {
            assertThat(local.getEnvironment().getProperty("server.address")).isEqualTo("0.0.0.0");
        }
        try (ConfigurableApplicationContext slack = start("SLACK_BOT_TOKEN=xoxb-1")) {
            assertThat(slack.getBean(Deployment.class).localMode()).isFalse();
            assertThat(slack.getEnvironment().getProperty("server.address")).isNull();
        }
    }
}
