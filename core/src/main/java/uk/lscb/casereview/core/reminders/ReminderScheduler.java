package uk.lscb.casereview.core.reminders;

import java.time.Instant;
import java.util.Objects;
import uk.lscb.casereview.core.cases.CaseDeadline;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.CaseStatus;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.deadlines.ReminderPolicy;

/**
 * Keeps a case's stored reminder jobs in step with its deadlines. Call {@link #deadlinesChanged} after
 * every stored change to a case (it is cheap and harmless to call when nothing changed): jobs have
 * deterministic ids, so scheduling the same reminder again never makes a second one.
 *
 * <p>Which deadlines are reminded ({@link #stillReminded}): every open deadline of an open case. Once a
 * case is {@link CaseStatus#CLOSED}, only what is owed to the national panel or to the public goes on:
 * {@link DeadlineKind#NATIONAL_PANEL_NOTIFICATION} (kept for a case closed before this change, when a case considered
 * for a Serious Case Review that the Chair decided needed no further action was closed at once; today such a case
 * stays Decided, and cannot be closed, until the panel has been told),
 * {@link DeadlineKind#NATIONAL_PANEL_REPORT_COPY} and {@link DeadlineKind#PUBLICATION_MINIMUM} (an SCR is
 * closed after publication, while its report must stay up for 12 months), and a rule pack's declared deadlines (what
 * is owed to the Child Safeguarding Practice Review Panel stays owed whatever the partners decide). A
 * {@link CaseStatus#WITHDRAWN withdrawn} referral is reminded of nothing. An agency's information request
 * ({@link DeadlineKind#AGENCY_INFORMATION}, kept outside the case: {@link RequestReminders}) is reminded while its
 * case is open and the request is not provided; the sweeper checks both before each one.
 */
public final class ReminderScheduler {
    private final ReminderJobs jobs;
    private final ReminderPolicy policy;
    private final RequestReminders requests;

    public ReminderScheduler(ReminderJobs jobs, ReminderPolicy policy) {
        this(jobs, policy, RequestReminders.NONE);
    }

    /** Also scheduling the reminders of the case's agency requests, one series per due date of the open ones. */
    public ReminderScheduler(ReminderJobs jobs, ReminderPolicy policy, RequestReminders requests) {
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.requests = Objects.requireNonNull(requests, "requests");
    }

    /**
     * For each deadline still reminded, schedules its next reminder after {@code now} (reminders already
     * past are not sent late); for each deadline done or no longer reminded, cancels its pending jobs.
     * Jobs for a due date the deadline no longer has (a re-planned publication) are left for the sweeper,
     * which skips them.
     */
    public void deadlinesChanged(CaseRecord record, Instant now) {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(now, "now");
        for (CaseDeadline deadline : record.deadlines()) {
            if (deadline.isDone() || !stillReminded(record, deadline.kind())) {
                jobs.cancel(record.id(), deadline.kind());
            } else {
                policy.next(deadline.kind(), deadline.due(), now).ifPresent(
                        reminder -> jobs.schedule(ReminderJob.pending(record.id(), record.board(), reminder)));
            }
        }
        if (stillReminded(record, DeadlineKind.AGENCY_INFORMATION)) {
            for (java.time.LocalDate due : requests.openDueDates(record.id())) {
                policy.next(DeadlineKind.AGENCY_INFORMATION, due, now).ifPresent(
                        reminder -> jobs.schedule(ReminderJob.pending(record.id(), record.board(), reminder)));
            }
        }
    }

    /** Whether the case's deadline of this kind is still reminded, as far as the case's status goes. */
    public static boolean stillReminded(CaseRecord record, DeadlineKind kind) {
        if (record.status().isOpen()) {
            return true;
        }
        return record.status() == CaseStatus.CLOSED
                && (kind == DeadlineKind.NATIONAL_PANEL_NOTIFICATION
                || kind == DeadlineKind.NATIONAL_PANEL_REPORT_COPY
                || kind == DeadlineKind.PUBLICATION_MINIMUM
                || kind.declaringPack().isPresent());
    }
}
