package uk.lscb.casereview.core.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.boards.Roles;
import uk.lscb.casereview.core.boards.Roles.PlatformId;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.CaseService;
import uk.lscb.casereview.core.contracts.PortFixtures;
import uk.lscb.casereview.core.deadlines.WorkingDays;
import uk.lscb.casereview.core.memory.InMemoryCases;
import uk.lscb.casereview.core.messages.Choice;
import uk.lscb.casereview.core.messages.Fact;
import uk.lscb.casereview.core.messages.Reply;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.refs.ConversationKey;

class RequestCommandsTest {
    private static final UserRef MANAGER = new UserRef(Platform.SLACK, "U0MANAGER", "A business manager");
    private static final UserRef PRACTITIONER = new UserRef(Platform.SLACK, "U0PRACT", "A practitioner");
    /** A health visitor's Entra object id, as a business manager on Slack types it after teams:. */
    private static final String HEALTH_VISITOR = "00000000-0000-0000-0000-0000000004f1";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-21T10:00:00Z"), ZoneId.of("Europe/London"));

    private final InMemoryCases cases = new InMemoryCases();
    private final InMemoryAgencyRequests requests = new InMemoryAgencyRequests();
    private final Roles roles = new Roles(Map.of(), Map.of(),
            Map.of(PortFixtures.STAFFORDSHIRE, Set.of(PlatformId.of(MANAGER))));
    private final AgencyRequestService service = new AgencyRequestService(cases, requests, roles,
            Boards.staffordshireAndStoke(), WorkingDays.englandAndWales(), CLOCK, record -> { });
    private final RequestCommands commands = new RequestCommands(cases, service, CLOCK);
    private final CaseRecord record = PortFixtures.caseRecord("SCR-2026-600", new ConversationKey(Platform.SLACK, "D1"),
            PortFixtures.AT);

    RequestCommandsTest() {
        cases.create(record);
    }

    private String said(String typed, UserRef who) {
        return ((Reply.Say) commands.answer(typed, who).orElseThrow().get(0)).text();
    }

    @Test
    void aBusinessManagerAsksInOneTypedLineAndTheContactIsOnTheirPlatform() {
        String reply = said("request SCR-2026-600 agency: Staffordshire Police; contact: U0POLICE; due: 8/1/2027; "
                + "asks: a chronology of police contact with the family", MANAGER);

        assertThat(reply).startsWith("Information requested from Staffordshire Police (request 1 on SCR-2026-600), "
                + "due 8 January 2027.");
        AgencyRequest stored = requests.find(record.id(), 1).orElseThrow();
        assertThat(stored.contact()).contains(new UserRef(Platform.SLACK, "U0POLICE", null));
        assertThat(stored.asked()).isEqualTo("a chronology of police contact with the family");
    }

    /** Slack sends a person picked with @ in a message as {@code <@U…>} (with {@code |name} from some clients). */
    @ParameterizedTest
    @ValueSource(strings = {"<@U0POLICE>", "<@U0POLICE|police.contact>", " <@U0POLICE> "})
    void aContactMentionedInSlackIsThePersonMentioned(String typed) {
        said("request SCR-2026-600 agency: Staffordshire Police; contact: " + typed + "; due: 8/1/2027; asks: records",
                MANAGER);

        assertThat(requests.find(record.id(), 1).orElseThrow().contact())
                .contains(new UserRef(Platform.SLACK, "U0POLICE", null));
    }

    /** A contact typed in the one line is checked as on the form and over the API: refused, and nothing asked. */
    @ParameterizedTest
    @ValueSource(strings = {"u0police", "slack:U0POLICE!", "<@C012AB3CD>", "teams:aad-police", "teams:", "local:nobody",
            "local:Practitioner"})
    void aContactNoOneCanBeIsRefusedAndNoAgencyIsAsked(String typed) {
        String reply = said("request SCR-2026-600 agency: Staffordshire Police; contact: " + typed + "; due: 8/1/2027; "
                + "asks: records", MANAGER);

        assertThat(reply).matches("The contact (cannot be anyone on (Slack|Teams|the local page)|is none of the local "
                + "page's identities).*");
        assertThat(requests.ofCase(record.id())).isEmpty();
    }

    @Test
    void theFormListingAndProvidedCommandsWork() {
        said("request SCR-2026-600 agency: Health visiting; contact: teams:" + HEALTH_VISITOR + "; due: 22/12/2026; "
                + "asks: records", MANAGER);
        said("request SCR-2026-600 agency: Staffordshire Police; contact: none; due: 2026-12-23; asks: records",
                MANAGER);

        List<Reply> form = commands.answer("request SCR-2026-600", MANAGER).orElseThrow();
        Reply.Summary listed = (Reply.Summary) commands.answer("requests SCR-2026-600", MANAGER).orElseThrow().get(0);
        String provided = said("provided SCR-2026-600 2", MANAGER);
        Reply.Summary across = (Reply.Summary) commands.answer("requests", MANAGER).orElseThrow().get(0);

        assertThat(((Reply.Say) form.get(0)).text()).contains("request SCR-2026-600 agency: Staffordshire Police; "
                + "contact: none; due: 18/12/2026; asks:");
        assertThat(listed.facts()).extracting(Fact::label, Fact::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Request 1: Health visiting",
                        "due 22 December 2026; open; contact " + HEALTH_VISITOR + " (teams)"),
                org.assertj.core.groups.Tuple.tuple("Request 2: Staffordshire Police",
                        "due 23 December 2026; open; no contact on Teams or Slack"));
        assertThat(listed.actions()).extracting(Choice::payload).containsExactly(
                "case:step:staffordshire/SCR-2026-600:agency-request", "case:provided:staffordshire/SCR-2026-600:1",
                "case:provided:staffordshire/SCR-2026-600:2");
        assertThat(provided).startsWith("Marked provided");
        assertThat(across.facts()).extracting(Fact::label).containsExactly(
                "SCR-2026-600 request 1: Health visiting", "SCR-2026-600 request 2: Staffordshire Police");
        assertThat(across.actions()).hasSize(1);
    }

    @ParameterizedTest(name = "due: {0}")
    @CsvSource(delimiter = '|', value = {
        "31/02/2027 | 31 February 2027 is not a date (February 2027 has 28 days).",
        "29/02/2027 | 29 February 2027 is not a date (February 2027 has 28 days).",
        "31/04/2027 | 31 April 2027 is not a date (April has 30 days).",
        "next week  | Please give the date the information is due, for example 18/12/2026.",
    })
    void aDueDateThatIsNoDateIsRefusedSayingWhyAndNoAgencyIsAsked(String due, String message) {
        String reply = said("request SCR-2026-600 agency: Stoke Academy; contact: none; due: " + due
                + "; asks: attendance", MANAGER);

        assertThat(reply).contains(message);
        assertThat(requests.ofCase(record.id())).isEmpty();
    }

    /** A request or a case that is not there is named by the case's reference, never by its internal id. */
    @Test
    void aRequestOrACaseThatIsNotThereIsNamedByItsReference() {
        said("request SCR-2026-600 agency: Staffordshire Police; contact: none; due: 2026-12-23; asks: records",
                MANAGER);

        assertThat(said("provided SCR-2026-600 3", MANAGER)).isEqualTo("Case SCR-2026-600 has no agency request 3.");
        assertThat(service.provided(new CaseId("staffordshire/SCR-2026-999"), 1,
                CaseService.Actor.person(MANAGER)).message()).isEqualTo("There is no case SCR-2026-999.");
        assertThat(service.ask(new CaseId("staffordshire/SCR-2026-999"),
                new AgencyRequestService.Ask("Staffordshire Police", Optional.empty(), "records", "23/12/2026"),
                CaseService.Actor.person(MANAGER)).message()).isEqualTo("There is no case SCR-2026-999.");
    }

    @Test
    void markProvidedPressedOnTheListInAChatMarksItOnce() {
        said("request SCR-2026-600 agency: Health visiting; contact: none; due: 22/12/2026; asks: records", MANAGER);
        ButtonAction.MarkProvided button = new ButtonAction.MarkProvided(record.id().value(), 1);

        String first = ((Reply.Say) commands.pressed(button, MANAGER).orElseThrow().get(0)).text();
        String again = ((Reply.Say) commands.pressed(button, MANAGER).orElseThrow().get(0)).text();

        assertThat(first).startsWith("Marked provided");
        assertThat(again).startsWith("This information was already marked provided by A business manager on");
        assertThat(commands.pressed(new ButtonAction.OpenDecisionCard("SCR-2026-600"), MANAGER)).isEmpty();
    }

    @Test
    void theCasesViewShowsItsRequestsToThoseWhoMaySeeThem() {
        said("request SCR-2026-600 agency: Health visiting; contact: none; due: 22/12/2026; asks: records", MANAGER);

        assertThat(commands.of(record, MANAGER)).singleElement().satisfies(section -> {
            assertThat(section.title()).isEqualTo("Agencies' information on SCR-2026-600");
            assertThat(section.facts()).extracting(Fact::label).containsExactly("Request 1: Health visiting");
        });
        assertThat(commands.of(record, PRACTITIONER)).isEmpty();
    }

    @Test
    void aPractitionerIsRefusedAndSeesNoRequests() {
        String reply = said("request SCR-2026-600 agency: Staffordshire Police; contact: none; due: 8/1/2027; "
                + "asks: records", PRACTITIONER);

        assertThat(reply).startsWith("Only the Staffordshire Chair, business manager or an administrator");
        assertThat(said("requests SCR-2026-600", PRACTITIONER)).startsWith("I can't find a case");
        assertThat(((Reply.Summary) commands.answer("requests", PRACTITIONER).orElseThrow().get(0)).title())
                .isEqualTo("There are no agency requests on the cases you can see.");
        assertThat(requests.ofCase(record.id())).isEmpty();
    }

    @Test
    void theTranscriptKeepsTheCommandNeverWhatIsAsked() {
        assertThat(commands.recorded("request SCR-2026-600 agency: Police; contact: none; due: 8/1/2027; asks: all "
                + "about Jane Smith")).hasValueSatisfying(kept -> {
                    assertThat(kept).startsWith("request SCR-2026-600 (an agency request of ");
                    assertThat(kept).doesNotContain("Jane", "Police");
                });
        assertThat(commands.recorded("requests Jane-Smith")).contains("requests (not a case reference, 10 "
                + "characters)");
        assertThat(commands.recorded("provided SCR-2026-600 2")).contains("provided SCR-2026-600 2");
        assertThat(commands.recorded("status SCR-2026-600")).isEmpty();
    }
}
