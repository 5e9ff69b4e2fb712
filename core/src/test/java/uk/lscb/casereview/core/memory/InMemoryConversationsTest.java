package uk.lscb.casereview.core.memory;

import uk.lscb.casereview.core.contracts.ConversationsContract;
import uk.lscb.casereview.core.conversation.Conversations;

class InMemoryConversationsTest extends ConversationsContract {
    private final Conversations store = new InMemoryConversations();

    @Override
    protected Conversations store() {
        return store;
    }
}
