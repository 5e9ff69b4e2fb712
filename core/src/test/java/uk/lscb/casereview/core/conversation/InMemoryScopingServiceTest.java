package uk.lscb.casereview.core.conversation;

import uk.lscb.casereview.core.port.FaultyStore;
import uk.lscb.casereview.core.port.ScopingServiceContract;
import uk.lscb.casereview.core.port.memory.InMemoryCases;
import uk.lscb.casereview.core.port.memory.InMemoryConversations;
import uk.lscb.casereview.core.port.memory.InMemoryTranscripts;

class InMemoryScopingServiceTest extends ScopingServiceContract {
    @Override
    protected FaultyStore stores() {
        return new FaultyStore(new InMemoryConversations(), new InMemoryTranscripts(), new InMemoryCases());
    }
}
