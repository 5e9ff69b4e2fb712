package uk.lscb.casereview.bot.slack;

import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import uk.lscb.casereview.adapters.slack.SlackAssistant;
import uk.lscb.casereview.adapters.slack.SlackSettings;
import uk.lscb.casereview.bot.config.CaseReviewProperties;
import uk.lscb.casereview.bot.config.Deployment;
import uk.lscb.casereview.bot.config.InvalidConfigurationException;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.boards.Roles;
import uk.lscb.casereview.core.cases.CaseCommands;
import uk.lscb.casereview.core.cases.CaseService;
import uk.lscb.casereview.core.conversation.ScopingService;
import uk.lscb.casereview.core.delivery.Addresses;
import uk.lscb.casereview.core.delivery.DeliveryPort;
import uk.lscb.casereview.core.delivery.PostedCopies;
import uk.lscb.casereview.core.refs.BoardId;

/**
 * The Slack app, on only when {@code SLACK_BOT_TOKEN} (or {@code casereview.slack.bot-token}) is set (the same test that turns local mode off).
 * HTTP mode: Bolt's servlet at {@code /slack/events}, registered as a servlet so that Bolt reads the
 * raw body and checks every request's signature with {@code SLACK_SIGNING_SECRET}, which is then
 * required. Socket Mode ({@code SLACK_APP_TOKEN}): connected when the application starts and closed
 * when it stops; the servlet is not registered. Contributes Slack's {@code DeliveryPort} to the case wiring.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Conditional(SlackConfiguration.SlackBotTokenSet.class)
public class SlackConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(SlackConfiguration.class);
    static final String PATH = "/slack/events";

    /**
     * {@code SLACK_BOT_TOKEN} or {@code casereview.slack.bot-token} set and not blank, exactly as local mode
     * reads it ({@link Deployment#slackConfigured}).
     */
    static final class SlackBotTokenSet implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return Deployment.slackConfigured(context.getEnvironment());
        }
    }

    @Bean
    SlackSettings slackSettings(SlackProperties properties) {
        boolean socketMode = present(properties.appToken());
        if (!present(properties.botToken())) {
            throw new InvalidConfigurationException("casereview.slack.bot-token",
                    "is empty although SLACK_BOT_TOKEN is set: set one of them to the app's bot token (xoxb-...)");
        }
        if (!socketMode && !present(properties.signingSecret())) {
            throw new InvalidConfigurationException("casereview.slack.signing-secret", "SLACK_SIGNING_SECRET is "
                    + "required when SLACK_BOT_TOKEN is set: every request to " + PATH + " is checked with it "
                    + "(or set SLACK_APP_TOKEN for Socket Mode)");
        }
        return new SlackSettings(properties.botToken(), Optional.ofNullable(properties.signingSecret()),
                Optional.ofNullable(properties.appToken()), properties.apiUrl());
    }

    @Bean
    SlackAssistant slackAssistant(SlackSettings settings, ScopingService scoping, CaseService cases,
                                  CaseCommands commands, Addresses addresses, PostedCopies postedCopies,
                                  Roles roles, Boards boards,
                                  CaseReviewProperties properties, Clock clock) {
        Map<BoardId, String> panels = new LinkedHashMap<>();
        for (CaseReviewProperties.BoardProperties board : properties.boards()) {
            String channel = board.panelChannels().slack();
            if (present(channel) && present(board.id())) {
                panels.put(new BoardId(board.id()), channel.trim());
            }
        }
        return new SlackAssistant(settings, scoping, cases, addresses, postedCopies, roles, boards, panels, clock,
                Optional.of(commands));
    }

    /** Slack as one of the platforms deliveries go to. */
    @Bean
    DeliveryPort slackDeliveryPort(SlackAssistant assistant) {
        return assistant.deliveryPort();
    }

    /** Bolt's servlet, in HTTP mode only: it must read the raw body itself for the signature check. */
    @Bean
    ServletRegistrationBean<SlackAppServlet> slackEvents(SlackAssistant assistant) {
        ServletRegistrationBean<SlackAppServlet> registration = new ServletRegistrationBean<>(assistant.servlet(),
                PATH);
        registration.setName("slackEvents");
        registration.setEnabled(!assistant.socketMode());
        return registration;
    }

    /** Bolt's refusals as JSON errors, like every other endpoint's ({@link SlackJsonErrors}). */
    @Bean
    FilterRegistrationBean<SlackJsonErrors> slackJsonErrors() {
        FilterRegistrationBean<SlackJsonErrors> registration = new FilterRegistrationBean<>(new SlackJsonErrors());
        registration.addUrlPatterns(PATH);
        return registration;
    }

    @Bean
    SlackLifecycle slackLifecycle(SlackAssistant assistant) {
        return new SlackLifecycle(assistant);
    }

    /** Starts the Bolt app (and its Socket Mode connection) with the application, and stops it. */
    static final class SlackLifecycle implements SmartLifecycle {
        private final SlackAssistant assistant;
        private volatile boolean running;

        SlackLifecycle(SlackAssistant assistant) {
            this.assistant = assistant;
        }

        /**
         * Socket Mode must connect, or Slack would be silently off: a failure stops the start. In HTTP
         * mode Bolt checks the bot token (auth.test) when it starts, and again on the first request if
         * that failed, so Slack being unreachable for a moment does not take the rest of the service down.
         */
        @Override
        public void start() {
            if (assistant.socketMode()) {
                assistant.start();
            } else {
                try {
                    assistant.start();
                } catch (RuntimeException failed) {
                    LOG.warn("Slack: the bot token could not be checked at start-up ({}); it is checked again on "
                            + "the first request to {}", failed.getMessage(), PATH);
                }
            }
            running = true;
            LOG.info("Slack app started ({})", assistant.socketMode() ? "Socket Mode" : "HTTP at " + PATH);
        }

        @Override
        public void stop() {
            assistant.stop();
            running = false;
        }

        @Override
        public boolean isRunning() {
            return running;
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
