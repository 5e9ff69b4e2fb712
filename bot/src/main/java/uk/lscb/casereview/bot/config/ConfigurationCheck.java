package uk.lscb.casereview.bot.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import uk.lscb.casereview.bot.access.People;
import uk.lscb.casereview.bot.config.CaseReviewProperties.BoardProperties;
import uk.lscb.casereview.bot.config.CaseReviewProperties.PartnersProperties;
import uk.lscb.casereview.bot.config.CaseReviewProperties.PlatformIds;
import uk.lscb.casereview.core.boards.Board;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.boards.PartnerRole;
import uk.lscb.casereview.core.boards.Partnership;
import uk.lscb.casereview.core.boards.Roles;
import uk.lscb.casereview.core.people.PersonIds;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.BoardId;

/**
 * Checks {@code casereview.*} once at start-up and builds the boards and who is who from it. The
 * first problem stops the start with {@link InvalidConfigurationException}: one line naming the property.
 */
public final class ConfigurationCheck {
    private static final Pattern BOARD_ID = Pattern.compile("[a-z][a-z0-9-]{1,39}");
    private static final List<Platform> PLATFORMS = List.of(Platform.TEAMS, Platform.SLACK, Platform.LOCAL);
    static final int MIN_TOKEN_LENGTH = 16;

    private ConfigurationCheck() {
    }

    /** The checked configuration: the boards and who is who on them. */
    public record Checked(Boards boards, People people) {
    }

    /**
     * @param rulePacks    the ids of the rule packs this deployment has, which a board may follow
     * @param partnerPacks those of them whose decision the safeguarding partners make: a board following one needs
     *                     its partners, and only such a board may have them
     */
    public static Checked check(CaseReviewProperties properties, List<String> rulePacks, Set<String> partnerPacks) {
        if (properties.adminToken() != null && !properties.adminToken().isEmpty()
                && properties.adminToken().strip().length() < MIN_TOKEN_LENGTH) {
            throw new InvalidConfigurationException("casereview.admin-token",
                    "must be at least " + MIN_TOKEN_LENGTH + " characters (set CASEREVIEW_ADMIN_TOKEN to a long random value)");
        }
        List<BoardProperties> given = properties.boards();
        if (given.isEmpty()) {
            throw new InvalidConfigurationException("casereview.boards", "at least one board must be configured");
        }
        List<Board> boards = new ArrayList<>();
        Map<String, String> namesSeen = new HashMap<>();
        Map<String, String> panelSeen = new HashMap<>();
        Map<BoardId, Map<Platform, Set<String>>> chairs = new LinkedHashMap<>();
        Map<BoardId, Map<Platform, Set<String>>> administrators = new LinkedHashMap<>();
        Map<BoardId, Map<Platform, Set<String>>> businessManagers = new LinkedHashMap<>();
        for (int i = 0; i < given.size(); i++) {
            BoardProperties board = given.get(i);
            String at = "casereview.boards[" + i + "]";
            if (board == null) {
                throw new InvalidConfigurationException(at, "is empty");
            }
            if (board.id() == null || board.id().isBlank()) {
                throw new InvalidConfigurationException(at + ".id", "is required (lower-case, e.g. staffordshire)");
            }
            if (!BOARD_ID.matcher(board.id()).matches()) {
                throw new InvalidConfigurationException(at + ".id", "'" + board.id() + "' is not a board id: use 2-40 "
                        + "lower-case letters, digits or hyphens, starting with a letter (e.g. stoke-on-trent)");
            }
            if (board.name() == null || board.name().isBlank()) {
                throw new InvalidConfigurationException(at + ".name", "is required (e.g. Staffordshire)");
            }
            BoardId id = new BoardId(board.id());
            unique(namesSeen, key(board.id()), at + ".id", board.id(), at);
            unique(namesSeen, key(board.name()), at + ".name", board.name(), at);
            for (int a = 0; a < board.aliases().size(); a++) {
                String alias = board.aliases().get(a);
                String where = at + ".aliases[" + a + "]";
                if (alias == null || key(alias).isEmpty()) {
                    throw new InvalidConfigurationException(where, "is empty");
                }
                unique(namesSeen, key(alias), where, alias, at);
            }
            chairs.put(id, ids(board.chairs(), at + ".chairs"));
            administrators.put(id, ids(board.administrators(), at + ".administrators"));
            businessManagers.put(id, ids(board.businessManagers(), at + ".business-managers"));
            panel(panelSeen, board.panelChannels().teams(), at + ".panel-channels.teams");
            panel(panelSeen, board.panelChannels().slack(), at + ".panel-channels.slack");
            String pack = rulePack(board.rulePack(), at + ".rule-pack", rulePacks);
            boards.add(new Board(id, board.name().strip(), board.aliases().stream().map(String::strip).toList(),
                    pack, partnership(board, pack, partnerPacks.contains(pack), at)));
        }
        Boards all = new Boards(boards);
        return new Checked(all, new People(all, chairs, administrators, businessManagers));
    }

    /**
     * A board's safeguarding partnership: required, with a lead representative for each of the three partners, when
     * its pack's decision is the partners'; refused on a board whose Chair decides (it would do nothing there).
     */
    private static Optional<Partnership> partnership(BoardProperties board, String pack, boolean byPartners,
                                                     String at) {
        PartnersProperties partners = board.partners();
        String where = at + ".partners";
        if (!byPartners) {
            if (partners != null) {
                throw new InvalidConfigurationException(where, "board " + board.id() + " follows rule pack " + pack
                        + ", whose decision the Chair makes: remove its partners, or set its rule-pack to one the "
                        + "safeguarding partners decide (wt2023)");
            }
            return Optional.empty();
        }
        if (partners == null) {
            throw new InvalidConfigurationException(where, "is required: board " + board.id() + " follows rule pack "
                    + pack + ", whose decision the three safeguarding partners make: set partners.local-authority, "
                    + "partners.integrated-care-board and partners.police to their lead representatives' platform ids");
        }
        Map<PartnerRole, Set<Roles.PlatformId>> leads = new EnumMap<>(PartnerRole.class);
        Map<Roles.PlatformId, String> seen = new HashMap<>();
        for (PartnerRole role : PartnerRole.values()) {
            String roleAt = where + "." + role.key();
            PlatformIds given = switch (role) {
                case LOCAL_AUTHORITY -> partners.localAuthority();
                case INTEGRATED_CARE_BOARD -> partners.integratedCareBoard();
                case POLICE -> partners.police();
            };
            Set<Roles.PlatformId> ids = platformIds(ids(given, roleAt));
            if (ids.isEmpty()) {
                throw new InvalidConfigurationException(roleAt, "is required: the platform id (teams, slack or local) "
                        + "of the " + role.label() + "'s lead representative");
            }
            for (Roles.PlatformId id : ids) {
                String earlier = seen.putIfAbsent(id, roleAt);
                if (earlier != null) {
                    throw new InvalidConfigurationException(roleAt, "'" + id.id() + "' is already the lead "
                            + "representative at " + earlier + ": each partner needs its own");
                }
            }
            leads.put(role, ids);
        }
        return Optional.of(new Partnership(leads, decisionRule(partners.decisionRule(), where + ".decision-rule"),
                platformIds(ids(partners.scrutineers(), where + ".scrutineers"))));
    }

    /** How many partners must take the same side: {@code all} (the default) or a number, 2 or 3. */
    private static int decisionRule(String given, String at) {
        if (given == null || given.strip().equalsIgnoreCase("all")) {
            return Partnership.ALL;
        }
        String rule = given.strip();
        if (rule.equals("2") || rule.equals("3")) {
            return Integer.parseInt(rule);
        }
        throw new InvalidConfigurationException(at, "'" + given + "' is not a decision rule: use all (the default: "
                + "all three partners must agree) or 2 (two of the three)");
    }

    private static Set<Roles.PlatformId> platformIds(Map<Platform, Set<String>> byPlatform) {
        Set<Roles.PlatformId> ids = new LinkedHashSet<>();
        byPlatform.forEach((platform, people) -> people.forEach(id -> ids.add(new Roles.PlatformId(platform, id))));
        return ids;
    }

    /** The pack a board follows: the default when not given, else one this deployment has. */
    private static String rulePack(String given, String at, List<String> rulePacks) {
        if (given == null) {
            return Board.DEFAULT_RULE_PACK;
        }
        if (!rulePacks.contains(given.strip())) {
            throw new InvalidConfigurationException(at, "'" + given + "' is not a rule pack of this deployment: use "
                    + String.join(" or ", rulePacks) + " (or leave it out for " + Board.DEFAULT_RULE_PACK + ")");
        }
        return given.strip();
    }

    /**
     * The platform names people are listed under at {@code at} (a board's Chairs, administrators or business
     * managers): teams, slack or local, and nothing else.
     */
    public static void platformNames(String at, Collection<String> names) {
        for (String name : names) {
            if (PLATFORMS.stream().noneMatch(platform -> platform.id().equals(name))) {
                throw new InvalidConfigurationException(at + "." + name, "'" + name + "' is not a platform people are "
                        + "listed on: use teams, slack or local");
            }
        }
    }

    private static Map<Platform, Set<String>> ids(PlatformIds people, String at) {
        Map<Platform, Set<String>> byPlatform = new LinkedHashMap<>();
        for (Platform platform : PLATFORMS) {
            List<String> listed = people.on(platform);
            Set<String> seen = new LinkedHashSet<>();
            for (int k = 0; k < listed.size(); k++) {
                String id = listed.get(k);
                String where = at + "." + platform.id() + "[" + k + "]";
                if (id == null || id.isBlank()) {
                    throw new InvalidConfigurationException(where, "is empty");
                }
                if (platform == Platform.LOCAL && (!PersonIds.couldBe(Platform.LOCAL, id)
                        || id.equals(People.PRACTITIONER))) {
                    throw new InvalidConfigurationException(where, "'" + id + "' is not a local identity: use "
                            + "lower-case letters, digits, '.', '_' or '-' (and not 'practitioner', which is everyone else)");
                }
                if (!seen.add(id.strip())) {
                    throw new InvalidConfigurationException(where, "'" + id + "' is listed twice");
                }
            }
            byPlatform.put(platform, Set.copyOf(seen));
        }
        return byPlatform;
    }

    /** A board's id, name and aliases may repeat one another, but not another board's. */
    private static void unique(Map<String, String> seen, String key, String where, String value, String board) {
        String earlier = seen.putIfAbsent(key, where);
        if (earlier != null && !earlier.startsWith(board + ".")) {
            throw new InvalidConfigurationException(where, "'" + value + "' is already used by " + earlier
                    + ": each board's id, name and aliases must be distinct");
        }
    }

    private static void panel(Map<String, String> seen, String channel, String where) {
        if (channel == null) {
            return;
        }
        if (channel.isBlank()) {
            throw new InvalidConfigurationException(where, "is empty: leave it out if the board has no panel channel");
        }
        String earlier = seen.putIfAbsent(where.substring(where.lastIndexOf('.')) + channel.strip(), where);
        if (earlier != null) {
            throw new InvalidConfigurationException(where, "'" + channel + "' is already the panel channel at "
                    + earlier + ": each board needs its own");
        }
    }

    private static String key(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /**
     * One-line warnings for a Teams registration that will not work as configured: an app id without the
     * password (no reply can be sent) or without the tenant (a single-tenant bot's outgoing tokens are refused),
     * and boards that no Teams Chair can decide for. None in local mode (no app id).
     */
    public static List<String> teamsWarnings(String appId, String appPassword, String tenantId,
                                             CaseReviewProperties properties) {
        if (appId == null || appId.isBlank()) {
            return List.of();
        }
        List<String> warnings = new ArrayList<>();
        if (appPassword == null || appPassword.isBlank()) {
            warnings.add("Teams: MICROSOFT_APP_ID is set but MICROSOFT_APP_PASSWORD is not, so the bot cannot "
                    + "answer or post in Teams: set it to the Azure Bot's client secret.");
        }
        if (tenantId == null || tenantId.isBlank()) {
            warnings.add("Teams: MICROSOFT_APP_TENANT_ID is not set: a single-tenant Azure Bot (what new "
                    + "registrations are) cannot post until it is set to the App Tenant ID.");
        }
        List<BoardProperties> boards = properties.boards();
        for (int i = 0; i < boards.size(); i++) {
            BoardProperties board = boards.get(i);
            if (board != null && board.chairs().teams().stream().allMatch(String::isBlank)) {
                warnings.add("Teams: board " + (board.name() == null ? board.id() : board.name()) + " has no Teams Chair, so no one can decide "
                        + "its cases in Teams: set casereview.boards[" + i + "].chairs.teams to the Chair's Entra "
                        + "object id.");
            }
        }
        return warnings;
    }
}
