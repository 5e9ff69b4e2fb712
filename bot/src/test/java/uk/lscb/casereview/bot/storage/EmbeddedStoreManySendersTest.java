package uk.lscb.casereview.bot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lscb.casereview.adapters.mongo.MongoStore;
import uk.lscb.casereview.core.conversation.ConversationState;
import uk.lscb.casereview.core.conversation.Conversations;
import uk.lscb.casereview.core.conversation.StoredConversation;
import uk.lscb.casereview.core.delivery.Addresses;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.rules.Answers;
import uk.lscb.casereview.core.rules.RulePacks;
import uk.lscb.casereview.core.rules.wt2015.Wt2015;

/**
 * The embedded store (the H2 file committed after every message) with many people: every sender and every
 * conversation is found again and saved again, none fails with a duplicate key.
 */
class EmbeddedStoreManySendersTest {
    private static final int SENDERS = 200;

    private static MongoStore open(MongoConnection connection) {
        return MongoStore.open(connection.client(), connection.database(), new RulePacks(List.of(Wt2015.pack())));
    }

    @Test
    void twoHundredDistinctSendersAreEachRememberedOnceAndAgainWithoutAFailure(@TempDir Path dir) {
        try (MongoConnection connection = MongoConnection.embedded(dir)) {
            Addresses addresses = open(connection).addresses();
            for (int round = 1; round <= 2; round++) {
                for (int sender = 1; sender <= SENDERS; sender++) {
                    addresses.save(new Addresses.Address(Platform.TEAMS, Addresses.Kind.PERSON, "29:user-" + sender,
                            "reference " + round));
                }
            }
            assertThat(addresses.all(Platform.TEAMS, Addresses.Kind.PERSON)).hasSize(SENDERS)
                    .allSatisfy(address -> assertThat(address.value()).isEqualTo("reference 2"));
            assertThat(IntStream.rangeClosed(1, SENDERS).mapToObj(sender -> addresses.find(Platform.TEAMS,
                    Addresses.Kind.PERSON, "29:user-" + sender))).allSatisfy(found -> assertThat(found).isPresent());
        }
    }

    @Test
    void twoHundredConversationsAreEachFoundAndUpdatedAfterTheirFirstWrite(@TempDir Path dir) {
        try (MongoConnection connection = MongoConnection.embedded(dir)) {
            Conversations conversations = open(connection).conversations();
            ConversationState state = ConversationState.fresh(Wt2015.pack().id(), Answers.none());
            for (int sender = 1; sender <= SENDERS; sender++) {
                ConversationKey key = new ConversationKey(Platform.TEAMS, "a:chat-" + sender);
                UserRef who = new UserRef(Platform.TEAMS, "29:user-" + sender, "Person " + sender);
                assertThat(conversations.write(StoredConversation.fresh(key, state, who).outboxDone(), 0)).isTrue();
            }
            for (int sender = 1; sender <= SENDERS; sender++) {
                Optional<StoredConversation> found = conversations.find(new ConversationKey(Platform.TEAMS, "a:chat-" + sender));
                assertThat(found).as("conversation %d", sender).isPresent();
                assertThat(conversations.write(found.get().outboxDone(), found.get().version())).isTrue();
            }
        }
    }
}
