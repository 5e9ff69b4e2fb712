package uk.lscb.casereview.core.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.lscb.casereview.core.platforms.Platform;

/** A person is told apart by platform and id, never by the name shown. */
class UserRefTest {
    @ParameterizedTest(name = "{0}:{1} ({2}) is the same person: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            teams | aad-chair | Chair One     | true
            teams | aad-chair | Another name  | true
            slack | aad-chair | Chair One     | false
            teams | aad-other | Chair One     | false
            """)
    void aPersonIsTheSameByPlatformAndIdWhateverTheirName(String platform, String id, String name, boolean same) {
        UserRef chair = new UserRef(Platform.TEAMS, "aad-chair", "Chair One");

        assertThat(chair.isSamePerson(new UserRef(Platform.parse(platform), id, name))).isEqualTo(same);
    }
}
