package uk.lscb.casereview.core.conversation;

import java.util.List;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.contracts.FaultyStore;
import uk.lscb.casereview.core.contracts.UnrecognisedTextContract;
import uk.lscb.casereview.core.memory.InMemoryCases;
import uk.lscb.casereview.core.memory.InMemoryConversations;
import uk.lscb.casereview.core.memory.InMemoryTranscripts;
import uk.lscb.casereview.core.refs.ConversationKey;

class InMemoryUnrecognisedTextTest extends UnrecognisedTextContract {
    private InMemoryConversations conversations;
    private InMemoryTranscripts transcripts;
    private InMemoryCases cases;

    @Override
    protected FaultyStore stores() {
        conversations = new InMemoryConversations();
        transcripts = new InMemoryTranscripts();
        cases = new InMemoryCases();
        return new FaultyStore(conversations, transcripts, cases);
    }

    @Override
    protected String everythingStored(List<ConversationKey> keys) {
        StringBuilder all = new StringBuilder();
        for (ConversationKey key : keys) {
            all.append(conversations.find(key)).append('\n').append(transcripts.ofConversation(key)).append('\n');
        }
        Boards.staffordshireAndStoke().all().forEach(board -> all.append(cases.ofBoard(board.id())).append('\n'));
        return all.toString();
    }
}
