package uk.lscb.casereview.core.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    /**
     * A person typed in chat or on a form (by someone on Slack): a platform before the id in any case, a person picked
     * with @ in Slack, or an id on the typist's platform; a platform with no id is that platform's empty id, refused
     * by {@link PersonIds#refusal}, not no one.
     */
    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
        "slack:U012AB3CD | slack:U012AB3CD",
        "Teams: 00000000-0000-0000-0000-000000000001 | teams:00000000-0000-0000-0000-000000000001",
        "LOCAL:practitioner | local:practitioner",
        "U012AB3CD | slack:U012AB3CD",
        "<@U0POLICE> | slack:U0POLICE",
        "' <@U0POLICE|police.contact> ' | slack:U0POLICE",
        "fax:0123 | slack:fax:0123",
        "slack: | slack:",
        "teams:   | teams:",
        "none | nobody",
        "NONE | nobody",
        "'' | nobody"})
    void aPersonTypedIsTheirPlatformAndIdAndAPlatformWithNoIdIsThatPlatformsEmptyId(String typed, String read) {
        assertThat(PersonIds.typed(typed, Platform.SLACK).map(person -> person.platform().id() + ":" + person.id())
                .orElse("nobody")).isEqualTo(read);
    }

    /**
     * A person named from outside as {@code what}: refused naming it, with the shape of an id on the platform, never
     * repeating the id (it might be a name); on the local page only its identities.
     */
    @ParameterizedTest(name = "{0}:{1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            slack    | U0POLICE                             | (someone)
            teams    | 00000000-0000-0000-0000-00000000b0b1 | (someone)
            teams    | 29:1GcS4EyB_oSI8A88XmWBN7NJFyMqe3QGnJ | (someone)
            local    | practitioner                         | (someone)
            local    | chair-staffordshire                  | (someone)
            slack    | 😀                                   | The contact cannot be anyone on Slack: a Slack id is the person's user id, like U012AB3CD.
            slack    | jane.smith                           | The contact cannot be anyone on Slack: a Slack id is the person's user id, like U012AB3CD.
            slack    | (U and 9,999 As)                     | The contact cannot be anyone on Slack: a Slack id is the person's user id, like U012AB3CD.
            teams    | aad-police                           | The contact cannot be anyone on Teams: a Teams id is the person's Microsoft Entra object id, like 00000000-0000-0000-0000-000000000000.
            teams    | ''                                   | The contact cannot be anyone on Teams: a Teams id is the person's Microsoft Entra object id, like 00000000-0000-0000-0000-000000000000.
            local    | jane-smith                           | The contact is none of the local page's identities, which are chair-staffordshire, practitioner.
            local    | Practitioner                         | The contact cannot be anyone on the local page: a local identity is lower-case letters, digits, '.', '_' or '-', like business-manager.
            terminal | U0POLICE                             | The contact must be someone on Teams, Slack or the local page: write teams:, slack: or local: before their id.
            http     | admin-token                          | The contact must be someone on Teams, Slack or the local page: write teams:, slack: or local: before their id.
            """)
    void aPersonNoOneCanBeIsRefusedSayingWhatAnIdLooksLikeWithoutRepeatingIt(String platform, String id,
                                                                           String refusal) {
        String named = id.equals("(U and 9,999 As)") ? "U" + "A".repeat(9_999) : id;

        Optional<String> refused = PersonIds.refusal("the contact", new UserRef(Platform.parse(platform),
                named, null), Set.of("practitioner", "chair-staffordshire"));

        assertThat(refused.orElse("(someone)")).isEqualTo(refusal);
        refused.filter(message -> named.length() > 2).ifPresent(message -> assertThat(message).doesNotContain(named));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {"the action's owner | The action's owner cannot",
            "'owner' | 'owner' cannot"})
    void theRefusalNamesTheFieldAsItIsGiven(String what, String start) {
        assertThat(PersonIds.refusal(what, new UserRef(Platform.SLACK, "u0police", null), List.of()))
                .hasValueSatisfying(message -> assertThat(message).startsWith(start));
    }
}
