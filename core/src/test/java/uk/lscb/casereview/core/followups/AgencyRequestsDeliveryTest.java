package uk.lscb.casereview.core.followups;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
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
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.CaseService;
import uk.lscb.casereview.core.cases.FollowUpProcessor;
import uk.lscb.casereview.core.contracts.PortFixtures;
import uk.lscb.casereview.core.deadlines.Audience;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.deadlines.London;
import uk.lscb.casereview.core.deadlines.ReminderPolicy;
import uk.lscb.casereview.core.deadlines.WorkingDays;
import uk.lscb.casereview.core.delivery.ChannelNotifier;
import uk.lscb.casereview.core.delivery.Deliveries;
import uk.lscb.casereview.core.delivery.DeliveryWorker;
import uk.lscb.casereview.core.delivery.InMemoryDeliveryJobs;
import uk.lscb.casereview.core.delivery.Notification;
import uk.lscb.casereview.core.memory.InMemoryCases;
import uk.lscb.casereview.core.memory.InMemoryReminderJobs;
import uk.lscb.casereview.core.messages.Choice;
import uk.lscb.casereview.core.messages.UkDates;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.reminders.ReminderDeliveries;
import uk.lscb.casereview.core.reminders.ReminderJob;
import uk.lscb.casereview.core.reminders.ReminderScheduler;
import uk.lscb.casereview.core.reminders.ReminderSweeper;
import uk.lscb.casereview.core.requests.AgencyRequestReminders;
import uk.lscb.casereview.core.requests.AgencyRequestService;
import uk.lscb.casereview.core.requests.InMemoryAgencyRequests;
import uk.lscb.casereview.core.requests.LegalBasis;
import uk.lscb.casereview.core.rules.RulePacks;

/**
 * Two agency requests through the one delivery path and the reminder jobs: the contact's message with the legal
 * basis, the panel's notes, the reminders on working days, the overdue one escalated to the Chair, both provided,
 * and a restart that sends nothing twice.
 */
class AgencyRequestsDeliveryTest {
    private static final UserRef CHAIR = new UserRef(Platform.TEAMS, "00000000-0000-0000-0000-00000000c4a1",
            "Staffordshire Chair");
    /** A contact named by their Entra object id, which is all that is known of them until they act. */
    private static final String POLICE = "00000000-0000-0000-0000-00000000b0b1";
    private static final UserRef CONTACT = new UserRef(Platform.TEAMS, POLICE, POLICE);

    /** A fixed clock that the test moves on by hand. */
    private static final class HandClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return London.ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final HandClock clock = new HandClock();
    private final InMemoryCases cases = new InMemoryCases();
    private final InMemoryAgencyRequests requests = new InMemoryAgencyRequests();
    private final InMemoryReminderJobs jobs = new InMemoryReminderJobs();
    private final List<Notification> panel = new ArrayList<>();
    private final List<String> direct = new ArrayList<>();
    private final List<Notification> toContact = new ArrayList<>();
    /** The kept copies replaced, each as "kind -> title [buttons]". */
    private final List<String> replaced = new ArrayList<>();
    private final Roles roles = new Roles(Map.of(PortFixtures.STAFFORDSHIRE, Set.of(PlatformId.of(CHAIR))), Map.of());
    private final Boards boards = Boards.staffordshireAndStoke();
    private final RulePacks packs = new RulePacks(List.of(PortFixtures.pack()));
    private final CaseRecord record = PortFixtures.caseRecord("SCR-2026-500", new ConversationKey(Platform.TEAMS, "p"),
            PortFixtures.AT);

    private FollowUpProcessor followUps;
    private AgencyRequestService service;
    private ReminderSweeper sweeper;

    AgencyRequestsDeliveryTest() {
        cases.create(record);
        start();
    }

    /** One server's objects over the shared stores: called again, it is a restart. */
    private void start() {
        FollowUpProcessor[] processor = new FollowUpProcessor[1];
        AgencyRequestReminders reminders = new AgencyRequestReminders(requests, cases,
                owing -> processor[0].referred(owing));
        ReminderScheduler scheduler = new ReminderScheduler(jobs, ReminderPolicy.englandAndWales(), reminders);
        Deliveries deliveries = new Deliveries(new InMemoryDeliveryJobsShared().jobs, clock);
        CaseNotifications notifications = new CaseNotifications(cases, deliveries, scheduler, boards, packs, clock,
                requests);
        ChannelNotifier channels = new ChannelNotifier() {
            @Override
            public void send(Notification notification) {
                panel.add(notification);
            }

            @Override
            public void replaceCopies(CaseId caseId, String copies, Notification now) {
                replaced.add(copies + " -> " + now.title() + " " + now.actions().stream().map(Choice::label).toList());
            }
        };
        CaseNotifications.Outlet outlet = new CaseNotifications.Outlet(Platform.TEAMS, new NoCards(), channels,
                List.of((person, note) -> {
                    if (!person.equals(CONTACT)) {
                        return false;
                    }
                    direct.add(person.id() + ": " + note.title());
                    toContact.add(note);
                    return true;
                }));
        ReminderDeliveries reminderDeliveries = new ReminderDeliveries(jobs, cases, ReminderPolicy.englandAndWales(),
                boards, deliveries, clock);
        deliveries.register(new DeliveryWorker(Platform.TEAMS, deliveries.jobs(), DeliveryWorker.Carrier.byKind(
                Map.of(ReminderDeliveries.KIND, reminderDeliveries.carrier(outlet.channels())),
                notifications.carrier(outlet)), clock, "server", Duration.ofMinutes(2)), Runnable::run);
        processor[0] = new FollowUpProcessor(cases, notifications, clock, "server", Duration.ofMinutes(2));
        followUps = processor[0];
        service = new AgencyRequestService(cases, requests, roles, boards, WorkingDays.englandAndWales(), clock,
                followUps::referred);
        sweeper = new ReminderSweeper(jobs, cases, reminderDeliveries, ReminderPolicy.englandAndWales(), "server",
                Duration.ofMinutes(10), reminders);
    }

    /** The deliveries outlive a restart, as the stored collection does. */
    private final InMemoryDeliveryJobs deliveryJobs = new InMemoryDeliveryJobs();

    private final class InMemoryDeliveryJobsShared {
        final InMemoryDeliveryJobs jobs = deliveryJobs;
    }

    private void at(String londonDate) {
        clock.now = London.at(LocalDate.parse(londonDate), ReminderPolicy.SEND_AT);
        sweeper.sweep(clock.now);
    }

    /** What the panel channel got about agencies' requests (not the case's own deadlines). */
    private List<Notification> agencyNotes() {
        return panel.stream().filter(note -> note.dedupeKey().contains("/agency/")).toList();
    }

    private List<String> panelTitles() {
        return agencyNotes().stream().map(Notification::title).toList();
    }

    /**
     * Once a request is provided, every message posted with its Mark provided button says so: its own (to its contact
     * and the panel's when it was asked) and the panel's reminders of its due date, which keep the buttons of the
     * requests due that day still open. They kept a live button, and "Overdue", after it was provided.
     */
    @Test
    void aProvidedRequestsPostedMessagesSaySoAndKeepOnlyTheOpenRequestsButtons() {
        for (String agency : List.of("Staffordshire Police", "Health visiting service")) {
            service.ask(record.id(), new AgencyRequestService.Ask(agency, Optional.of(CONTACT), "Records.",
                    "18/12/2026"), CaseService.Actor.person(CHAIR));
        }
        at("2026-12-11");
        clock.now = Instant.parse("2026-12-14T11:00:00Z");

        assertThat(service.provided(record.id(), 1, CaseService.Actor.person(CONTACT)).applied()).isTrue();
        followUps.completeAll();
        assertThat(replaced).containsExactly(
                "request:1 -> Information provided from Staffordshire Police (request 1 on SCR-2026-500), due 18 "
                        + "December 2026 []",
                "requests-due:2026-12-18 -> Information due on 18 December 2026 on SCR-2026-500: 1 still open "
                        + "[Mark 2 provided]");
        replaced.clear();
        assertThat(service.provided(record.id(), 2, CaseService.Actor.person(CHAIR)).applied()).isTrue();
        followUps.completeAll();

        assertThat(replaced).containsExactly(
                "request:2 -> Information provided from Health visiting service (request 2 on SCR-2026-500), due 18 "
                        + "December 2026 []",
                "requests-due:2026-12-18 -> Information due on 18 December 2026 on SCR-2026-500: all provided []");
    }

    @Test
    void twoRequestsOneOverdueAndEscalatedBothProvidedAndARestartSendsNothingTwice() {
        service.ask(record.id(), new AgencyRequestService.Ask("Staffordshire Police", Optional.of(CONTACT),
                "Chronology of police contact with the family.", "18/12/2026"), CaseService.Actor.person(CHAIR));
        service.ask(record.id(), new AgencyRequestService.Ask("Health visiting service", Optional.empty(),
                "Health visitor records.", "19/12/2026"), CaseService.Actor.person(CHAIR));

        assertThat(direct).containsExactly(POLICE + ": Information requested from Staffordshire Police on case "
                + "SCR-2026-500");
        Notification told = toContact.get(0);
        assertThat(told.text()).contains("Chronology of police contact with the family.", LegalBasis.QUOTATION,
                "by 18 December 2026");
        assertThat(told.actions()).extracting(choice -> choice.payload())
                .containsExactly("case:provided:staffordshire/SCR-2026-500:1");
        assertThat(panelTitles()).containsExactly(
                "Information requested from Staffordshire Police (request 1 on SCR-2026-500), due 18 December 2026",
                "Information requested from Health visiting service (request 2 on SCR-2026-500), due 21 December 2026");
        assertThat(agencyNotes().get(1).text()).doesNotContain("Health visitor records");

        panel.clear();
        direct.clear();
        for (String day : List.of("2026-12-11", "2026-12-14", "2026-12-16")) {
            at(day);
        }
        assertThat(panelTitles()).containsExactly(
                "Reminder: an agency's information on SCR-2026-500 is due on 18 December 2026",
                "Reminder: an agency's information on SCR-2026-500 is due on 21 December 2026",
                "Reminder: an agency's information on SCR-2026-500 is due on 18 December 2026");
        assertThat(direct).hasSize(2).allMatch(line -> line.startsWith(POLICE + ": Reminder: information for case "
                + "SCR-2026-500 is due on 18 December 2026"));

        panel.clear();
        direct.clear();
        clock.now = Instant.parse("2026-12-17T15:00:00Z");
        CaseService.ActionResult provided = service.pressed(new ButtonAction.MarkProvided(record.id().value(), 2),
                Map.of(), new CaseService.Actor(new UserRef(Platform.TEAMS, "00000000-0000-0000-0000-00000000be11",
                        "A panel member"), Optional.of(PortFixtures.STAFFORDSHIRE))).orElseThrow();
        assertThat(provided.applied()).as(provided.message()).isTrue();
        for (String day : List.of("2026-12-18", "2026-12-21", "2026-12-24")) {
            at(day);
        }
        assertThat(panelTitles()).containsExactly(
                "Information provided from Health visiting service (request 2 on SCR-2026-500), due 21 December 2026",
                "Reminder: an agency's information on SCR-2026-500 is due on 18 December 2026",
                "Overdue: an agency's information on SCR-2026-500 was due on 18 December 2026");
        assertThat(agencyNotes().get(2).to()).containsExactly(Audience.PANEL_CHANNEL, Audience.CHAIR);
        assertThat(agencyNotes().get(2).text()).contains("Escalated to the Chair");
        assertThat(direct).containsExactly(
                POLICE + ": Reminder: information for case SCR-2026-500 is due on 18 December 2026",
                POLICE + ": Overdue: information for case SCR-2026-500 was due on 18 December 2026");

        panel.clear();
        direct.clear();
        start();
        sweeper.sweep(clock.now);
        followUps.completeAll();
        assertThat(agencyNotes()).isEmpty();
        assertThat(direct).isEmpty();

        clock.now = Instant.parse("2026-12-29T11:00:00Z");
        assertThat(service.provided(record.id(), 1, CaseService.Actor.person(CONTACT)).applied()).isTrue();
        at("2026-12-31");
        at("2027-01-08");
        assertThat(panelTitles()).containsExactly(
                "Information provided from Staffordshire Police (request 1 on SCR-2026-500), due 18 December 2026");
        assertThat(direct).isEmpty();
        assertThat(jobs.ofCase(record.id())).filteredOn(job -> job.kind() == DeadlineKind.AGENCY_INFORMATION
                && job.status() == ReminderJob.Status.PENDING).isEmpty();
    }

    /**
     * A reminder says how far off the due date is as of when it is sent, as a deadline's reminder does: on time, and
     * late (the servers were down, or the clock moved on past its day), when the latest reminder due is sent instead
     * of the ones missed and counts from today, not from the day it was for.
     */
    @ParameterizedTest(name = "due {0}, sent at {1}: \"{2}\" / \"{3}\"")
    @CsvSource(delimiter = '|', value = {
        // on time
        "2026-12-14 | 2026-12-07T09:00:00Z | Reminder: an agency's information on SCR-2026-500 is due on 14 December 2026"
                + " | Due in 7 days.             | is due in 7 days",
        "2026-12-14 | 2026-12-14T09:00:00Z | Reminder: an agency's information on SCR-2026-500 is due on 14 December 2026"
                + " | Due today.                 | is due today",
        "2026-12-29 | 2027-01-05T09:00:00Z | Overdue: an agency's information on SCR-2026-500 was due on 29 December 2026"
                + " | Due 7 days ago. Escalated to the Chair. | was due 7 days ago",
        // the Friday's reminder of a Monday's date (D−2 a Saturday), sent on the Saturday: two days, not three
        "2026-12-14 | 2026-12-12T10:00:00Z | Reminder: an agency's information on SCR-2026-500 is due on 14 December 2026"
                + " | Due in 2 days.             | is due in 2 days",
        // the due day's reminder sent the day after
        "2026-12-14 | 2026-12-15T10:00:00Z | Overdue: an agency's information on SCR-2026-500 was due on 14 December 2026"
                + " | Due 1 day ago.             | was due 1 day ago",
        // the due day's reminder (Tuesday 29 December) sent a week late, on Tuesday 5 January before 09:00
        "2026-12-29 | 2027-01-05T08:30:00Z | Overdue: an agency's information on SCR-2026-500 was due on 29 December 2026"
                + " | Due 7 days ago.            | was due 7 days ago",
        // the first overdue reminder (Tuesday 5 January) sent a day late
        "2026-12-29 | 2027-01-06T10:00:00Z | Overdue: an agency's information on SCR-2026-500 was due on 29 December 2026"
                + " | Due 8 days ago. Escalated to the Chair. | was due 8 days ago",
    })
    void aRemindersWordsCountTheDaysFromWhenItIsSent(LocalDate due, Instant sentAt, String title, String text,
                                                   String toContact) {
        service.ask(record.id(), new AgencyRequestService.Ask("Staffordshire Police", Optional.of(CONTACT),
                "Chronology of police contact with the family.", UkDates.format(due)), CaseService.Actor.person(CHAIR));
        panel.clear();
        this.toContact.clear();

        clock.now = sentAt;
        sweeper.sweep(sentAt);

        assertThat(agencyNotes()).hasSize(1);
        Notification note = agencyNotes().get(0);
        assertThat(note.title()).isEqualTo(title);
        assertThat(note.text()).isEqualTo(text + " Press Mark provided once it has come in.");
        assertThat(note.to().contains(Audience.CHAIR)).isEqualTo(text.contains("Escalated"));
        assertThat(this.toContact).singleElement().satisfies(told -> {
            assertThat(told.title()).isEqualTo(title.replace("an agency's information on", "information for case"));
            assertThat(told.text()).startsWith("The information from Staffordshire Police (request 1 on "
                    + "SCR-2026-500), due " + UkDates.format(due) + " " + toContact + ": ");
        });
    }

    @ParameterizedTest(name = "due {0}: reminded on {1}")
    @CsvSource({
        "2026-12-18, 2026-12-11 2026-12-16 2026-12-18 2026-12-24 2026-12-31", // Christmas Day moves D+7 back
        "2026-12-21, 2026-12-14 2026-12-18 2026-12-21 2026-12-24 2027-01-04", // D−2 a Saturday; D+7 the 28th holiday
        "2027-03-30, 2027-03-23 2027-03-25 2027-03-30 2027-04-06 2027-04-13", // D−2 is Good Friday: the Thursday
        "2026-03-30, 2026-03-23 2026-03-27 2026-03-30 2026-04-02 2026-04-13", // BST from 29 March; D+7 Easter Monday
    })
    void aRequestsRemindersFallOnWorkingDaysAt9InLondon(LocalDate due, String dates) {
        List<String> sent = ReminderPolicy.englandAndWales().between(DeadlineKind.AGENCY_INFORMATION, due,
                London.startOf(due.minusDays(30)), London.startOf(due.plusDays(15))).stream().map(reminder -> {
                    assertThat(reminder.at()).isEqualTo(London.at(reminder.date(), ReminderPolicy.SEND_AT));
                    assertThat(reminder.audience().contains(Audience.CHAIR))
                            .isEqualTo(reminder.date().isAfter(due));
                    return reminder.date().toString();
                }).toList();

        assertThat(String.join(" ", sent)).isEqualTo(dates);
    }
}
