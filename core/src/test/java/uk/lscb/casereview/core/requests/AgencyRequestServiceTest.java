package uk.lscb.casereview.core.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.boards.Roles;
import uk.lscb.casereview.core.boards.Roles.PlatformId;
import uk.lscb.casereview.core.cases.AuditEvent;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.CaseService.Actor;
import uk.lscb.casereview.core.cases.CaseStatus;
import uk.lscb.casereview.core.cases.FollowUp;
import uk.lscb.casereview.core.contracts.PortFixtures;
import uk.lscb.casereview.core.deadlines.WorkingDays;
import uk.lscb.casereview.core.memory.InMemoryCases;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.requests.AgencyRequestService.Ask;
import uk.lscb.casereview.core.requests.AgencyRequestService.Result;

class AgencyRequestServiceTest {
    /** Tuesday 1 December 2026, 10:00 in London. */
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final UserRef CHAIR = new UserRef(Platform.TEAMS, "00000000-0000-0000-0000-00000000c4a1",
            "Chair One");
    private static final UserRef ADMIN = new UserRef(Platform.TEAMS, "00000000-0000-0000-0000-0000000ad411",
            "An administrator");
    private static final UserRef PRACTITIONER = new UserRef(Platform.TEAMS, "00000000-0000-0000-0000-000000007ac1",
            "A practitioner");
    private static final UserRef MANAGER = new UserRef(Platform.SLACK, "U0MANAGER", "A business manager");
    /** A contact named by their Entra object id, which is all that is known of them until they act. */
    private static final String POLICE = "00000000-0000-0000-0000-00000000b0b1";
    private static final UserRef CONTACT = new UserRef(Platform.TEAMS, POLICE, POLICE);
    private static final Roles ROLES = new Roles(Map.of(PortFixtures.STAFFORDSHIRE, Set.of(PlatformId.of(CHAIR))),
            Map.of(PortFixtures.STAFFORDSHIRE, Set.of(PlatformId.of(ADMIN))),
            Map.of(PortFixtures.STAFFORDSHIRE, Set.of(PlatformId.of(MANAGER))));

    private final InMemoryCases cases = new InMemoryCases();
    private final InMemoryAgencyRequests requests = new InMemoryAgencyRequests();
    private final List<CaseRecord> owing = new ArrayList<>();
    private final AgencyRequestService service = new AgencyRequestService(cases, requests, ROLES,
            Boards.staffordshireAndStoke(), WorkingDays.englandAndWales(),
            Clock.fixed(NOW, ZoneId.of("Europe/London")), owing::add);
    private final CaseRecord record = PortFixtures.caseRecord("SCR-2026-300", new ConversationKey(Platform.TEAMS, "c"),
            PortFixtures.AT);

    AgencyRequestServiceTest() {
        cases.create(record);
    }

    private static Ask police(String due) {
        return new Ask("Staffordshire Police", Optional.of(CONTACT), "Chronology of police contact with the family.",
                due);
    }

    @Test
    void anAdministratorAsksAndTheCasesAuditTrailSaysWhoWhenAndUnderWhichRulePack() {
        Result result = service.ask(record.id(), police("18/12/2026"), Actor.person(ADMIN));

        assertThat(result.applied()).as(result.message()).isTrue();
        assertThat(result.message()).contains("from Staffordshire Police (request 1 on SCR-2026-300), due 18 "
                + "December 2026", "Their contact is told in their chat");
        AgencyRequest stored = requests.find(record.id(), 1).orElseThrow();
        assertThat(stored.recorded()).isTrue();
        assertThat(stored.due()).isEqualTo(LocalDate.parse("2026-12-18"));
        CaseRecord after = cases.find(record.id()).orElseThrow();
        AuditEvent event = after.audit().get(after.audit().size() - 1);
        assertThat(event.who()).isEqualTo(ADMIN);
        assertThat(event.at()).isEqualTo(NOW);
        assertThat(event.action()).isEqualTo("agency information requested");
        assertThat(event.detail()).as("the timeline shows it as written").isEqualTo("request 1 to Staffordshire Police, due 18 December 2026");
        assertThat(event.rulePack()).isEqualTo(record.recommendation().rulePack());
        assertThat(after.status()).isEqualTo(record.status());
        assertThat(after.followUps().pending()).extracting(FollowUp::key)
                .contains("AGENCY_ASKED/1", "SCHEDULE_REMINDERS/" + after.version());
        assertThat(owing).extracting(CaseRecord::version).containsExactly(after.version());
    }

    @Test
    void aBusinessManagerAsksMarksProvidedAndSeesTheBoardsRequests() {
        Result asked = service.ask(record.id(), police("18/12/2026"), Actor.person(MANAGER));
        Result provided = service.provided(record.id(), 1, Actor.person(MANAGER));

        assertThat(asked.applied()).as(asked.message()).isTrue();
        assertThat(provided.applied()).as(provided.message()).isTrue();
        assertThat(service.visibleTo(MANAGER)).extracting(AgencyRequest::number).containsExactly(1);
        assertThat(service.visibleTo(PRACTITIONER)).isEmpty();
    }

    @Test
    void aPractitionerMayNotAskAndNothingChanges() {
        Result result = service.ask(record.id(), police("18/12/2026"), Actor.person(PRACTITIONER));

        assertThat(result.applied()).isFalse();
        assertThat(result.message()).isEqualTo("Only the Staffordshire Chair, business manager or an administrator "
                + "can ask an agency for information. Your attempt has been recorded.");
        assertThat(requests.ofCase(record.id())).isEmpty();
        assertThat(cases.find(record.id())).contains(record);
    }

    @Test
    void aClosedCaseTakesNoMoreRequests() {
        CaseRecord withdrawn = record.next(CaseStatus.WITHDRAWN, new AuditEvent(NOW, CHAIR, "withdrawn", "duplicate",
                record.recommendation().rulePack()));
        cases.update(withdrawn, record.version());

        Result result = service.ask(record.id(), police("18/12/2026"), Actor.person(CHAIR));

        assertThat(result.applied()).isFalse();
        assertThat(result.message()).isEqualTo("Case SCR-2026-300 is withdrawn, so no more information can be asked "
                + "for it.");
        assertThat(requests.ofCase(record.id())).isEmpty();
    }

    @ParameterizedTest(name = "typed {0}: due {1}")
    @CsvSource({
        "02/12/2026, 2026-12-02, false", // the day after today
        "18/12/2026, 2026-12-18, false", // a Friday
        "19/12/2026, 2026-12-21, true", // Saturday: the Monday after
        "20 Dec 2026, 2026-12-21, true", // Sunday
        "25/12/2026, 2026-12-29, true", // Christmas Day (Friday), then Boxing Day's holiday on Monday 28th
        "2027-03-26, 2027-03-30, true", // Good Friday, the weekend, then Easter Monday
        "2027-05-31, 2027-06-01, true", // the spring bank holiday
        "2026-03-29T00:00, , false", // not a date
    })
    void aDueDateOnAWeekendOrABankHolidayMovesToTheNextWorkingDay(String typed, LocalDate due, boolean moved) {
        Result result = service.ask(record.id(), police(typed), Actor.person(CHAIR));

        if (due == null) {
            assertThat(result.applied()).isFalse();
            assertThat(result.field()).contains(AgencyRequestService.DUE);
            return;
        }
        assertThat(result.applied()).as(result.message()).isTrue();
        assertThat(result.request().orElseThrow().due()).isEqualTo(due);
        assertThat(result.message().contains("is not a working day, so it is due on the next one")).isEqualTo(moved);
    }

    @ParameterizedTest(name = "due {0}: refused")
    @CsvSource({"today", "yesterday", "01/12/2026", "30/11/2026", "'soon'", "''"})
    void aDueDateThatIsNotLaterThanTodayOrNotADateIsRefused(String typed) {
        Result result = service.ask(record.id(), police(typed), Actor.person(CHAIR));

        assertThat(result.applied()).isFalse();
        assertThat(result.field()).contains(AgencyRequestService.DUE);
        assertThat(requests.ofCase(record.id())).isEmpty();
    }

    @Test
    void freeTextThatMayNameAChildOrIsTooLongIsRefusedAndNotKept() {
        Result named = service.ask(record.id(), new Ask("Staffordshire Police", Optional.empty(),
                "Everything on Jane Smith please", "18/12/2026"), Actor.person(CHAIR));
        Result dated = service.ask(record.id(), new Ask("Staffordshire Police", Optional.empty(),
                "Records since her birth on 03/04/2015", "18/12/2026"), Actor.person(CHAIR));
        Result tooLong = service.ask(record.id(), new Ask("Staffordshire Police", Optional.empty(),
                "x".repeat(4001), "18/12/2026"), Actor.person(CHAIR));
        Result noAgency = service.ask(record.id(), new Ask(" ", Optional.empty(), "Records", "18/12/2026"),
                Actor.person(CHAIR));

        assertThat(named.message()).startsWith("I haven't recorded that: the description of what is asked looks "
                + "like a person's name.");
        assertThat(dated.message()).contains("contains a date, which could be a date of birth");
        assertThat(tooLong.message()).isEqualTo("The description of what is asked is 4,001 characters long; it can "
                + "be at most 4,000. Nothing has been recorded: please shorten it.");
        assertThat(noAgency.field()).contains(AgencyRequestService.AGENCY);
        assertThat(List.of(named, dated, tooLong, noAgency)).noneMatch(Result::applied);
        assertThat(requests.ofCase(record.id())).isEmpty();
        assertThat(cases.find(record.id())).contains(record);
    }

    @Test
    void theContactMarksItProvidedOnceAndASecondPressSaysWhoAndWhen() {
        service.ask(record.id(), police("18/12/2026"), Actor.person(CHAIR));
        long before = cases.find(record.id()).orElseThrow().version();

        Result provided = service.provided(record.id(), 1, Actor.person(CONTACT));
        Result again = service.provided(record.id(), 1, Actor.person(CHAIR));

        assertThat(provided.applied()).isTrue();
        assertThat(provided.message()).isEqualTo("Marked provided: the information from Staffordshire Police "
                + "(request 1 on SCR-2026-300), due 18 December 2026.");
        assertThat(again.applied()).isFalse();
        assertThat(again.message()).isEqualTo("This information was already marked provided by " + POLICE
                + " on 1 December 2026 at 10:00.");
        CaseRecord after = cases.find(record.id()).orElseThrow();
        assertThat(after.version()).isEqualTo(before + 1);
        AuditEvent event = after.audit().get(after.audit().size() - 1);
        assertThat(event.action()).isEqualTo("agency information provided");
        assertThat(event.who()).isEqualTo(CONTACT);
        assertThat(after.followUps().pending()).extracting(FollowUp::key).contains("AGENCY_PROVIDED/1");
    }

    @Test
    void someoneElseOrAnUnknownRequestIsRefusedAndNothingChanges() {
        service.ask(record.id(), police("18/12/2026"), Actor.person(CHAIR));
        CaseRecord asked = cases.find(record.id()).orElseThrow();

        Result practitioner = service.provided(record.id(), 1, Actor.person(PRACTITIONER));
        Result unknown = service.provided(record.id(), 2, Actor.person(CHAIR));
        Result otherBoardsChannel = service.provided(record.id(), 1,
                new Actor(PRACTITIONER, Optional.of(new uk.lscb.casereview.core.refs.BoardId("stoke-on-trent"))));

        assertThat(practitioner.message()).startsWith("Only the agency's contact, or the Staffordshire Chair");
        assertThat(unknown.message()).isEqualTo("Case SCR-2026-300 has no agency request 2.");
        assertThat(otherBoardsChannel.applied()).isFalse();
        assertThat(cases.find(record.id())).contains(asked);
        assertThat(requests.find(record.id(), 1).orElseThrow().isProvided()).isFalse();
    }

    @Test
    void thePanelChannelsMarkProvidedButtonIsTakenThroughTheCaseButtons() {
        service.ask(record.id(), police("18/12/2026"), Actor.person(CHAIR));

        var result = service.pressed(new ButtonAction.MarkProvided(record.id().value(), 1), Map.of(),
                new Actor(PRACTITIONER, Optional.of(PortFixtures.STAFFORDSHIRE))).orElseThrow();

        assertThat(result.applied()).isTrue();
        assertThat(service.pressed(new ButtonAction.MarkDone(record.id().value(),
                uk.lscb.casereview.core.deadlines.DeadlineKind.SCR_COMPLETION), Map.of(), Actor.person(CHAIR)))
                .isEmpty();
    }

    @Test
    void aRequestACrashLeftOffItsCaseIsWrittenToItOnceByTheSweep() {
        AgencyRequest stranded = new AgencyRequest(record.id(), 1, 1, record.board(), record.reference(),
                "Staffordshire Police", Optional.empty(), "Records", LocalDate.parse("2026-12-18"), CHAIR, NOW,
                Optional.empty(), false);
        requests.create(stranded);

        assertThat(service.completePending()).isEqualTo(1);
        assertThat(service.completePending()).isZero();

        CaseRecord after = cases.find(record.id()).orElseThrow();
        assertThat(after.audit()).filteredOn(event -> event.action().equals("agency information requested"))
                .hasSize(1);
        assertThat(requests.find(record.id(), 1).orElseThrow().recorded()).isTrue();
    }
}
