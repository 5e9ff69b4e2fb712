package uk.lscb.casereview.core.reminders;

import java.time.LocalDate;
import java.util.Set;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.refs.CaseId;

/**
 * The reminders of deadlines kept outside the case: agencies' information requests
 * ({@link DeadlineKind#AGENCY_INFORMATION}), one series of reminder jobs per case and due date, so that the
 * requests of a case due on the same day share their reminders. The jobs are scheduled and claimed like every other
 * reminder; what a due one posts is handed over to the case's follow-ups ({@link #remind}), which deliver it on every
 * platform (the contacts in their chats, the panel channel, and the Chair once overdue).
 */
public interface RequestReminders {
    /** No requests: nothing to remind. */
    RequestReminders NONE = new RequestReminders() {
        @Override
        public Set<LocalDate> openDueDates(CaseId caseId) {
            return Set.of();
        }

        @Override
        public void remind(ReminderJob job, CaseRecord record) {
            throw new IllegalStateException("no agency requests are reminded here");
        }
    };

    /** The due dates of the case's requests not yet provided. */
    Set<LocalDate> openDueDates(CaseId caseId);

    /**
     * Makes the case owe this reminder (stored with the case, delivered by its follow-ups); safe to call again with
     * the same job.
     *
     * @throws RuntimeException when it could not be stored; the job is tried again later
     */
    void remind(ReminderJob job, CaseRecord record);
}
