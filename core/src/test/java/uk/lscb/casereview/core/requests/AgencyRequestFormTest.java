package uk.lscb.casereview.core.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
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
import uk.lscb.casereview.core.cases.CaseCommands;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.CaseService;
import uk.lscb.casereview.core.cases.CaseViews;
import uk.lscb.casereview.core.contracts.PortFixtures;
import uk.lscb.casereview.core.deadlines.WorkingDays;
import uk.lscb.casereview.core.memory.InMemoryCases;
import uk.lscb.casereview.core.memory.InMemoryTranscripts;
import uk.lscb.casereview.core.messages.Choice;
import uk.lscb.casereview.core.messages.Reply;
import uk.lscb.casereview.core.messages.StepField;
import uk.lscb.casereview.core.messages.StepForm;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.rules.RulePacks;
import uk.lscb.casereview.core.rules.wt2015.Wt2015;

/** Asking an agency for information through a step form: the button in {@code case}, the form, its refusals. */
class AgencyRequestFormTest {
    /** Tuesday 1 December 2026, 10:00 in London. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneId.of("Europe/London"));
    private static final UserRef CHAIR = new UserRef(Platform.TEAMS, "00000000-0000-0000-0000-00000000c4a1",
            "Chair One");
    private static final UserRef ADMIN = new UserRef(Platform.TEAMS, "00000000-0000-0000-0000-0000000ad411",
            "An administrator");
    private static final UserRef MANAGER = new UserRef(Platform.SLACK, "U0MANAGER", "A business manager");
    private static final UserRef PRACTITIONER = new UserRef(Platform.SLACK, "U0PRACT", "A practitioner");
    private static final Roles ROLES = new Roles(Map.of(PortFixtures.STAFFORDSHIRE, Set.of(PlatformId.of(CHAIR))),
            Map.of(PortFixtures.STAFFORDSHIRE, Set.of(PlatformId.of(ADMIN))),
            Map.of(PortFixtures.STAFFORDSHIRE, Set.of(PlatformId.of(MANAGER))));

    private final InMemoryCases cases = new InMemoryCases();
    private final InMemoryAgencyRequests requests = new InMemoryAgencyRequests();
    private final AgencyRequestService service = new AgencyRequestService(cases, requests, ROLES,
            Boards.staffordshireAndStoke(), WorkingDays.englandAndWales(), CLOCK, record -> { });
    private final CaseService caseService = new CaseService(cases, ROLES, Boards.staffordshireAndStoke(),
            new RulePacks(List.of(Wt2015.pack())), CLOCK, (before, after, action) -> { }, (id, kind, due) -> false,
            service);
    private final CaseCommands commands = new CaseCommands(cases, new InMemoryTranscripts(), caseService, ROLES,
            Boards.staffordshireAndStoke(), CLOCK, (chair, posted) -> false,
            List.of(new RequestCommands(cases, service, CLOCK)));
    private final CaseRecord record = PortFixtures.caseRecord("SCR-2026-700", new ConversationKey(Platform.SLACK, "D1"),
            PortFixtures.AT);
    private final ButtonAction.OpenStep open = new ButtonAction.OpenStep(record.id().value(),
            AgencyRequestService.FORM_STEP);
    private final ButtonAction.TakeStep take = new ButtonAction.TakeStep(record.id().value(),
            AgencyRequestService.FORM_STEP);

    AgencyRequestFormTest() {
        cases.create(record);
    }

    private static Map<String, String> filled(String... pairs) {
        Map<String, String> values = new LinkedHashMap<>(Map.of(AgencyRequestService.AGENCY, "Staffordshire Police",
                AgencyRequestService.CONTACT, "", AgencyRequestService.ASKED, "A chronology of police contact.",
                AgencyRequestService.DUE, "2026-12-18"));
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1]);
        }
        return values;
    }

    private List<Choice> caseButtons(UserRef who) {
        return commands.answer("case SCR-2026-700", who).orElseThrow().stream()
                .filter(Reply.Summary.class::isInstance).flatMap(reply -> ((Reply.Summary) reply).actions().stream())
                .toList();
    }

    @Test
    void theFormAsksForTheAgencyItsContactWhatIsAskedAndTheDueDate() {
        StepForm form = service.form(record);

        assertThat(form.title()).isEqualTo("Ask an agency for information: SCR-2026-700");
        assertThat(form.fields()).extracting(StepField::id, StepField::type, StepField::required).containsExactly(
                org.assertj.core.groups.Tuple.tuple("agency", StepField.Type.LINE, true),
                org.assertj.core.groups.Tuple.tuple("contact", StepField.Type.PERSON, false),
                org.assertj.core.groups.Tuple.tuple("asked", StepField.Type.TEXT, true),
                org.assertj.core.groups.Tuple.tuple("due", StepField.Type.DATE, true));
        assertThat(form.submit().payload()).isEqualTo(take.payload());
        assertThat(String.join(" ", form.intro())).contains("Children Act 2004 s14B");
    }

    @Test
    void theCaseViewOffersTheFormToThoseWhoMayAskAndNotToAPractitioner() {
        for (UserRef asker : List.of(CHAIR, ADMIN, MANAGER)) {
            assertThat(caseButtons(asker)).as(asker.displayName()).extracting(Choice::label, Choice::payload)
                    .contains(org.assertj.core.groups.Tuple.tuple("Ask an agency for information", open.payload()));
        }
        assertThat(commands.answer("case SCR-2026-700", PRACTITIONER).orElseThrow().stream()
                .filter(Reply.Summary.class::isInstance).flatMap(reply -> ((Reply.Summary) reply).actions().stream())
                .map(Choice::payload)).doesNotContain(open.payload());
    }

    @Test
    void pressingTheButtonOpensTheFormForAnAskerAndSaysWhyNotToOthers() {
        List<Reply> manager = commands.pressed(open.payload(), MANAGER).orElseThrow();
        List<Reply> practitioner = commands.pressed(open.payload(), PRACTITIONER).orElseThrow();

        assertThat(manager).singleElement().isEqualTo(new Reply.Form(service.form(record)));
        assertThat(practitioner).singleElement().isInstanceOfSatisfying(Reply.Say.class, say -> assertThat(say.text())
                .startsWith("Only the Staffordshire Chair, business manager or an administrator can ask an agency"));
    }

    @Test
    void theTypedRequestCommandOffersTheFormsButtonBesideTheOneLine() {
        Reply.Say said = (Reply.Say) commands.answer("request SCR-2026-700", MANAGER).orElseThrow().get(0);

        assertThat(said.text()).contains("type one line: request SCR-2026-700 agency:");
        assertThat(said.choices()).extracting(Choice::payload).containsExactly(open.payload());
    }

    @Test
    void theFormSubmittedAsksTheAgencyWithItsDueDateMovedOffABankHoliday() {
        CaseService.ActionResult result = caseService.cardAction(take, filled(AgencyRequestService.DUE, "2026-12-25",
                AgencyRequestService.CONTACT, "U0POLICE"), CaseService.Actor.person(MANAGER));

        assertThat(result.applied()).as(result.message()).isTrue();
        assertThat(result.message()).startsWith("Information requested from Staffordshire Police (request 1 on "
                + "SCR-2026-700), due 29 December 2026 (25 December 2026 is not a working day");
        AgencyRequest stored = requests.find(record.id(), 1).orElseThrow();
        assertThat(stored.due()).isEqualTo(LocalDate.of(2026, 12, 29));
        assertThat(stored.contact()).contains(new UserRef(Platform.SLACK, "U0POLICE", null));
        assertThat(result.record()).isPresent();
    }

    @ParameterizedTest(name = "{0} = \"{1}\": refused beside {2}")
    @CsvSource(delimiter = '|', value = {
        "agency | ' ' | agency | Please give the agency's name.",
        "asked | '' | asked | Please give the description of what is asked.",
        "asked | Everything on Jane Smith please | asked | I haven't recorded that: the description of what is asked",
        "asked | Records since her birth on 03/04/2015 | asked | I haven't recorded that",
        "due | '' | due | Please give the date the information is due",
        "due | soon | due | Please give the date the information is due",
        "due | 2026-12-01 | due | The due date must be after today.",
        "contact | u0police | contact | The contact cannot be anyone on Slack: a Slack id is the person's user id",
        "contact | slack:\uD83D\uDE00 | contact | The contact cannot be anyone on Slack",
        "contact | <@C012AB3CD> | contact | The contact cannot be anyone on Slack",
        "contact | (U and 9,999 As) | contact | The contact cannot be anyone on Slack",
        "contact | teams:aad-police | contact | The contact cannot be anyone on Teams: a Teams id is the person's "
                + "Microsoft Entra object id",
        "contact | teams: | contact | The contact cannot be anyone on Teams",
        "contact | local:nobody | contact | The contact is none of the local page's identities, which are "
                + "practitioner.",
    })
    void aBadValueIsRefusedBesideItsFieldAndNothingIsRecorded(String field, String value, String beside,
                                                               String message) {
        CaseService.ActionResult result = caseService.cardAction(take, filled(field,
                value.equals("(U and 9,999 As)") ? "U" + "A".repeat(9_999) : value), CaseService.Actor.person(MANAGER));

        assertThat(result.applied()).isFalse();
        assertThat(result.input()).contains(beside);
        assertThat(result.message()).startsWith(message);
        assertThat(requests.ofCase(record.id())).isEmpty();
        assertThat(cases.find(record.id())).contains(record);
    }

    @Test
    void whatIsAskedLongerThanTheCapIsRefusedBesideIt() {
        CaseService.ActionResult result = caseService.cardAction(take, filled(AgencyRequestService.ASKED,
                "x".repeat(4001)), CaseService.Actor.person(MANAGER));

        assertThat(result.input()).contains(AgencyRequestService.ASKED);
        assertThat(result.message()).startsWith("The description of what is asked is 4,001 characters long");
        assertThat(requests.ofCase(record.id())).isEmpty();
    }

    @Test
    void aPractitionerSubmittingTheFormIsRefusedOnTheServerAndNothingIsRecorded() {
        CaseService.ActionResult result = caseService.cardAction(take, filled(), CaseService.Actor.person(PRACTITIONER));

        assertThat(result.applied()).isFalse();
        assertThat(result.message()).startsWith("Only the Staffordshire Chair, business manager or an administrator");
        assertThat(requests.ofCase(record.id())).isEmpty();
        assertThat(cases.find(record.id())).contains(record);
    }

    @Test
    void aRefusedFormComesBackFromTheCaseServiceWithWhatWasTypedAndTheMessageBesideItsField() {
        StepForm again = caseService.stepForm(record, AgencyRequestService.FORM_STEP).orElseThrow()
                .refused(filled(AgencyRequestService.DUE, "soon"), Optional.of(AgencyRequestService.DUE), "Bad date.");

        assertThat(again.values()).containsEntry(AgencyRequestService.DUE, "soon");
        assertThat(again.errors()).containsExactly(Map.entry(AgencyRequestService.DUE, "Bad date."));
        assertThat(caseService.stepForm(record, "no-such-step")).isEmpty();
    }
}
