package uk.lscb.casereview.core.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.lscb.casereview.core.cases.CaseLifecycle.Result;
import uk.lscb.casereview.core.contracts.PortFixtures;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.deadlines.ReminderPolicy;
import uk.lscb.casereview.core.deadlines.ReminderStage;
import uk.lscb.casereview.core.memory.InMemoryReminderJobs;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.reminders.ReminderJob;
import uk.lscb.casereview.core.reminders.ReminderScheduler;
import uk.lscb.casereview.core.rules.Outcome;
import uk.lscb.casereview.core.rules.wt2023.Wt2023;

/**
 * A wt2023 case decided as a local child safeguarding practice review: the date the partners decided to hold it is
 * recorded (step local-review-initiated), its report is to be published within 6 calendar months of it (source: a
 * partnership's news of 30 March 2020 summarising the Working Together 2018 requirement, "publish within 6 months of
 * initiation"; not verified against Working Together 2023), the final report goes to the Panel and the Secretary of
 * State before publication (the same page: "notify in advance of publication"; no number of days was found, so none
 * is set), and the publication deadline is reminded like the framework's.
 */
class Wt2023LocalReviewTest {
    private static final Instant DECIDED = Instant.parse("2026-12-01T11:00:00Z");
    private static final UserRef CHAIR = new UserRef(Platform.LOCAL, "chair-staffordshire", "The Chair");
    private static final UserRef MANAGER = new UserRef(Platform.LOCAL, "business-manager", "The Business Manager");

    private static CaseRecord referred() {
        return CaseRecord.referred(PortFixtures.wt2023Referral("CSPR-2026-600"), Wt2023.pack().deadlines(),
                PortFixtures.PRACTITIONER, new ConversationKey(Platform.LOCAL, "p"), PortFixtures.AT);
    }

    private static CaseRecord decided(Outcome outcome) {
        return applied(CaseLifecycle.apply(referred(), new CaseAction.Decide(CHAIR, outcome,
                Optional.of("the partners' reason"), Optional.empty(), List.of(), false, false), DECIDED));
    }

    private static CaseRecord applied(Result result) {
        assertThat(result).as("%s", result).isInstanceOf(Result.Applied.class);
        return ((Result.Applied) result).next();
    }

    private static Result record(CaseRecord record, CaseStep step, Map<String, String> values, String on) {
        return CaseLifecycle.apply(record, new CaseAction.Step(MANAGER, step, values), Instant.parse(on + "T12:00:00Z"));
    }

    private static CaseRecord initiated(String initiatedOn) {
        String on = initiatedOn.compareTo("2026-12-01") > 0 ? initiatedOn : "2026-12-01";
        return applied(record(decided(Outcome.LOCAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW), CaseStep.LOCAL_REVIEW_INITIATED,
                Map.of(CaseStep.Fields.INITIATED_ON, initiatedOn), on));
    }

    private static CaseRecord sent(String sentOn) {
        return applied(record(initiated("2026-11-30"), CaseStep.LOCAL_REVIEW_REPORT_SENT,
                Map.of(CaseStep.Fields.SENT_ON, sentOn), sentOn));
    }

    @ParameterizedTest(name = "initiated {0}: published by {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
        2026-11-30 | 2027-05-30 | 6 calendar months (Trafford, 30 March 2020: "publish within 6 months of initiation")
        2027-08-31 | 2028-02-29 | a month without the 31st ends on its last day, in a leap year the 29th
        2027-05-31 | 2027-11-30 | across the clocks going back; November has 30 days
        2027-06-29 | 2027-12-29 | across Christmas: calendar months, bank holidays are not skipped
        """)
    void theReportIsDueToBePublishedSixCalendarMonthsAfterTheDecisionToHoldTheReview(LocalDate initiatedOn,
                                                                                    LocalDate due, String why) {
        CaseRecord record = initiated(initiatedOn.toString());

        assertThat(record.deadline(DeadlineKind.LOCAL_REVIEW_PUBLICATION)).as(why).map(CaseDeadline::due).contains(due);
        assertThat(record.status()).isEqualTo(CaseStatus.REVIEW_IN_PROGRESS);
    }

    @Test
    void theStepsBelongOnlyToACaseDecidedAsALocalReview() {
        assertThat(CaseLifecycle.available(referred())).doesNotContain(CaseStep.LOCAL_REVIEW_INITIATED);
        assertThat(CaseLifecycle.available(decided(Outcome.NO_LOCAL_REVIEW))).doesNotContain(
                CaseStep.LOCAL_REVIEW_INITIATED, CaseStep.LOCAL_REVIEW_REPORT_SENT, CaseStep.LOCAL_REVIEW_PUBLISHED);
        assertThat(CaseLifecycle.available(decided(Outcome.LOCAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW)))
                .contains(CaseStep.LOCAL_REVIEW_INITIATED)
                .doesNotContain(CaseStep.LOCAL_REVIEW_REPORT_SENT, CaseStep.LOCAL_REVIEW_PUBLISHED);
        assertThat(CaseLifecycle.available(PortFixtures.caseRecord("SCR-2026-601",
                new ConversationKey(Platform.LOCAL, "q"), PortFixtures.AT))).doesNotContain(
                CaseStep.LOCAL_REVIEW_INITIATED);
    }

    @ParameterizedTest(name = "{0} waits for \u201C{1}\u201D")
    @CsvSource(delimiter = '|', textBlock = """
        LOCAL_REVIEW_REPORT_SENT | Local child safeguarding practice review initiated
        LOCAL_REVIEW_PUBLISHED   | Final report sent to the Panel and the Secretary of State
        """)
    void eachStepWaitsForTheOneBefore(CaseStep step, String first) {
        CaseRecord record = step == CaseStep.LOCAL_REVIEW_REPORT_SENT
                ? decided(Outcome.LOCAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW) : initiated("2026-11-30");

        assertThat(CaseLifecycle.refusal(record, step)).contains("That can't be done yet: first record \u201C" + first
                + "\u201D.");
    }

    @ParameterizedTest(name = "sent {0}, published {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        2026-12-10 | 2026-12-10 | refused: not in advance of publication
        2026-12-10 | 2026-12-09 | refused: published before it was sent
        2026-12-10 | 2026-12-11 | recorded
        """)
    void theFinalReportGoesToThePanelAndTheSecretaryOfStateBeforePublication(String sentOn, String publishedOn,
                                                                             String what) {
        Result result = record(sent(sentOn), CaseStep.LOCAL_REVIEW_PUBLISHED, Map.of(CaseStep.Fields.PUBLISHED_ON,
                publishedOn, CaseStep.Fields.ADDRESS, "https://example.org/lcspr.pdf"), "2026-12-14");

        if (what.equals("recorded")) {
            CaseRecord published = applied(result);
            assertThat(published.deadline(DeadlineKind.LOCAL_REVIEW_PUBLICATION)).map(CaseDeadline::isDone)
                    .contains(true);
            assertThat(published.status()).isEqualTo(CaseStatus.PUBLISHED);
        } else {
            assertThat(result).as(what).isEqualTo(new Result.Refused("The final report goes to the Panel and the "
                    + "Secretary of State before it is published: it was sent on 10 December 2026, so the date "
                    + "published must be after that.", Optional.of(CaseStep.Fields.PUBLISHED_ON)));
        }
    }

    @Test
    void thePublicationIsRemindedAheadAtNineLondonTimeAndNoLongerOncePublished() {
        InMemoryReminderJobs jobs = new InMemoryReminderJobs();
        ReminderScheduler scheduler = new ReminderScheduler(jobs, ReminderPolicy.englandAndWales());
        CaseRecord record = initiated("2026-11-30");
        Instant now = Instant.parse("2026-12-01T12:00:00Z");

        scheduler.deadlinesChanged(record, now);

        assertThat(jobs.ofCase(record.id())).filteredOn(job -> job.kind() == DeadlineKind.LOCAL_REVIEW_PUBLICATION)
                .extracting(ReminderJob::due, ReminderJob::stage, ReminderJob::at)
                .as("due Sunday 30 May 2027; 7 days ahead is Sunday 23 May, so Friday 21 May, 09:00 BST")
                .containsExactly(tuple(LocalDate.parse("2027-05-30"), ReminderStage.AHEAD,
                        Instant.parse("2027-05-21T08:00:00Z")));

        CaseRecord published = applied(record(applied(record(record, CaseStep.LOCAL_REVIEW_REPORT_SENT,
                Map.of(CaseStep.Fields.SENT_ON, "2026-12-02"), "2026-12-02")), CaseStep.LOCAL_REVIEW_PUBLISHED,
                Map.of(CaseStep.Fields.PUBLISHED_ON, "2026-12-03", CaseStep.Fields.ADDRESS,
                        "https://example.org/lcspr.pdf"), "2026-12-03"));
        scheduler.deadlinesChanged(published, now);

        assertThat(jobs.ofCase(record.id())).filteredOn(job -> job.status() == ReminderJob.Status.PENDING)
                .extracting(ReminderJob::kind).doesNotContain(DeadlineKind.LOCAL_REVIEW_PUBLICATION);
    }
}
