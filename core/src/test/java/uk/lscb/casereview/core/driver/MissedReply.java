package uk.lscb.casereview.core.driver;

import static org.assertj.core.api.Assertions.assertThat;

import uk.lscb.casereview.core.conversation.Conversations;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.transcripts.TranscriptEntry;
import uk.lscb.casereview.core.transcripts.Transcripts;

/** What a platform's test checks once a person's message after a reply that did not reach them was set aside. */
public final class MissedReply {
    private MissedReply() {
    }

    /**
     * The conversation still asks {@code question} (the message was not used as its answer), and the transcript
     * records the question, that it did not reach the person, the message set aside, the sorry and the question again.
     */
    public static void assertSetAsideAt(Conversations conversations, Transcripts transcripts, ConversationKey key,
                                        String question) {
        assertThat(conversations.find(key).orElseThrow().state().current().orElseThrow().value()).isEqualTo(question);
        assertThat(transcripts.ofConversation(key)).extracting(TranscriptEntry::kind)
                .containsSubsequence("ask", "undelivered", "set aside", "say", "ask");
    }
}
