package uk.lscb.casereview.core.boards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
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
}
