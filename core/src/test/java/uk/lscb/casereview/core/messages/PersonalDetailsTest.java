package uk.lscb.casereview.core.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.lscb.casereview.core.messages.PersonalDetails.Suspicion;

/** Text that may hold a child's name or date of birth is spotted, so that it is never stored. */
class PersonalDetailsTest {

    @ParameterizedTest(name = "\"{0}\" looks like a {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Jane Smith           | NAME",
                "Jane.Smith           | NAME",
                "Jane_Smith           | NAME",
                "Smith/Jane           | NAME",
                "the case of Jane Smith | NAME",
                "jane Smith Jones     | NAME",
                "O'Neil-Brown Amy     | NAME",
                "O’Neil Amy           | NAME",
                "Zoë Müller           | NAME",
                "SCR 12/03/2015       | DATE",
                "dob 2015             | DATE",
                "DOB: 1/2/2015        | DATE",
                "d.o.b 2015           | DATE",
                "born 2015            | DATE",
                "12.03.2015           | DATE",
                "12-3-15              | DATE",
                "2015-03-12           | DATE",
                "12032015             | DATE",
                "20150312             | DATE",
                "12 March 2015        | DATE",
                "12th mar             | DATE",
                "March 12             | DATE",
                "ref-12mar2015        | DATE",
                "JaneSmith            | NAME",
            })
    void spotsNamesAndDates(String text, Suspicion suspicion) {
        assertThat(PersonalDetails.suspect(text)).contains(suspicion);
    }

    @ParameterizedTest(name = "\"{0}\" is fine")
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "   ",
                "SCR-2026-014",
                "scr/2026/014",
                "LADO-77",
                "CASE_REF_9",
                "2026",
                "yes",
                "not sure",
                "Staffordshire",
                "Stoke-on-Trent",
                "Newcastle-under-Lyme",
                "Jane", // one capitalised word is not a full name
                "99/99/9999",
            })
    void leavesOrdinaryTextAlone(String text) {
        assertThat(PersonalDetails.suspect(text)).isEmpty();
    }

    @ParameterizedTest(name = "in a case note \"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "Criteria met on the Chair's reading          | NONE",
        "Children's Social Care and Police agree      | NONE",
        "The Crown Prosecution Service is deciding    | NONE",
        "Awaiting the Coroner's Inquest               | NONE",
        "Jane Smith's school raised it                | NAME",
        "The Chair met Jane Smith                     | NAME",
        "Police spoke to Smith Jane                   | NAME",
        "trial listed for 12/03/2027                  | DATE",
    })
    void caseNotesMayUseTheWordsOfRolesAndAgenciesButNotNames(String text, String expected) {
        assertThat(PersonalDetails.suspectInNotes(text).map(Enum::name).orElse("NONE")).isEqualTo(expected);
    }

    @Test
    void explainsWhyInPlainWords() {
        assertThat(Suspicion.NAME.because()).isEqualTo("it looks like a person's name");
        assertThat(Suspicion.DATE.because()).contains("date of birth");
    }

    @Test
    void twoCapitalisedWordsJoinedByAHyphenLookLikeAName() {
        // A case reference may contain '-', so "Jane-Smith" is accepted and stored as a case reference.
        assertThat(PersonalDetails.suspect("Jane-Smith")).contains(Suspicion.NAME);
    }

    @Test
    void longHyphenatedTextDoesNotOverflowTheStack() {
        String text = "Aa-".repeat(34_000) + "x"; // about 100 kB
        assertThatCode(() -> PersonalDetails.suspect(text)).doesNotThrowAnyException();
    }
}
