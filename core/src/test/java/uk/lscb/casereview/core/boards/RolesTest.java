package uk.lscb.casereview.core.boards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.lscb.casereview.core.boards.Roles.PlatformId;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.BoardId;

class RolesTest {
    private static final BoardId STAFFS = new BoardId("staffordshire");
    private static final BoardId STOKE = new BoardId("stoke-on-trent");
    private static final UserRef MANAGER = new UserRef(Platform.TEAMS, "aad-bm", "Business Manager");
    private static final UserRef SAME_NAME = new UserRef(Platform.TEAMS, "aad-other", "Business Manager");
    private static final Roles ROLES = new Roles(Map.of(), Map.of(), Map.of(STAFFS, Set.of(PlatformId.of(MANAGER))));

    @Test
    void aBusinessManagerRunsTheirBoardsReviewsButIsNeitherChairNorAdministrator() {
        assertThat(ROLES.isBusinessManager(STAFFS, MANAGER)).isTrue();
        assertThat(ROLES.runsReviews(STAFFS, MANAGER)).isTrue();
        assertThat(ROLES.isChair(STAFFS, MANAGER)).isFalse();
        assertThat(ROLES.canOversee(STAFFS, MANAGER)).isFalse();
    }

    @Test
    void theRoleIsHeldByPlatformIdOnOneBoardOnly() {
        assertThat(ROLES.runsReviews(STOKE, MANAGER)).isFalse();
        assertThat(ROLES.runsReviews(STAFFS, SAME_NAME)).isFalse();
        assertThat(ROLES.runsReviews(STAFFS, new UserRef(Platform.SLACK, "aad-bm", "Business Manager"))).isFalse();
    }

    @Test
    void chairsAndAdministratorsRunReviewsToo() {
        UserRef chair = new UserRef(Platform.SLACK, "U1", "Chair");
        UserRef admin = new UserRef(Platform.LOCAL, "admin", "Admin");
        Roles roles = new Roles(Map.of(STAFFS, Set.of(PlatformId.of(chair))), Map.of(STAFFS, Set.of(PlatformId.of(admin))));
        assertThat(roles.runsReviews(STAFFS, chair)).isTrue();
        assertThat(roles.runsReviews(STAFFS, admin)).isTrue();
        assertThat(roles.isBusinessManager(STAFFS, chair)).isFalse();
    }

    private static final UserRef CHAIR = new UserRef(Platform.TEAMS, "aad-chair", "Chair");
    private static final UserRef ADMIN = new UserRef(Platform.LOCAL, "admin", "Admin");
    private static final UserRef POLICE_LEAD = new UserRef(Platform.TEAMS, "aad-police", "Police lead");
    private static final UserRef SCRUTINEER = new UserRef(Platform.TEAMS, "aad-scrutineer", "Scrutineer");
    private static final UserRef PRACTITIONER = new UserRef(Platform.TEAMS, "aad-practitioner", "Practitioner");
    private static final Roles WITH_PARTNERS = new Roles(Map.of(STOKE, Set.of(PlatformId.of(CHAIR))),
            Map.of(STOKE, Set.of(PlatformId.of(ADMIN))), Map.of(STOKE, Set.of(PlatformId.of(MANAGER))),
            Map.of(STOKE, new Partnership(Map.of(
                    PartnerRole.LOCAL_AUTHORITY, Set.of(new PlatformId(Platform.TEAMS, "aad-la")),
                    PartnerRole.INTEGRATED_CARE_BOARD, Set.of(new PlatformId(Platform.TEAMS, "aad-icb")),
                    PartnerRole.POLICE, Set.of(PlatformId.of(POLICE_LEAD))), Partnership.ALL,
                    Set.of(PlatformId.of(SCRUTINEER)))));
    private static final List<UserRef> PEOPLE = List.of(CHAIR, ADMIN, MANAGER, POLICE_LEAD, SCRUTINEER, PRACTITIONER);

    @ParameterizedTest(name = "{0} on {1}: sees its cases {2}, runs its reviews {3}")
    @CsvSource({
            "Chair,         stoke-on-trent, true,  true",
            "Admin,         stoke-on-trent, true,  true",
            "Business Manager, stoke-on-trent, true, true",
            "Police lead,   stoke-on-trent, true,  false",
            "Scrutineer,    stoke-on-trent, false, false",
            "Practitioner,  stoke-on-trent, false, false",
            "Police lead,   staffordshire,  false, false",
    })
    void aPartnersLeadRepresentativeSeesTheBoardsCasesWithoutRunningItsReviews(String name, String board,
                                                                                boolean sees, boolean runs) {
        UserRef who = PEOPLE.stream().filter(person -> person.displayName().equals(name)).findFirst().orElseThrow();
        assertThat(WITH_PARTNERS.seesCases(new BoardId(board), who)).isEqualTo(sees);
        assertThat(WITH_PARTNERS.runsReviews(new BoardId(board), who)).isEqualTo(runs);
    }

    @Test
    void aPartnersLeadIsKnownByPlatformIdNotByName() {
        assertThat(WITH_PARTNERS.seesCases(STOKE, new UserRef(Platform.SLACK, "aad-police", "Police lead"))).isFalse();
        assertThat(WITH_PARTNERS.seesCases(STOKE, new UserRef(Platform.TEAMS, "aad-other", "Police lead"))).isFalse();
    }

    @Test
    void theLocalPagesIdentitiesAreThePractitionerAndEveryoneHoldingARoleThereAndNoOneElse() {
        Roles roles = new Roles(Map.of(STAFFS, Set.of(new PlatformId(Platform.LOCAL, "chair-staffordshire"),
                PlatformId.of(CHAIR))), Map.of(STAFFS, Set.of(PlatformId.of(ADMIN)), STOKE, Set.of(PlatformId.of(ADMIN))),
                Map.of(STOKE, Set.of(new PlatformId(Platform.LOCAL, "business-manager"))),
                Map.of(STOKE, new Partnership(Map.of(
                        PartnerRole.LOCAL_AUTHORITY, Set.of(new PlatformId(Platform.LOCAL, "partner-la")),
                        PartnerRole.INTEGRATED_CARE_BOARD, Set.of(new PlatformId(Platform.SLACK, "UICBLEAD")),
                        PartnerRole.POLICE, Set.of(PlatformId.of(POLICE_LEAD))), Partnership.ALL,
                        Set.of(new PlatformId(Platform.LOCAL, "scrutineer")))));

        assertThat(roles.localIdentities()).containsExactly("admin", "business-manager", "chair-staffordshire",
                "partner-la", "practitioner", "scrutineer");
        assertThat(new Roles(Map.of(), Map.of()).localIdentities()).containsExactly("practitioner");
    }
}
