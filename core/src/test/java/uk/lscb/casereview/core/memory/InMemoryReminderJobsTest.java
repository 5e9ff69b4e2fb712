package uk.lscb.casereview.core.memory;

import uk.lscb.casereview.core.contracts.ReminderJobsContract;
import uk.lscb.casereview.core.reminders.ReminderJobs;

class InMemoryReminderJobsTest extends ReminderJobsContract {
    private final ReminderJobs store = new InMemoryReminderJobs();

    @Override
    protected ReminderJobs store() {
        return store;
    }
}
