package uk.lscb.casereview.core.conversation;

import uk.lscb.casereview.core.contracts.FaultyStore;
import uk.lscb.casereview.core.contracts.ScopingServiceContract;
import uk.lscb.casereview.core.memory.InMemoryCases;
import uk.lscb.casereview.core.memory.InMemoryConversations;
import uk.lscb.casereview.core.memory.InMemoryTranscripts;

class InMemoryScopingServiceTest extends ScopingServiceContract {
    @Override
    protected FaultyStore stores() {
        return new FaultyStore(new InMemoryConversations(), new InMemoryTranscripts(), new InMemoryCases());
    }
}
