package uk.lscb.casereview.adapters.mongo;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import uk.lscb.casereview.core.port.Cases;
import uk.lscb.casereview.core.port.ReminderJobs;
import uk.lscb.casereview.core.reminders.TwoServerReminderSimulation;

/**
 * Core's two-server reminder simulation (eight months of one case, two sweepers racing for every reminder) with
 * its cases and reminder jobs stored in an in-process MongoDB-compatible server, through the real driver.
 */
class MongoTwoServerReminderSimulationIT extends TwoServerReminderSimulation {
    private static InProcessMongo mongo;

    @BeforeAll
    static void startServer() {
        mongo = InProcessMongo.memory();
    }

    @AfterAll
    static void stopServer() {
        mongo.close();
    }

    // Called while the base class is constructed (after @BeforeAll), each on a fresh database.
    @Override
    protected Cases newCases() {
        return mongo.freshStore().cases();
    }

    @Override
    protected ReminderJobs newReminderJobs() {
        return mongo.freshStore().reminderJobs();
    }
}
