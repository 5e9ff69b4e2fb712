package uk.lscb.casereview.bot.teams;

import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import uk.lscb.casereview.adapters.teams.TeamsBot;
import uk.lscb.casereview.adapters.teams.TeamsSettings;
import uk.lscb.casereview.bot.config.CaseReviewProperties;
import uk.lscb.casereview.bot.config.ConfigurationCheck;
import uk.lscb.casereview.bot.config.Deployment;
import uk.lscb.casereview.bot.config.InvalidConfigurationException;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.boards.Roles;
import uk.lscb.casereview.core.cases.CaseService;
import uk.lscb.casereview.core.conversation.ScopingService;
import uk.lscb.casereview.core.delivery.Addresses;
import uk.lscb.casereview.core.delivery.DeliveryPort;
import uk.lscb.casereview.core.refs.BoardId;

/**
 * Teams, wired: the Teams adapter's entry type ({@link TeamsBot}) from the Azure Bot registration and each
 * board's configured Teams panel channel, and its decision cards, panel notifications and direct messages as
 * platform beans. New cases reach the Chair's card through the scoping service's referral listener (see
 * {@code CaseConfiguration}), so the bot itself is told of none — that would post twice.
 *
 * <p>Only in local mode or with an Azure Bot app id ({@link Deployment#teamsEndpoint}): a Slack-only
 * deployment has no Teams endpoint at all, since one without a token check would take activities from
 * anyone, as anyone, and post wherever their {@code serviceUrl} says.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(TeamsConfiguration.TeamsEndpoint.class)
public class TeamsConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(TeamsConfiguration.class);

    /** Local mode, or Teams configured by {@code MICROSOFT_APP_ID} or {@code casereview.teams.app-id}. */
    static final class TeamsEndpoint implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return Deployment.teamsEndpoint(context.getEnvironment());
        }
    }

    @Bean
    TeamsBot teamsBot(TeamsProperties properties, CaseReviewProperties casereview, ScopingService scoping,
                      CaseService cases, Addresses addresses, Roles roles, Boards boards,
                      Deployment deployment) {
        TeamsSettings settings = new TeamsSettings(properties.appId(), properties.appPassword(), properties.tenantId());
        if (settings.localMode() && !deployment.localMode()) {
            throw new InvalidConfigurationException("casereview.teams.app-id", "is empty although MICROSOFT_APP_ID "
                    + "is set: set one of them to the Azure Bot's app id (outside local mode every Teams request's "
                    + "token must be checked)");
        }
        if (settings.localMode()) {
            LOG.warn("""

                    ************************************************************************
                    *  TEAMS ENDPOINT IN LOCAL MODE: NO TOKEN IS CHECKED ON /api/messages.  *
                    *  MICROSOFT_APP_ID is not set, so anyone who can reach this server    *
                    *  can post activities as anyone. Not for real cases.                  *
                    ************************************************************************""");
        } else {
            LOG.info("Teams: Azure Bot {} ({}), every request's token is checked", settings.appId(),
                    settings.singleTenant() ? "single-tenant " + settings.tenantId() : "multi-tenant");
            ConfigurationCheck.teamsWarnings(settings.appId(), settings.appPassword(), settings.tenantId(), casereview)
                    .forEach(LOG::warn);
        }
        return new TeamsBot(settings, scoping, cases, addresses, roles, boards,
                panelChannels(casereview));
    }

    /** Each board's Teams panel channel conversation id from {@code casereview.boards[*].panel-channels.teams}. */
    static Map<BoardId, String> panelChannels(CaseReviewProperties properties) {
        Map<BoardId, String> channels = new LinkedHashMap<>();
        for (CaseReviewProperties.BoardProperties board : properties.boards()) {
            String teams = board.panelChannels().teams();
            if (teams != null && !teams.isBlank()) {
                channels.put(new BoardId(board.id()), teams.strip());
            }
        }
        return channels;
    }

    /** Teams as one of the platforms deliveries go to. */
    @Bean
    DeliveryPort teamsDeliveryPort(TeamsBot bot) {
        return bot.deliveryPort();
    }
}
