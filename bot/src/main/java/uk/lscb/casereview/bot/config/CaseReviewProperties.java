package uk.lscb.casereview.bot.config;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import uk.lscb.casereview.core.platforms.Platform;

/**
 * Everything under {@code casereview.*}. Bound as given, then checked by {@link ConfigurationCheck}
 * so that a bad value stops the start with one line naming the property.
 *
 * @param boards     the boards of this deployment, in display order
 * @param adminToken bearer token for the admin HTTP endpoints outside local mode ({@code CASEREVIEW_ADMIN_TOKEN})
 * @param localMode  derived at start-up by {@link LocalModeEnvironment}; may be set to false, never forced true
 * @param mongodbUri a real MongoDB ({@code MONGODB_URI}); empty: the embedded server
 * @param dataDir    where the embedded server keeps its data ({@code CASEREVIEW_DATA_DIR}, default {@code ./data})
 */
@ConfigurationProperties("casereview")
public record CaseReviewProperties(List<BoardProperties> boards, String adminToken, Boolean localMode,
                                   String mongodbUri, String dataDir) {

    public CaseReviewProperties {
        boards = boards == null ? List.of() : List.copyOf(boards);
    }

    /**
     * One board: its id, name, aliases, who its Chairs, administrators and business managers are, its panel
     * channels, the rule pack its new referrals follow ({@code rule-pack}: {@code wt2015} when not given), and, for a
     * pack whose decision the safeguarding partners make ({@code wt2023}), its {@code partners}.
     */
    public record BoardProperties(String id, String name, List<String> aliases, PlatformIds chairs,
                                  PlatformIds administrators, PlatformIds businessManagers,
                                  PanelChannels panelChannels, String rulePack, PartnersProperties partners) {
        public BoardProperties {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
            chairs = chairs == null ? PlatformIds.NONE : chairs;
            administrators = administrators == null ? PlatformIds.NONE : administrators;
            businessManagers = businessManagers == null ? PlatformIds.NONE : businessManagers;
            panelChannels = panelChannels == null ? PanelChannels.NONE : panelChannels;
        }
    }

    /**
     * People by their platform ids (never display names): Teams Entra object ids, Slack user ids,
     * and the identities of the local chat page.
     */
    public record PlatformIds(List<String> teams, List<String> slack, List<String> local) {
        static final PlatformIds NONE = new PlatformIds(List.of(), List.of(), List.of());

        public PlatformIds {
            teams = teams == null ? List.of() : List.copyOf(teams);
            slack = slack == null ? List.of() : List.copyOf(slack);
            local = local == null ? List.of() : List.copyOf(local);
        }

        public List<String> on(Platform platform) {
            return switch (platform) {
                case TEAMS -> teams;
                case SLACK -> slack;
                case LOCAL -> local;
                default -> List.of();
            };
        }
    }

    /**
     * A safeguarding partnership: the lead representative(s) of each of the three partners by platform id, the
     * decision rule ({@code all}, the default, or {@code 2}: how many partners must take the same side) and the
     * optional independent scrutineer(s).
     */
    public record PartnersProperties(PlatformIds localAuthority, PlatformIds integratedCareBoard, PlatformIds police,
                                     String decisionRule, PlatformIds scrutineers) {
        public PartnersProperties {
            localAuthority = localAuthority == null ? PlatformIds.NONE : localAuthority;
            integratedCareBoard = integratedCareBoard == null ? PlatformIds.NONE : integratedCareBoard;
            police = police == null ? PlatformIds.NONE : police;
            scrutineers = scrutineers == null ? PlatformIds.NONE : scrutineers;
        }
    }

    /** A board's panel channel on each platform: a Teams conversation id, a Slack channel id. */
    public record PanelChannels(String teams, String slack) {
        static final PanelChannels NONE = new PanelChannels(null, null);
    }
}
