package uk.lscb.casereview.core.port.memory;

import uk.lscb.casereview.core.port.ReminderJobs;
import uk.lscb.casereview.core.port.ReminderJobsContract;

class InMemoryReminderJobsTest extends ReminderJobsContract {
    private final ReminderJobs store = new InMemoryReminderJobs();

    @Override
    protected ReminderJobs store() {
        return store;
    }
}
