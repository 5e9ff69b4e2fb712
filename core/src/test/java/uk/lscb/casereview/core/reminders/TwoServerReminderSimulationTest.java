package uk.lscb.casereview.core.reminders;

import uk.lscb.casereview.core.cases.Cases;
import uk.lscb.casereview.core.memory.InMemoryCases;
import uk.lscb.casereview.core.memory.InMemoryReminderJobs;

/** The two-server simulation on the in-memory stores. */
class TwoServerReminderSimulationTest extends TwoServerReminderSimulation {

    @Override
    protected Cases newCases() {
        return new InMemoryCases();
    }

    @Override
    protected ReminderJobs newReminderJobs() {
        return new InMemoryReminderJobs();
    }
}
