package uk.lscb.casereview.bot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.lscb.casereview.bot.access.People;
import uk.lscb.casereview.bot.config.CaseReviewProperties.BoardProperties;
import uk.lscb.casereview.bot.config.CaseReviewProperties.PanelChannels;
import uk.lscb.casereview.bot.config.CaseReviewProperties.PartnersProperties;
import uk.lscb.casereview.bot.config.CaseReviewProperties.PlatformIds;
import uk.lscb.casereview.core.boards.Board;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.boards.PartnerRole;
import uk.lscb.casereview.core.boards.Partnership;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.BoardId;

class ConfigurationCheckTest {

    private static BoardProperties board(String id, String name, List<String> aliases, PlatformIds chairs,
                                         PanelChannels panel) {
        return new BoardProperties(id, name, aliases, chairs, new PlatformIds(null, null, List.of("admin")), null, panel,
                null, null);
    }

    private static final List<String> PACKS = List.of("wt2015", "wt2023");

    private static final java.util.Set<String> PARTNER_PACKS = java.util.Set.of("wt2023");

    private static BoardProperties onPack(String id, String name, String rulePack) {
        return new BoardProperties(id, name, null, null, null, null, null, rulePack,
                rulePack != null && rulePack.strip().equals("wt2023") ? partners(null, null) : null);
    }

    private static PlatformIds local(String... ids) {
        return new PlatformIds(null, null, List.of(ids));
    }

    /** Three partners' leads, one a platform each, the rule and the scrutineers as given. */
    private static PartnersProperties partners(String rule, PlatformIds scrutineers) {
        return new PartnersProperties(new PlatformIds(List.of("aad-la"), null, null),
                new PlatformIds(null, List.of("UICB"), null), local("partner-police"), rule, scrutineers);
    }

    private static BoardProperties wt2023(PartnersProperties partners) {
        return new BoardProperties("stoke-on-trent", "Stoke-on-Trent", null, null, null, null, null, "wt2023",
                partners);
    }

    @Test
    void eachBoardFollowsTheRulePackConfiguredForItAndWt2015WhenNoneIs() {
        Boards boards = check(onPack("staffordshire", "Staffordshire", null),
                onPack("stoke-on-trent", "Stoke-on-Trent", " wt2023 ")).boards();

        assertThat(boards.all()).extracting(Board::rulePack).containsExactly("wt2015", "wt2023");
    }

    @Test
    void anUnknownRulePackStopsTheStartNamingThePropertyAndThePacksThereAre() {
        assertThatThrownBy(() -> check(onPack("staffordshire", "Staffordshire", null),
                onPack("stoke-on-trent", "Stoke-on-Trent", "wt2018")))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("casereview.boards[1].rule-pack: 'wt2018' is not a rule pack of this deployment: use "
                        + "wt2015 or wt2023 (or leave it out for wt2015)");
    }

    @Test
    void aWt2023BoardsPartnersAreItsThreeLeadRepresentativesWithAllThreeNeededUnlessConfigured() {
        ConfigurationCheck.Checked all = check(onPack("staffordshire", "Staffordshire", null),
                wt2023(partners(null, local("scrutineer"))));
        ConfigurationCheck.Checked two = check(wt2023(partners(" 2 ", null)));

        Partnership partnership = all.boards().get(new BoardId("stoke-on-trent")).orElseThrow().partnership()
                .orElseThrow();
        assertThat(partnership.needed()).isEqualTo(3);
        assertThat(partnership.roleOf(new UserRef(Platform.SLACK, "UICB", "x"))).contains(
                PartnerRole.INTEGRATED_CARE_BOARD);
        assertThat(partnership.scrutineerIds(Platform.LOCAL)).containsExactly("scrutineer");
        assertThat(all.people().roles().partnership(new BoardId("stoke-on-trent"))).contains(partnership);
        assertThat(all.boards().get(new BoardId("staffordshire")).orElseThrow().partnership()).isEmpty();
        assertThat(all.people().localIdentities()).extracting(People.LocalIdentity::name).contains(
                "Police (chief officer of police) lead (Stoke-on-Trent) [partner-police]",
                "Independent scrutineer (Stoke-on-Trent) [scrutineer]");
        assertThat(two.boards().all().get(0).partnership().orElseThrow().needed()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            no partners        | casereview.boards[0].partners: is required: board stoke-on-trent follows rule pack wt2023, whose decision the three safeguarding partners make: set partners.local-authority, partners.integrated-care-board and partners.police to their lead representatives' platform ids
            no police          | casereview.boards[0].partners.police: is required: the platform id (teams, slack or local) of the Police (chief officer of police)'s lead representative
            one lead for two   | casereview.boards[0].partners.police: 'aad-la' is already the lead representative at casereview.boards[0].partners.local-authority: each partner needs its own
            rule of one        | casereview.boards[0].partners.decision-rule: '1' is not a decision rule: use all (the default: all three partners must agree) or 2 (two of the three)
            partners on wt2015 | casereview.boards[0].partners: board staffordshire follows rule pack wt2015, whose decision the Chair makes: remove its partners, or set its rule-pack to one the safeguarding partners decide (wt2023)
            """)
    void aPartnershipThatCannotDecideStopsTheStartNamingTheProperty(String what, String message) {
        PartnersProperties complete = partners(null, null);
        BoardProperties board = switch (what) {
            case "no partners" -> wt2023(null);
            case "no police" -> wt2023(new PartnersProperties(complete.localAuthority(),
                    complete.integratedCareBoard(), null, null, null));
            case "one lead for two" -> wt2023(new PartnersProperties(complete.localAuthority(),
                    complete.integratedCareBoard(), new PlatformIds(List.of("aad-la"), null, null), null, null));
            case "rule of one" -> wt2023(partners("1", null));
            default -> new BoardProperties("staffordshire", "Staffordshire", null, null, null, null, null, null,
                    complete);
        };

        assertThatThrownBy(() -> check(board)).isInstanceOf(InvalidConfigurationException.class).hasMessage(message);
    }

    private static PlatformIds chairs(String... teams) {
        return new PlatformIds(List.of(teams), List.of(), List.of("chair"));
    }

    private static ConfigurationCheck.Checked check(BoardProperties... boards) {
        return ConfigurationCheck.check(new CaseReviewProperties(List.of(boards), null, null, null, null), PACKS,
                PARTNER_PACKS);
    }

    @Test
    void theDefaultShapeBuildsBoardsAndWhoIsWho() {
        ConfigurationCheck.Checked checked = check(
                board("staffordshire", "Staffordshire", List.of("Staffs"), chairs("entra-1"), new PanelChannels("19:a", "C1")),
                board("stoke-on-trent", "Stoke-on-Trent", List.of("Stoke"), chairs("entra-2"), null));

        assertThat(checked.boards().match("staffs").orElseThrow().id().value()).isEqualTo("staffordshire");
        People people = checked.people();
        assertThat(people.isChair(Platform.TEAMS, "entra-1", new BoardId("staffordshire"))).isTrue();
        assertThat(people.isChair(Platform.TEAMS, "entra-1", new BoardId("stoke-on-trent"))).isFalse();
        assertThat(people.isChair(Platform.TEAMS, "Entra-1", new BoardId("staffordshire"))).isFalse();
        assertThat(people.isAdministrator(Platform.LOCAL, "admin", new BoardId("stoke-on-trent"))).isTrue();
    }

    @Test
    void businessManagersAreConfiguredByPlatformIdPerBoard() {
        BoardProperties staffs = new BoardProperties("staffordshire", "Staffordshire", null, chairs("entra-1"), null,
                new PlatformIds(List.of("entra-bm"), List.of("UBM"), List.of("business-manager")), null, null, null);
        People people = check(staffs, board("stoke-on-trent", "Stoke-on-Trent", null, null, null)).people();

        assertThat(people.isBusinessManager(Platform.TEAMS, "entra-bm", new BoardId("staffordshire"))).isTrue();
        assertThat(people.isBusinessManager(Platform.SLACK, "UBM", new BoardId("staffordshire"))).isTrue();
        assertThat(people.isBusinessManager(Platform.TEAMS, "entra-bm", new BoardId("stoke-on-trent"))).isFalse();
        assertThat(people.isChair(Platform.TEAMS, "entra-bm", new BoardId("staffordshire"))).isFalse();
        assertThat(people.localIdentities()).filteredOn(identity -> identity.id().equals("business-manager"))
                .singleElement().satisfies(identity -> {
                    assertThat(identity.name()).isEqualTo("Business manager (Staffordshire) [business-manager]");
                    assertThat(identity.roles()).containsExactly(java.util.Map.entry(new BoardId("staffordshire"),
                            List.of(People.Role.BUSINESS_MANAGER)));
                });
    }

    @Test
    void aBusinessManagerListedTwiceOrWithABadLocalIdentityIsRefused() {
        assertThatThrownBy(() -> check(new BoardProperties("staffordshire", "Staffordshire", null, null, null,
                new PlatformIds(null, List.of("UBM", "UBM"), null), null, null, null)))
                .hasMessage("casereview.boards[0].business-managers.slack[1]: 'UBM' is listed twice");
        assertThatThrownBy(() -> check(new BoardProperties("staffordshire", "Staffordshire", null, null, null,
                new PlatformIds(null, null, List.of("Business Manager")), null, null, null)))
                .hasMessageStartingWith("casereview.boards[0].business-managers.local[0]");
    }

    @Test
    void aBoardIdThatIsNotLowerCaseIsRefusedNamingTheProperty() {
        assertThatThrownBy(() -> check(board("Staffordshire", "Staffordshire", null, null, null)))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageStartingWith("casereview.boards[0].id: 'Staffordshire' is not a board id");
    }

    @Test
    void aChairListedTwiceIsRefused() {
        assertThatThrownBy(() -> check(board("staffordshire", "Staffordshire", null, chairs("entra-1", "entra-1"), null)))
                .hasMessage("casereview.boards[0].chairs.teams[1]: 'entra-1' is listed twice");
    }

    @Test
    void twoBoardsWithOneIdOrAliasAreRefused() {
        assertThatThrownBy(() -> check(board("staffordshire", "Staffordshire", null, null, null),
                board("staffordshire", "Other", null, null, null)))
                .hasMessageStartingWith("casereview.boards[1].id: 'staffordshire' is already used by casereview.boards[0].id");
        assertThatThrownBy(() -> check(board("staffordshire", "Staffordshire", List.of("Staffs"), null, null),
                board("stoke-on-trent", "Stoke-on-Trent", List.of("STAFFS"), null, null)))
                .hasMessageStartingWith("casereview.boards[1].aliases[0]");
    }

    @Test
    void onePanelChannelForTwoBoardsIsRefused() {
        assertThatThrownBy(() -> check(
                board("staffordshire", "Staffordshire", null, null, new PanelChannels("19:same", null)),
                board("stoke-on-trent", "Stoke-on-Trent", null, null, new PanelChannels("19:same", null))))
                .hasMessageStartingWith("casereview.boards[1].panel-channels.teams: '19:same' is already the panel channel");
    }

    @Test
    void missingNamesNoBoardsAndBadLocalIdentitiesAreRefused() {
        assertThatThrownBy(() -> check(board("staffordshire", " ", null, null, null)))
                .hasMessageStartingWith("casereview.boards[0].name");
        assertThatThrownBy(() -> ConfigurationCheck.check(new CaseReviewProperties(List.of(), null, null, null, null), PACKS,
                PARTNER_PACKS))
                .hasMessageStartingWith("casereview.boards: at least one board");
        assertThatThrownBy(() -> check(board("staffordshire", "Staffordshire", null,
                new PlatformIds(null, null, List.of("practitioner")), null)))
                .hasMessageStartingWith("casereview.boards[0].chairs.local[0]");
    }

    @Test
    void aShortAdminTokenIsRefused() {
        assertThatThrownBy(() -> ConfigurationCheck.check(new CaseReviewProperties(
                List.of(board("staffordshire", "Staffordshire", null, null, null)), "secret", null, null, null), PACKS,
                PARTNER_PACKS))
                .hasMessageStartingWith("casereview.admin-token");
    }

    @Test
    void teamsWithOnlyAnAppIdWarnsOfTheMissingPasswordTenantAndTeamsChairs() {
        CaseReviewProperties properties = new CaseReviewProperties(List.of(
                board("staffordshire", "Staffordshire", List.of(), chairs("aad-chair"), null),
                board("stoke-on-trent", "Stoke-on-Trent", List.of(), new PlatformIds(null, null, List.of("c")), null)),
                null, null, null, null);

        List<String> warnings = ConfigurationCheck.teamsWarnings("9c1f0e2a-0000-4000-8000-00000000b07a", "", "",
                properties);

        assertThat(warnings).hasSize(3).allSatisfy(line -> assertThat(line).doesNotContain("\n"));
        assertThat(warnings.get(0)).contains("MICROSOFT_APP_PASSWORD");
        assertThat(warnings.get(1)).contains("MICROSOFT_APP_TENANT_ID");
        assertThat(warnings.get(2)).contains("Stoke-on-Trent").contains("casereview.boards[1].chairs.teams")
                .doesNotContain("Staffordshire");
    }

    @Test
    void teamsFullyConfiguredOrInLocalModeGivesNoTeamsWarnings() {
        CaseReviewProperties properties = new CaseReviewProperties(List.of(
                board("staffordshire", "Staffordshire", List.of(), chairs("aad-chair"), null)), null, null, null, null);

        assertThat(ConfigurationCheck.teamsWarnings("9c1f0e2a-0000-4000-8000-00000000b07a", "secret",
                "11111111-2222-3333-4444-555555555555", properties)).isEmpty();
        assertThat(ConfigurationCheck.teamsWarnings("", "", "", properties)).isEmpty();
        assertThat(ConfigurationCheck.teamsWarnings(null, null, null, properties)).isEmpty();
    }
}
