package uk.lscb.casereview.core.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.lscb.casereview.core.platforms.Platform;

/** An id given from outside can be a person's only in its platform's shape, and never longer than 128 characters. */
class PersonIdsTest {

    @ParameterizedTest(name = "{0} \"{1}\" → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            teams | 00000000-0000-0000-0000-00000000c4a1 | true
            teams | 0B5A8C2E-1D3F-4A6B-9C7D-2E4F6A8B0C1D | true
            teams | 29:1GcS4EyB_oSI8A88XmWBN7NJFyMqe3QGnJ-dgLfFGkJ | true
            teams | 00000000-0000-0000-0000-00000000c4a   | false
            teams | aad-chair                            | false
            teams | 29:                                  | false
            teams | 28:bot                               | false
            slack | U0POLICE                             | true
            slack | W012AB3CD                            | true
            slack | U012AB3CD!                           | false
            slack | u012ab3cd                            | false
            slack | 😀                                   | false
            slack | C012AB3CD                            | false
            local | business-manager                     | true
            local | chair-staffordshire                  | true
            local | Nobody                               | false
            local | -admin                               | false
            local | ad min                               | false
            http  | admin-token                          | false
            bot   | case-review-assistant                | false
            """)
    void anIdCanBeAPersonsOnlyInItsPlatformsShape(String platform, String id, boolean could) {
        assertThat(PersonIds.couldBe(Platform.parse(platform), id)).isEqualTo(could);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"teams, 29:, B", "slack, U, B", "local, a, b"})
    void noIdOver128CharactersIsAPersons(String platform, String start, String fill) {
        Platform on = Platform.parse(platform);
        assertThat(PersonIds.couldBe(on, start + fill.repeat(128 - start.length()))).isEqualTo(on == Platform.TEAMS);
        assertThat(PersonIds.couldBe(on, start + fill.repeat(129 - start.length()))).isFalse();
        assertThat(PersonIds.couldBe(on, start + fill.repeat(10_000))).isFalse();
    }
}
