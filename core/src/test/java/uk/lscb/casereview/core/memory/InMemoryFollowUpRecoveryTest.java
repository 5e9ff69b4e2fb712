package uk.lscb.casereview.core.memory;

import uk.lscb.casereview.core.contracts.FollowUpRecoveryContract;

class InMemoryFollowUpRecoveryTest extends FollowUpRecoveryContract {
    @Override
    protected Stores stores() {
        return new Stores(new InMemoryConversations(), new InMemoryTranscripts(), new InMemoryCases(),
                new InMemoryReminderJobs());
    }
}
