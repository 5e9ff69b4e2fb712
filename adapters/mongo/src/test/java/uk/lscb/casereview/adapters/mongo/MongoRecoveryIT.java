package uk.lscb.casereview.adapters.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.contracts.PortFixtures;
import uk.lscb.casereview.core.conversation.Conversation;
import uk.lscb.casereview.core.conversation.Inbound;
import uk.lscb.casereview.core.conversation.PackConversations;
import uk.lscb.casereview.core.conversation.ScopingService;
import uk.lscb.casereview.core.conversation.ScopingService.TurnResult;
import uk.lscb.casereview.core.messages.Reply;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.rules.wt2015.Wt2015;

/**
 * MongoDB goes away in the middle of a referral and comes back on the same address: while it is away a
 * turn is refused with "try again shortly" and nothing changes; once it is back, the same client carries
 * on by itself, at the same question, with no restart of anything else.
 */
class MongoRecoveryIT {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneId.of("Europe/London"));
    private final ConversationKey key = new ConversationKey(Platform.LOCAL, "recovery");

    @Test
    void aTurnWhileTheStoreIsAwayIsRefusedAndTheConversationCarriesOnWhenItReturns(@TempDir Path directory) {
        String file = directory.resolve("store.mv").toString();
        MongoServer server = new MongoServer(new H2Backend(file));
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        try (MongoClient client = MongoClients.create(InProcessMongo.settings(address))) {
            MongoStore store = MongoStore.open(client, "casereview", InProcessMongo.packs());
            ScopingService service = new ScopingService(PackConversations.of(new Conversation(Wt2015.pack(), Boards.staffordshireAndStoke(), CLOCK)), store.conversations(),
                    store.transcripts(), store.cases(), CLOCK);
            for (String text : new String[] {"start", "Staffordshire", "SCR-2026-060", "yesterday"}) {
                assertThat(say(service, text).stored()).isTrue();
            }

            server.shutdownNow();
            TurnResult away = say(service, "yes");
            assertThat(away.stored()).isFalse();
            assertThat(((Reply.Say) away.replies().get(0)).text()).contains("try again");

            MongoServer back = new MongoServer(new H2Backend(file));
            back.bind(address.getHostString(), address.getPort());
            try {
                TurnResult again = say(service, "yes");
                assertThat(again.stored()).isTrue();
                assertThat(again.replies()).last().isInstanceOfSatisfying(Reply.Ask.class,
                        ask -> assertThat(ask.question().value()).isEqualTo("child_died"));
                assertThat(store.transcripts().ofConversation(key)).hasSizeGreaterThan(8);
            } finally {
                back.shutdownNow();
            }
        }
    }

    private TurnResult say(ScopingService service, String text) {
        return service.handle(new ScopingService.Incoming(key, PortFixtures.PRACTITIONER, Optional.empty(),
                new Inbound.TextMessage(text), Optional.empty()));
    }
}
