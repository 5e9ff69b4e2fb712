package uk.lscb.casereview.bot.storage;

import com.mongodb.MongoException;
import com.mongodb.MongoSecurityException;
import com.mongodb.MongoTimeoutException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.Scheduled;
import uk.lscb.casereview.adapters.mongo.MongoStore;
import uk.lscb.casereview.bot.config.CaseReviewProperties;
import uk.lscb.casereview.bot.config.InvalidConfigurationException;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.cases.Cases;
import uk.lscb.casereview.core.conversation.Conversation;
import uk.lscb.casereview.core.conversation.PackConversations;
import uk.lscb.casereview.core.conversation.Conversations;
import uk.lscb.casereview.core.conversation.RememberedConversations;
import uk.lscb.casereview.core.rules.RulePacks;
import uk.lscb.casereview.core.store.StoreUnavailableException;
import uk.lscb.casereview.core.transcripts.Transcripts;

/**
 * The storage ports on MongoDB: {@code MONGODB_URI} set, a real MongoDB through the sync driver;
 * unset, the embedded store, reachable only inside this process, with its data in {@code CASEREVIEW_DATA_DIR}
 * (default {@code ./data}). {@code /actuator/health} pings the store.
 */
@Configuration(proxyBeanMethods = false)
public class StorageConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(StorageConfiguration.class);
    /** More than the conversations under way at once on a board pair; the least recently used forgotten first. */
    static final int REMEMBERED_CONVERSATIONS = 1_000;

    @Bean(destroyMethod = "close")
    MongoConnection mongoConnection(CaseReviewProperties properties, Environment environment) {
        boolean remote = properties.mongodbUri() != null && !properties.mongodbUri().isBlank();
        if (!remote) {
            refuseSharing(Binder.get(environment).bind("casereview.embedded-share", String.class).orElse(""));
        }
        MongoConnection connection = remote
                ? MongoConnection.remote(properties.mongodbUri().strip())
                : MongoConnection.embedded(Path.of(properties.dataDir() == null || properties.dataDir().isBlank()
                ? "./data" : properties.dataDir().strip()));
        LOG.info("storage: {}", connection);
        return connection;
    }

    /**
     * The embedded store is reachable only inside this process: mongo-java-server cannot check credentials,
     * so opening it to other processes would let any of them read every transcript and change any case.
     * Asking for it stops the start with one line saying what to do instead.
     */
    static void refuseSharing(String embeddedShare) {
        if (!embeddedShare.isBlank() && !embeddedShare.strip().equalsIgnoreCase("false")) {
            throw new InvalidConfigurationException("CASEREVIEW_EMBEDDED_SHARE", "the embedded store cannot be "
                    + "shared: it has no authentication, so it is reachable only inside this process; to share one "
                    + "store between instances, run MongoDB with authentication and set MONGODB_URI on each "
                    + "(README, \"Storage\")");
        }
    }

    /**
     * Opening the store is the first call that reaches the server: a real MongoDB that cannot be reached (or
     * refuses the user) stops the start with one line naming its hosts, never the URI's password.
     */
    @Bean
    MongoStore mongoStore(MongoConnection connection, RulePacks packs, Environment environment) {
        Duration unreachableFor = connection.isEmbedded() ? Duration.ZERO : unreachableFor(environment);
        try {
            return MongoStore.open(connection.client(), connection.database(), packs, unreachableFor);
        } catch (StoreUnavailableException | MongoException unreachable) {
            if (connection.isEmbedded()) {
                throw unreachable;
            }
            throw new InvalidConfigurationException("MONGODB_URI", "could not reach " + connection + " ("
                    + reason(unreachable) + "): check the host and port, that the server is running and reachable "
                    + "from here, and the user name, password and authSource in the URI");
        }
    }

    /**
     * How long a real MongoDB's calls fail at once after one found no server ({@code casereview.store-unreachable-for},
     * default 10 s; {@code PT0S}: each call waits the 5 s server selection limit). The embedded store, in this
     * process, never finds no server.
     */
    static Duration unreachableFor(Environment environment) {
        Duration wanted = Binder.get(environment).bind("casereview.store-unreachable-for", Duration.class)
                .orElse(MongoStore.UNREACHABLE_FOR);
        if (wanted.isNegative()) {
            throw new InvalidConfigurationException("CASEREVIEW_STORE_UNREACHABLE_FOR", "must be zero (off) or a "
                    + "duration such as 10s, not " + wanted);
        }
        return wanted;
    }

    private static String reason(RuntimeException unreachable) {
        Throwable cause = unreachable instanceof StoreUnavailableException && unreachable.getCause() != null
                ? unreachable.getCause() : unreachable;
        if (cause instanceof MongoSecurityException) {
            return "authentication failed";
        }
        return cause instanceof MongoTimeoutException ? "no answer within the server selection timeout"
                : "the server refused: " + cause.getClass().getSimpleName();
    }

    /**
     * The store's conversations, the last {@value #REMEMBERED_CONVERSATIONS} this instance wrote remembered so that a
     * turn does not read back what the previous one wrote (safe beside other instances: see {@link
     * RememberedConversations}).
     */
    @Bean
    Conversations conversations(MongoStore store) {
        return new RememberedConversations(store.conversations(), REMEMBERED_CONVERSATIONS);
    }

    @Bean
    Transcripts transcripts(MongoStore store) {
        return store.transcripts();
    }

    @Bean
    Cases cases(MongoStore store) {
        return store.cases();
    }

    /** The scoping conversation of every pack, each board's referrals following its own. */
    @Bean
    PackConversations packConversations(RulePacks packs, Boards boards, Clock clock) {
        return new PackConversations(packs.all().stream().map(pack -> new Conversation(pack, boards, clock)).toList(),
                boards);
    }

    @Bean
    EmbeddedCompaction embeddedCompaction(MongoConnection connection) {
        return new EmbeddedCompaction(connection);
    }

    /**
     * The embedded store's journal is rewritten as a snapshot of the live data when it is opened, and then on this
     * schedule ({@code casereview.embedded-compact-every}, default hourly) when it has grown past twice the last
     * snapshot and a megabyte; nothing for a real MongoDB.
     */
    static final class EmbeddedCompaction {
        private final MongoConnection connection;

        EmbeddedCompaction(MongoConnection connection) {
            this.connection = connection;
        }

        @Scheduled(fixedDelayString = "${casereview.embedded-compact-every:PT1H}",
                initialDelayString = "${casereview.embedded-compact-every:PT1H}")
        void compact() {
            connection.compact();
        }
    }

    /** {@code mongo} in {@code /actuator/health} and its readiness group: up when the store answers a ping. */
    @Bean
    HealthIndicator mongoHealthIndicator(MongoStore store, MongoConnection connection) {
        return () -> store.ping()
                ? Health.up().withDetail("store", connection.isEmbedded() ? "embedded" : "mongodb").build()
                : Health.down().withDetail("store", connection.isEmbedded() ? "embedded" : "mongodb").build();
    }
}
