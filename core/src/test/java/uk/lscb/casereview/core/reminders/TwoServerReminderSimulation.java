package uk.lscb.casereview.core.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lscb.casereview.core.deadlines.Audience.CHAIR;
import static uk.lscb.casereview.core.deadlines.Audience.PANEL_CHANNEL;
import static uk.lscb.casereview.core.deadlines.DeadlineKind.CHAIR_DECISION;
import static uk.lscb.casereview.core.deadlines.DeadlineKind.NATIONAL_PANEL_NOTIFICATION;
import static uk.lscb.casereview.core.deadlines.DeadlineKind.NATIONAL_PANEL_REPORT_COPY;
import static uk.lscb.casereview.core.deadlines.DeadlineKind.SCR_COMPLETION;
import static uk.lscb.casereview.core.deadlines.ReminderStage.AHEAD;
import static uk.lscb.casereview.core.deadlines.ReminderStage.DUE;
import static uk.lscb.casereview.core.deadlines.ReminderStage.OVERDUE;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.cases.CaseAction;
import uk.lscb.casereview.core.cases.CaseLifecycle;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.CaseStep;
import uk.lscb.casereview.core.cases.Cases;
import uk.lscb.casereview.core.contracts.PortFixtures;
import uk.lscb.casereview.core.deadlines.Audience;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.deadlines.London;
import uk.lscb.casereview.core.deadlines.ReminderPolicy;
import uk.lscb.casereview.core.deadlines.ReminderStage;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.rules.Outcome;

/**
 * Two servers, "a" and "b", sweep one reminder store every hour for over eight months of one case's life
 * (the one who sweeps first alternating each hour, the other also sweeping in the middle of each of its
 * posts), while the case moves on. Every reminder must be posted
 * exactly once, on the right day, at 09:00 London time, to the right people; none after a deadline is done.
 *
 * <p>Extend it with the stores to simulate on: each test gets a fresh, empty pair from {@link #newCases()} and
 * {@link #newReminderJobs()} (called while the test instance is constructed).
 */
public abstract class TwoServerReminderSimulation {
    private static final Instant REFERRED = PortFixtures.AT; // Saturday 28 November 2026, 10:00 GMT
    private static final Instant END = Instant.parse("2027-08-07T00:00:00Z");
    private static final UserRef CHAIR_USER = new UserRef(Platform.LOCAL, "chair-1", "The Chair");
    private static final Duration LEASE = Duration.ofMinutes(5);

    /** A reminder as people see it: which deadline (due when), the London day and time, the stage, to whom. */
    record Sent(DeadlineKind kind, LocalDate due, LocalDate date, LocalTime time, ReminderStage stage,
                Set<Audience> audience) {
    }

    private Instant now = REFERRED;
    private final Cases cases = newCases();
    private final ReminderJobs jobs = newReminderJobs();
    private final RecordingNotifier platform = new RecordingNotifier(() -> now);
    private final ReminderPolicy policy = ReminderPolicy.englandAndWales();
    private final ReminderScheduler scheduler = new ReminderScheduler(jobs, policy);
    /** Both servers' deliveries share one store; each posts what it handed over, at once. */
    private final ReminderPlatforms platforms = new ReminderPlatforms(jobs, cases, policy, REFERRED);
    private final ReminderSweeper a = platforms.sweeper("a", LEASE, Map.of(Platform.LOCAL, platform.as("a")));
    private final ReminderSweeper b = platforms.sweeper("b", LEASE, Map.of(Platform.LOCAL, platform.as("b")));

    private static CaseAction step(CaseStep step, String field, String value) {
        return new CaseAction.Step(CHAIR_USER, step, Map.of(field, value));
    }

    /** A fresh, empty cases store for one test. */
    protected abstract Cases newCases();

    /** A fresh, empty reminder jobs store for one test. */
    protected abstract ReminderJobs newReminderJobs();

    @Test
    public void eachReminderOfTheCasesLifeIsPostedExactlyOnceOnItsWorkingDayAtNineLondonTime() {
        CaseRecord referred = CaseRecord.referred(PortFixtures.referral("SCR-2026-101"), PortFixtures.PRACTITIONER,
                new ConversationKey(Platform.LOCAL, "simulation"), REFERRED);
        assertThat(referred.notifiedOn()).isEqualTo("2026-11-20");
        CaseId id = referred.id();
        cases.create(referred);
        scheduler.deadlinesChanged(referred, REFERRED);

        Map<Instant, Function<CaseRecord, CaseAction>> events = new TreeMap<>();
        // Monday 21 December, a day after the decision was due (its first overdue reminder is not until the 24th).
        events.put(Instant.parse("2026-12-21T14:00:00Z"), record -> new CaseAction.Decide(CHAIR_USER,
                Outcome.SERIOUS_CASE_REVIEW, Optional.empty(), Optional.empty(), List.of("A. Reviewer"), true, false));
        events.put(Instant.parse("2027-01-20T11:00:00Z"),
                record -> step(CaseStep.NATIONAL_PANEL_NOTIFIED, CaseStep.Fields.SENT_ON, "2027-01-19"));
        events.put(Instant.parse("2027-01-20T12:00:00Z"),
                record -> step(CaseStep.METHODOLOGY, CaseStep.Fields.METHODOLOGY, "silp"));
        events.put(Instant.parse("2027-01-20T13:00:00Z"),
                record -> step(CaseStep.TERMS_OF_REFERENCE, CaseStep.Fields.AGREED_ON, "2027-01-20"));
        events.put(Instant.parse("2027-01-20T14:00:00Z"),
                record -> step(CaseStep.REVIEW_STARTED, CaseStep.Fields.STARTED_ON, "2027-01-20"));
        events.put(Instant.parse("2027-07-06T10:00:00Z"),
                record -> step(CaseStep.DRAFT_RECEIVED, CaseStep.Fields.RECEIVED_ON, "2027-07-06"));
        events.put(Instant.parse("2027-07-07T10:00:00Z"),
                record -> step(CaseStep.FINAL_REPORT_AGREED, CaseStep.Fields.AGREED_ON, "2027-07-07"));
        events.put(Instant.parse("2027-07-07T11:00:00Z"),
                record -> step(CaseStep.PUBLICATION_PLANNED, CaseStep.Fields.PLANNED_FOR, "2027-07-26"));
        // Publication put back a week: the copy is now due on 26 July instead of the 19th.
        events.put(Instant.parse("2027-07-13T10:00:00Z"),
                record -> step(CaseStep.PUBLICATION_PLANNED, CaseStep.Fields.PLANNED_FOR, "2027-08-02"));
        events.put(Instant.parse("2027-07-27T10:00:00Z"),
                record -> new CaseAction.MarkDone(CHAIR_USER, NATIONAL_PANEL_REPORT_COPY));

        int hour = 0;
        for (now = REFERRED; now.isBefore(END); now = now.plus(Duration.ofHours(1)), hour++) {
            Function<CaseRecord, CaseAction> event = events.remove(now);
            if (event != null) {
                CaseRecord current = cases.find(id).orElseThrow();
                CaseLifecycle.Result result = CaseLifecycle.apply(current, event.apply(current), now);
                assertThat(result).as("event at %s", now).isInstanceOf(CaseLifecycle.Result.Applied.class);
                CaseRecord next = ((CaseLifecycle.Result.Applied) result).next();
                assertThat(cases.update(next, current.version())).isTrue();
                scheduler.deadlinesChanged(next, now);
            }
            ReminderSweeper first = hour % 2 == 0 ? a : b;
            ReminderSweeper second = first == a ? b : a;
            // The second server also sweeps while the first one's post is in flight, holding the lease.
            platform.whilePosting(() -> second.sweep(now));
            first.sweep(now);
            second.sweep(now);
        }
        assertThat(events).as("every event happened").isEmpty();

        Map<String, ReminderJob> jobsById = jobs.ofCase(id).stream()
                .collect(Collectors.toMap(ReminderJob::id, job -> job));
        List<Sent> sent = platform.posts().stream().map(post -> {
            ReminderJob job = jobsById.get(post.notification().dedupeKey());
            return new Sent(job.kind(), job.due(), London.dateOf(post.at()),
                    post.at().atZone(London.ZONE).toLocalTime(), job.stage(), post.notification().to());
        }).toList();

        LocalTime nine = LocalTime.of(9, 0);
        assertThat(sent).containsExactly(
                // Chair's decision, due Sunday 20 December 2026. D−7 (Sunday 13th) moves back to Friday 11th;
                // D−2 (Friday 18th) and D (Sunday 20th, moved back to Friday 18th) fall together: the due one is kept.
                new Sent(CHAIR_DECISION, date("2026-12-20"), date("2026-12-11"), nine, AHEAD, to(PANEL_CHANNEL, CHAIR)),
                new Sent(CHAIR_DECISION, date("2026-12-20"), date("2026-12-18"), nine, DUE, to(PANEL_CHANNEL, CHAIR)),
                // Decided Monday 21 December: none on the 24th. The national panel is due 14 days later, Monday
                // 4 January 2027. D−7 is Monday 28 December (Boxing Day substitute): back past Sunday, Saturday and
                // Christmas Day to Thursday 24th. D−2 is Saturday 2 January: back past New Year's Day to Thursday 31st.
                new Sent(NATIONAL_PANEL_NOTIFICATION, date("2027-01-04"), date("2026-12-24"), nine, AHEAD, to(PANEL_CHANNEL)),
                new Sent(NATIONAL_PANEL_NOTIFICATION, date("2027-01-04"), date("2026-12-31"), nine, AHEAD, to(PANEL_CHANNEL)),
                new Sent(NATIONAL_PANEL_NOTIFICATION, date("2027-01-04"), date("2027-01-04"), nine, DUE, to(PANEL_CHANNEL)),
                // Overdue weekly, escalated to the Chair, until the panel is notified on Wednesday 20 January.
                new Sent(NATIONAL_PANEL_NOTIFICATION, date("2027-01-04"), date("2027-01-11"), nine, OVERDUE, to(PANEL_CHANNEL, CHAIR)),
                new Sent(NATIONAL_PANEL_NOTIFICATION, date("2027-01-04"), date("2027-01-18"), nine, OVERDUE, to(PANEL_CHANNEL, CHAIR)),
                // The review, agreed 21 December 2026, is due six months later: Monday 21 June 2027 (British Summer
                // Time: 09:00 London is 08:00 UTC). D−2 is Saturday 19th: Friday 18th.
                new Sent(SCR_COMPLETION, date("2027-06-21"), date("2027-06-14"), nine, AHEAD, to(PANEL_CHANNEL, CHAIR)),
                new Sent(SCR_COMPLETION, date("2027-06-21"), date("2027-06-18"), nine, AHEAD, to(PANEL_CHANNEL, CHAIR)),
                new Sent(SCR_COMPLETION, date("2027-06-21"), date("2027-06-21"), nine, DUE, to(PANEL_CHANNEL, CHAIR)),
                new Sent(SCR_COMPLETION, date("2027-06-21"), date("2027-06-28"), nine, OVERDUE, to(PANEL_CHANNEL, CHAIR)),
                new Sent(SCR_COMPLETION, date("2027-06-21"), date("2027-07-05"), nine, OVERDUE, to(PANEL_CHANNEL, CHAIR)),
                // Final report agreed Wednesday 7 July: nothing on the 12th for the review. Publication planned for
                // Monday 26 July, so the copy is due Monday 19 July.
                new Sent(NATIONAL_PANEL_REPORT_COPY, date("2027-07-19"), date("2027-07-12"), nine, AHEAD, to(PANEL_CHANNEL)),
                // Re-planned on the 13th for 2 August: the old D−2 (Friday 16th) is dropped; the copy is due 26 July.
                new Sent(NATIONAL_PANEL_REPORT_COPY, date("2027-07-26"), date("2027-07-19"), nine, AHEAD, to(PANEL_CHANNEL)),
                new Sent(NATIONAL_PANEL_REPORT_COPY, date("2027-07-26"), date("2027-07-23"), nine, AHEAD, to(PANEL_CHANNEL)),
                new Sent(NATIONAL_PANEL_REPORT_COPY, date("2027-07-26"), date("2027-07-26"), nine, DUE, to(PANEL_CHANNEL)));
                // Marked done Tuesday 27 July: nothing on 2 August.

        assertThat(jobs.ofCase(id)).extracting(ReminderJob::status).doesNotContain(ReminderJob.Status.PENDING);
        assertThat(jobs.ofCase(id)).filteredOn(job -> job.status() == ReminderJob.Status.SENT).hasSize(sent.size());
        // Winter reminders (09:00 GMT) come on odd hours of the simulation, summer ones (08:00 UTC) on even
        // hours, so each server was first to the store for some of them.
        assertThat(platform.posts()).extracting(RecordingNotifier.Post::sender).contains("a", "b");
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    private static Set<Audience> to(Audience first, Audience... rest) {
        return EnumSet.of(first, rest);
    }
}
