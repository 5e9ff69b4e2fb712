package uk.lscb.casereview.bot.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.contracts.PortFixtures;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.BoardId;

/**
 * The local page offers the identities core accepts as a person on the local page (a contact, an owner, a lead
 * reviewer named in chat, on a form or over the API), and no others.
 */
class PeopleTest {
    private static final BoardId STOKE = new BoardId("stoke-on-trent");

    @Test
    void theLocalPagesIdentitiesAreTheOnesCoreAcceptsAsPeopleOnIt() {
        People people = new People(PortFixtures.partnershipBoards(),
                Map.of(PortFixtures.STAFFORDSHIRE, Map.of(Platform.LOCAL, Set.of("chair-staffordshire"),
                        Platform.TEAMS, Set.of("00000000-0000-0000-0000-00000000c4a1")),
                        STOKE, Map.of(Platform.LOCAL, Set.of("chair-stoke-on-trent"))),
                Map.of(PortFixtures.STAFFORDSHIRE, Map.of(Platform.LOCAL, Set.of("admin")), STOKE,
                        Map.of(Platform.LOCAL, Set.of("admin"))),
                Map.of(STOKE, Map.of(Platform.LOCAL, Set.of("business-manager"), Platform.SLACK, Set.of("U0MANAGER"))));

        assertThat(people.localIdentities()).extracting(People.LocalIdentity::id)
                .containsExactlyInAnyOrderElementsOf(people.roles().localIdentities())
                .contains(People.PRACTITIONER, "partner-police", "scrutineer");
    }
}
