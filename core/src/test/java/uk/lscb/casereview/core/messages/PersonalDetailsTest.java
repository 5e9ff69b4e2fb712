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

    /** Real document addresses: SharePoint's encodings, query strings, libraries and pages, sharing links. */
    @ParameterizedTest(name = "the address {0} is accepted")
    @ValueSource(strings = {
        "https://staffs.sharepoint.com/sites/LSCB/_layouts/15/Doc.aspx?sourcedoc=%7Babc%7D&file=Review_notes~v2.docx",
        "https://staffs.sharepoint.com/sites/LSCB/Shared%20Documents/Review_notes~v2.docx",
        "https://staffs.sharepoint.com/sites/LSCB/_layouts/15/Doc.aspx?sourcedoc=%7B3F2A9C1E-20150312-4B7D-9E21-"
                + "0A1B2C3D4E5F%7D&file=Action%20Plan%20v3.docx&action=default&mobileredirect=true",
        "https://staffs.sharepoint.com/sites/LSCB/_layouts/15/Doc.aspx?sourcedoc={3f2a9c1e-1a2b-4b7d-9e21-0a1b2c3d4e5f}"
                + "&file=Rapid%20Review%20Minutes.docx&action=default",
        "https://staffs.sharepoint.com/sites/LSCB/Shared%20Documents/Forms/AllItems.aspx?id=%2Fsites%2FLSCB%2F"
                + "Shared%20Documents%2FGeneral%2FMulti-Agency%20Audit%20Report.pdf&parent=%2Fsites%2FLSCB",
        "https://staffs.sharepoint.com/sites/LSCB/SitePages/Home.aspx",
        "https://staffs.sharepoint.com/:w:/s/LSCB/EbT2xG3eXs5Nq0mvZ7a1w_0BdR0k-6lQ2fHkWq3Xn5Uo0g?e=AbCdEf",
        "https://staffs.sharepoint.com/:w:/r/sites/LSCB/_layouts/15/Doc.aspx?sourcedoc=%7B3f2a9c1e-1a2b-4b7d-9e21-"
                + "0a1b2c3d4e5f%7D&file=Review_notes~v2.docx&action=default&mobileredirect=true",
        "https://teams.microsoft.com/l/file/3F2A9C1E-1A2B-4B7D-9E21-0A1B2C3D4E5F?tenantId=3f2a9c1e-1a2b-4b7d-9e21-"
                + "0a1b2c3d4e5f&fileType=docx&objectUrl=https%3A%2F%2Fstaffs.sharepoint.com%2Fsites%2FLSCB%2F"
                + "Shared%20Documents%2FGeneral%2FReview_notes~v2.docx&baseUrl=https%3A%2F%2Fstaffs.sharepoint.com",
        "https://www.staffsscb.org.uk/Serious_Case_Reviews/SCR-2026-001~Board_Response.pdf",
        "https://www.traffordsafeguardingpartnership.org.uk/About-us/News/2020/Child-Safeguarding-Practice-Reviews-"
                + "update.aspx",
        "https://www.staffsscb.org.uk/2026/12/03/board-response",
        "https://docs.google.com/document/d/1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms/edit#heading=h.3znysh7",
        "http://x.org/a%zz/Plan%",
    })
    void realDocumentAddressesAreAccepted(String address) {
        assertThat(PersonalDetails.suspectInAddress(address)).isEmpty();
        assertThat(PersonalDetails.suspectInNotes("The notes are at " + address + " for the panel.")).isEmpty();
        assertThat(PersonalDetails.suspect(address)).isEmpty();
    }

    @ParameterizedTest(name = "the address {0} looks like a {1}")
    @CsvSource(delimiter = '|', value = {
        "https://staffs.sharepoint.com/sites/LSCB/Shared%20Documents/Jayden_Smith_DOB_12-03-2015.docx | NAME",
        "https://staffs.sharepoint.com/sites/LSCB/Shared%20Documents/Olivia%20Brown.docx              | NAME",
        "https://staffs.sharepoint.com/sites/LSCB/_layouts/15/Doc.aspx?sourcedoc=%7Babc%7D&file=Olivia%20Brown.docx "
                + "| NAME",
        "https://staffs.sharepoint.com/sites/LSCB/Shared%20Documents/Forms/AllItems.aspx?id=%2Fsites%2FLSCB%2F"
                + "Shared%20Documents%2FOlivia%2520Brown%2Edocx                                         | NAME",
        "https://staffs.sharepoint.com/sites/LSCB/Shared%20Documents/JaydenSmith.docx                 | NAME",
        "https://staffs.sharepoint.com/sites/LSCB/Shared%20Documents/Olivia%20Brown/Review_notes.docx | NAME",
        "https://x.org/notes#Olivia_Brown                                                             | NAME",
        "https://staffs.sharepoint.com/sites/LSCB/Shared%20Documents/JaydenSmithDOB12032015.docx      | NAME",
        "https://staffs.sharepoint.com/sites/LSCB/Shared%20Documents/JS_DOB_2015.docx                 | DATE",
        "https://staffs.sharepoint.com/sites/LSCB/Shared%20Documents/child_12-03-2015.docx            | DATE",
        "https://staffs.sharepoint.com/sites/LSCB/Shared%20Documents/child%2012.03.2015.docx          | DATE",
        "https://x.org/scr?born=12%2F03%2F2015                                                        | DATE",
        "https://x.org/scr?id=7&dob=2015                                                              | DATE",
        "https://12-03-2015.example.org/notes                                                         | DATE",
    })
    void anAddressThatCarriesANameOrADateOfBirthIsRefused(String address, Suspicion suspicion) {
        assertThat(PersonalDetails.suspectInAddress(address)).contains(suspicion);
        assertThat(PersonalDetails.suspectInNotes("See " + address + ".")).contains(suspicion);
        assertThat(PersonalDetails.suspect(address)).contains(suspicion);
    }

    @Test
    void wordsAroundAnAddressAreStillReadAsWords() {
        assertThat(PersonalDetails.suspectInNotes("Olivia Brown: https://staffs.sharepoint.com/sites/LSCB/"
                + "Shared%20Documents/Review_notes~v2.docx")).contains(Suspicion.NAME);
        assertThat(PersonalDetails.suspectInNotes("Procedure issued 12/03/2015: https://x.org/a")).contains(
                Suspicion.DATE);
        assertThat(PersonalDetails.suspect("Review notes https://staffs.sharepoint.com/sites/LSCB/Shared%20Documents/"
                + "Review_notes~v2.docx")).isEmpty();
    }

    @ParameterizedTest(name = "{0} is generated: {1}")
    @CsvSource({
        "EbT2xG3eXs5Nq0mvZ7a1w_0BdR0k-6lQ2fHkWq3Xn5Uo0g, true",
        "1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms, true",
        "JaydenSmithDOB12032015, false",
        "Jayden_Smith_DOB_12-03-2015, false",
        "SeriousCaseReviewBoardResponse2026, false",
        "AbCdEfGhIj, false",
    })
    void identifiersASiteGeneratesAreToldFromWords(String run, boolean generated) {
        assertThat(PersonalDetails.isGenerated(run)).isEqualTo(generated);
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
