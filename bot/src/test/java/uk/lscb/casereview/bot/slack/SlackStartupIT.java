package uk.lscb.casereview.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import uk.lscb.casereview.adapters.slack.SlackAssistant;
import uk.lscb.casereview.bot.CaseReviewApplication;
import uk.lscb.casereview.bot.config.InvalidConfigurationException;

/** Slack is on only with SLACK_BOT_TOKEN, and in HTTP mode not without SLACK_SIGNING_SECRET. */
@ExtendWith(OutputCaptureExtension.class)
class SlackStartupIT {

    private static ConfigurableApplicationContext start(String... properties) {
        String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("server.port=0",
                        "server.address=127.0.0.1", "casereview.reminders.first-sweep-after=PT1H"),
                java.util.Arrays.stream(properties)).map(property -> "--" + property).toArray(String[]::new);
        return new SpringApplicationBuilder(CaseReviewApplication.class).run(args);
    }

    @Test
    void httpModeWithoutTheSigningSecretStopsTheStartWithOneLineNamingIt(CapturedOutput output) {
        assertThatThrownBy(() -> start("SLACK_BOT_TOKEN=xoxb-1", "SLACK_API_URL=http://127.0.0.1:9/api/"))
                .rootCause().isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("SLACK_SIGNING_SECRET");
        assertThat(output).contains("Invalid configuration: casereview.slack.signing-secret: SLACK_SIGNING_SECRET "
                + "is required when SLACK_BOT_TOKEN is set");
    }

    @Test
    void withoutTheBotTokenThereIsNoSlack() {
        try (ConfigurableApplicationContext local = start()) {
            assertThat(local.getBeansOfType(SlackConfiguration.class)).isEmpty();
            assertThat(local.getBeansOfType(SlackAssistant.class)).isEmpty();
            assertThat(local.getBeansOfType(ServletRegistrationBean.class).values())
                    .noneMatch(registration -> registration.getUrlMappings().contains("/slack/events"));
        }
    }
}
