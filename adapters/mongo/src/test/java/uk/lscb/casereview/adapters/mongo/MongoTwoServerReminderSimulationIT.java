package uk.lscb.casereview.adapters.mongo;

import org.junit.jupiter.api.extension.RegisterExtension;
import uk.lscb.casereview.core.cases.Cases;
import uk.lscb.casereview.core.reminders.ReminderJobs;
import uk.lscb.casereview.core.reminders.TwoServerReminderSimulation;

/**
 * Core's two-server reminder simulation (eight months of one case, two sweepers racing for every reminder) with
 * its cases and reminder jobs stored in an in-process MongoDB-compatible server, through the real driver.
 */
class MongoTwoServerReminderSimulationIT extends TwoServerReminderSimulation {
    @RegisterExtension
    static final InProcessMongo.PerClass mongo = new InProcessMongo.PerClass();

    // Called while the base class is constructed (the server has started by then), each on a fresh database.
    @Override
    protected Cases newCases() {
        return mongo.freshStore().cases();
    }

    @Override
    protected ReminderJobs newReminderJobs() {
        return mongo.freshStore().reminderJobs();
    }
}
