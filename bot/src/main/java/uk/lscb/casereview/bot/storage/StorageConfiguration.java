package uk.lscb.casereview.bot.storage;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.conversation.Conversation;
import uk.lscb.casereview.core.conversation.ScopingService;
import uk.lscb.casereview.core.port.Cases;
import uk.lscb.casereview.core.port.Conversations;
import uk.lscb.casereview.core.port.Transcripts;
import uk.lscb.casereview.core.port.memory.InMemoryCases;
import uk.lscb.casereview.core.port.memory.InMemoryConversations;
import uk.lscb.casereview.core.port.memory.InMemoryTranscripts;
import uk.lscb.casereview.core.rules.RulePacks;

/** The storage ports and the scoping service over them. For now in memory: nothing survives a restart. */
@Configuration(proxyBeanMethods = false)
public class StorageConfiguration {

    @Bean
    Conversations conversations() {
        return new InMemoryConversations();
    }

    @Bean
    Transcripts transcripts() {
        return new InMemoryTranscripts();
    }

    @Bean
    Cases cases() {
        return new InMemoryCases();
    }

    @Bean
    Conversation conversation(RulePacks packs, Boards boards, Clock clock) {
        return new Conversation(packs.current(), boards, clock);
    }

    @Bean
    ScopingService scopingService(Conversation conversation, Conversations conversations, Transcripts transcripts,
                                  Cases cases, Clock clock) {
        return new ScopingService(conversation, conversations, transcripts, cases, clock);
    }
}
