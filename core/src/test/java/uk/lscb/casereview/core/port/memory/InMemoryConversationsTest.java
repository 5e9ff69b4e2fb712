package uk.lscb.casereview.core.port.memory;

import uk.lscb.casereview.core.port.Conversations;
import uk.lscb.casereview.core.port.ConversationsContract;

class InMemoryConversationsTest extends ConversationsContract {
    private final Conversations store = new InMemoryConversations();

    @Override
    protected Conversations store() {
        return store;
    }
}
