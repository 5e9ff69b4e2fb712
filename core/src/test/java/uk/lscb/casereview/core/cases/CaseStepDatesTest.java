package uk.lscb.casereview.core.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.lscb.casereview.core.cases.CaseLifecycle.Result;
import uk.lscb.casereview.core.contracts.PortFixtures;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.deadlines.Reminder;
import uk.lscb.casereview.core.deadlines.ReminderPolicy;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.rules.Outcome;

/**
 * The deadlines the steps set, and their first reminders (D−7, D−2, D, each moved back to the previous working day
 * over weekends and England and Wales bank holidays; two on one day keep the later): the national panel (14 days
 * from the decision, its London date), the SCR (6 months, clamped to the month's end), the report's copy (7 days
 * before the planned publication), the report's 12 months.
 */
class CaseStepDatesTest {
    private static final UserRef CHAIR = new UserRef(Platform.LOCAL, "chair-staffordshire", "The Chair");

    private static CaseRecord apply(CaseRecord record, CaseAction action, Instant at) {
        Result result = CaseLifecycle.apply(record, action, at);
        assertThat(result).as("%s", result).isInstanceOf(Result.Applied.class);
        return ((Result.Applied) result).next();
    }

    private static CaseRecord decidedAt(Instant at) {
        return apply(PortFixtures.caseRecord("SCR-2026-500", new ConversationKey(Platform.LOCAL, "p"), PortFixtures.AT),
                new CaseAction.Decide(CHAIR, Outcome.SERIOUS_CASE_REVIEW, Optional.empty(), Optional.empty(),
                        List.of("A. Reviewer"), true, false), at);
    }

    private static CaseAction step(CaseStep step, String... fieldsAndValues) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            values.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return new CaseAction.Step(CHAIR, step, values);
    }

    /** An SCR decided on 1 December 2026 whose final report was agreed that day. */
    private static CaseRecord reportAgreed() {
        Instant at = Instant.parse("2026-12-01T12:00:00Z");
        CaseRecord record = decidedAt(at);
        record = apply(record, step(CaseStep.NATIONAL_PANEL_NOTIFIED, CaseStep.Fields.SENT_ON, "today"), at);
        record = apply(record, step(CaseStep.METHODOLOGY, CaseStep.Fields.METHODOLOGY, "silp"), at);
        for (CaseStep next : List.of(CaseStep.TERMS_OF_REFERENCE, CaseStep.REVIEW_STARTED, CaseStep.DRAFT_RECEIVED,
                CaseStep.FINAL_REPORT_AGREED)) {
            record = apply(record, step(next, next.fields().get(0).id(), "today"), at);
        }
        return record;
    }

    private static List<String> firstReminders(CaseRecord record, DeadlineKind kind) {
        CaseDeadline deadline = record.deadline(kind).orElseThrow();
        return ReminderPolicy.englandAndWales().firstReminders(kind, deadline.due()).stream()
                .map(Reminder::date).map(LocalDate::toString).toList();
    }

    @ParameterizedTest(name = "decided at {0}: panel due {1} {2}; SCR due {3} {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # Friday: the panel is due on Christmas Day, its last reminder moves back to Christmas Eve
            2026-12-11T10:00:00Z | 2026-12-25 | 2026-12-18 2026-12-23 2026-12-24 | 2027-06-11 | 2027-06-04 2027-06-09 2027-06-11
            # 23:30 UTC on 30 June is 1 July in London (BST); the SCR falls on New Year's Day
            2026-06-30T23:30:00Z | 2026-07-15 | 2026-07-08 2026-07-13 2026-07-15 | 2027-01-01 | 2026-12-24 2026-12-30 2026-12-31
            # 31 August + 6 months clamps to Sunday 28 February: D-2 and D both move to Friday 26th, kept once
            2026-08-31T12:00:00Z | 2026-09-14 | 2026-09-07 2026-09-11 2026-09-14 | 2027-02-28 | 2027-02-19 2027-02-26
            """)
    void theChairsDecisionSetsTheNationalPanelAndSixMonthDeadlines(Instant at, LocalDate panelDue, String panelReminders,
                                                                    LocalDate scrDue, String scrReminders) {
        CaseRecord record = decidedAt(at);

        assertThat(record.deadline(DeadlineKind.NATIONAL_PANEL_NOTIFICATION).orElseThrow().due()).isEqualTo(panelDue);
        assertThat(firstReminders(record, DeadlineKind.NATIONAL_PANEL_NOTIFICATION))
                .isEqualTo(Arrays.asList(panelReminders.split(" ")));
        assertThat(record.deadline(DeadlineKind.SCR_COMPLETION).orElseThrow().due()).isEqualTo(scrDue);
        assertThat(firstReminders(record, DeadlineKind.SCR_COMPLETION)).isEqualTo(Arrays.asList(scrReminders.split(" ")));
    }

    @ParameterizedTest(name = "publication planned for {0}: copy due {1}, reminded {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # due on the Boxing Day substitute Monday: Christmas and the weekend push both later reminders to the 24th
            2027-01-04 | 2026-12-28 | 2026-12-21 2026-12-24
            # due on Easter Monday 2027: back over the weekend and Good Friday to Thursday 25 March
            2027-04-05 | 2027-03-29 | 2027-03-22 2027-03-25
            # an ordinary Wednesday
            2027-02-17 | 2027-02-10 | 2027-02-03 2027-02-08 2027-02-10
            """)
    void planningPublicationSetsTheCopyToTheNationalPanelAWeekBefore(LocalDate planned, LocalDate due, String reminders) {
        CaseRecord record = apply(reportAgreed(), step(CaseStep.PUBLICATION_PLANNED, CaseStep.Fields.PLANNED_FOR,
                planned.toString()), Instant.parse("2026-12-02T12:00:00Z"));

        assertThat(record.deadline(DeadlineKind.NATIONAL_PANEL_REPORT_COPY).orElseThrow().due()).isEqualTo(due);
        assertThat(firstReminders(record, DeadlineKind.NATIONAL_PANEL_REPORT_COPY))
                .isEqualTo(Arrays.asList(reminders.split(" ")));
    }

    /**
     * A planned publication date is from today (London's date) to two years ahead, as a due date is
     * ({@code DueDates.FURTHEST}): the framework sets no latest date, and one further ahead (year 9999) is a slip.
     */
    @ParameterizedTest(name = "on {0}, publication planned for {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-12-02T12:00:00Z | 2026-12-02 | planned
            2026-12-02T12:00:00Z | 2028-12-02 | planned
            2026-12-02T12:00:00Z | 2028-12-03 | The planned publication date must be no later than 2 December 2028, two years from today.
            2026-12-02T12:00:00Z | 9999-12-31 | The planned publication date must be no later than 2 December 2028, two years from today.
            2026-12-02T12:00:00Z | 31/12/9999 | The planned publication date must be no later than 2 December 2028, two years from today.
            2026-12-02T12:00:00Z | 2026-12-01 | The planned publication date cannot be in the past.
            # 23:30 UTC on 31 March 2027 is 1 April in London (BST)
            2027-03-31T23:30:00Z | 2029-04-01 | planned
            2027-03-31T23:30:00Z | 2029-04-02 | The planned publication date must be no later than 1 April 2029, two years from today.
            # from a leap day, two years on is 28 February
            2028-02-29T12:00:00Z | 2030-02-28 | planned
            2028-02-29T12:00:00Z | 2030-03-01 | The planned publication date must be no later than 28 February 2030, two years from today.
            """)
    void aPlannedPublicationDateIsFromTodayToTwoYearsAhead(Instant at, String planned, String outcome) {
        Result result = CaseLifecycle.apply(reportAgreed(), step(CaseStep.PUBLICATION_PLANNED,
                CaseStep.Fields.PLANNED_FOR, planned), at);

        if (outcome.equals("planned")) {
            assertThat(result).as("%s", result).isInstanceOf(Result.Applied.class);
        } else {
            assertThat(result).isEqualTo(new Result.Refused(outcome, Optional.of(CaseStep.Fields.PLANNED_FOR)));
        }
    }

    @ParameterizedTest(name = "published on {0}: stays up until {1}, reminded {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # a leap day: 12 months on clamps to 28 February
            2028-02-29 | 2029-02-28 | 2029-02-21 2029-02-26 2029-02-28
            # due on Saturday 1 July 2028: D-2 on Thursday 29 June, D back to Friday 30 June
            2027-07-01 | 2028-07-01 | 2028-06-23 2028-06-29 2028-06-30
            """)
    void publishingSetsTheTwelveMonthsTheReportMustStayUp(LocalDate published, LocalDate until, String reminders) {
        CaseRecord record = apply(reportAgreed(), step(CaseStep.PUBLICATION_PLANNED, CaseStep.Fields.PLANNED_FOR,
                "2027-01-04"), Instant.parse("2026-12-02T12:00:00Z"));
        record = apply(record, step(CaseStep.REPORT_COPY_SENT, CaseStep.Fields.SENT_ON, "2026-12-20"),
                Instant.parse("2026-12-20T12:00:00Z"));
        Instant at = published.atTime(12, 0).toInstant(java.time.ZoneOffset.UTC);
        record = apply(record, step(CaseStep.PUBLISHED, CaseStep.Fields.PUBLISHED_ON, published.toString(),
                CaseStep.Fields.ADDRESS, "https://www.staffsscb.org.uk/scr/500"), at);

        assertThat(record.deadline(DeadlineKind.PUBLICATION_MINIMUM).orElseThrow().due()).isEqualTo(until);
        assertThat(firstReminders(record, DeadlineKind.PUBLICATION_MINIMUM)).isEqualTo(Arrays.asList(reminders.split(" ")));
    }

    @ParameterizedTest(name = "publication planned for {0}, moved to {1}: copy due {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2027-01-04 | 2027-01-11 | 2027-01-04
            2027-02-17 | 2027-01-08 | 2027-01-01
            """)
    void movingThePlannedDateReplansTheCopy(LocalDate planned, LocalDate moved, LocalDate due) {
        Instant at = Instant.parse("2026-12-02T12:00:00Z");
        CaseRecord record = apply(reportAgreed(), step(CaseStep.PUBLICATION_PLANNED, CaseStep.Fields.PLANNED_FOR,
                planned.toString()), at);
        record = apply(record, step(CaseStep.PUBLICATION_PLANNED, CaseStep.Fields.PLANNED_FOR, moved.toString()), at);

        assertThat(record.deadlines()).filteredOn(d -> d.kind() == DeadlineKind.NATIONAL_PANEL_REPORT_COPY)
                .singleElement().extracting(CaseDeadline::due).isEqualTo(due);
    }
}
