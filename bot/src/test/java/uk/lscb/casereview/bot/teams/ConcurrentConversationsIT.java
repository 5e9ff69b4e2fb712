package uk.lscb.casereview.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import uk.lscb.casereview.adapters.teams.StubConnector;
import uk.lscb.casereview.bot.AtOnce;
import uk.lscb.casereview.bot.FixedClock;
import uk.lscb.casereview.bot.Http;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.conversation.Conversations;
import uk.lscb.casereview.core.transcripts.TranscriptEntry;
import uk.lscb.casereview.core.transcripts.Transcripts;

/**
 * Many people at once against the shipped embedded store: 200 Teams conversations through {@code /api/messages}
 * (the real Bot Framework SDK, a stub connector, no app id) and 200 simultaneous turns on a handful of local
 * conversations through {@code /local/api/turn}. No request is answered 5xx, and afterwards every conversation is
 * stored once with exactly the messages that were accepted, none lost and none twice.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "casereview.reminders.first-sweep-after=PT1H",
        "casereview.boards[0].id=staffordshire",
        "casereview.boards[0].name=Staffordshire",
        "casereview.boards[0].chairs.local[0]=chair-staffordshire",
        "casereview.boards[0].administrators.local[0]=admin",
        "casereview.boards[0].administrators.local[1]=admin-2",
        "casereview.boards[0].administrators.local[2]=admin-3",
        "casereview.boards[0].administrators.local[3]=admin-4",
        "casereview.boards[0].administrators.local[4]=admin-5",
        "casereview.boards[0].administrators.local[5]=admin-6",
        "casereview.boards[0].administrators.local[6]=admin-7",
        "casereview.boards[0].administrators.local[7]=admin-8",
        "casereview.boards[0].administrators.local[8]=admin-9",
        "casereview.boards[0].administrators.local[9]=admin-10",
        "casereview.boards[0].administrators.local[10]=admin-11",
        "casereview.boards[0].administrators.local[11]=admin-12",
        "casereview.boards[0].administrators.local[12]=admin-13",
        "casereview.boards[0].administrators.local[13]=admin-14",
        "casereview.boards[0].administrators.local[14]=admin-15",
        "casereview.boards[0].administrators.local[15]=admin-16",
        "casereview.boards[0].administrators.local[16]=admin-17",
        "casereview.boards[0].administrators.local[17]=admin-18",
        "casereview.boards[0].administrators.local[18]=admin-19",
        "casereview.boards[0].administrators.local[19]=admin-20",
        "casereview.boards[1].id=stoke-on-trent",
        "casereview.boards[1].name=Stoke-on-Trent",
        "casereview.boards[1].chairs.local[0]=chair-stoke-on-trent"})
@Import(FixedClock.class)
class ConcurrentConversationsIT {
    private static final int CONVERSATIONS = 200;
    private static final List<String> LOCAL = local();

    private static StubConnector connector;

    /** The practitioner, the two Chairs and 20 administrators: about ten turns at once on each conversation. */
    private static List<String> local() {
        List<String> identities = new ArrayList<>(List.of("practitioner", "chair-staffordshire",
                "chair-stoke-on-trent", "admin"));
        for (int admin = 2; admin <= 20; admin++) {
            identities.add("admin-" + admin);
        }
        return List.copyOf(identities);
    }

    @LocalServerPort
    int port;
    @Autowired
    Conversations conversations;
    @Autowired
    Transcripts transcripts;

    @BeforeAll
    static void startConnector() throws Exception {
        connector = new StubConnector();
    }

    @AfterAll
    static void stopConnector() {
        connector.close();
    }

    private long inbound(ConversationKey key) {
        List<TranscriptEntry> entries = transcripts.ofConversation(key);
        assertThat(entries).extracting(TranscriptEntry::sequence).as("sequences of %s", key).doesNotHaveDuplicates();
        return entries.stream().filter(entry -> entry.direction() == TranscriptEntry.Direction.INBOUND).count();
    }

    @Test
    void twoHundredTeamsConversationsAtOnceGetNoServerErrorAndEachIsStoredOnceWithItsMessage() throws Exception {
        TeamsActivities teams = new TeamsActivities(port, connector.url());
        List<Callable<Integer>> people = new ArrayList<>();
        for (int person = 1; person <= CONVERSATIONS; person++) {
            String chat = "a:load-chat-" + person;
            String aad = String.format("00000000-0000-0000-0000-%012d", person);
            people.add(() -> teams.send(teams.personalText(chat, aad, "start")).status());
        }

        List<Integer> statuses = AtOnce.run(people);

        assertThat(statuses).hasSize(CONVERSATIONS).allSatisfy(status -> assertThat(status).isLessThan(500));
        for (int person = 1; person <= CONVERSATIONS; person++) {
            ConversationKey key = new ConversationKey(Platform.TEAMS, "a:load-chat-" + person);
            assertThat(conversations.find(key)).as("conversation %s", key).isPresent();
            assertThat(inbound(key)).as("messages stored of %s", key).isEqualTo(1);
        }
    }

    @Test
    void twoHundredLocalTurnsOnAFewConversationsAtOnceAreEachStoredOnceOrAnsweredTryAgain() throws Exception {
        Http http = new Http(port);
        Map<String, AtomicInteger> accepted = new ConcurrentHashMap<>();
        List<Callable<Integer>> turns = new ArrayList<>();
        for (int turn = 0; turn < CONVERSATIONS; turn++) {
            String as = LOCAL.get(turn % LOCAL.size());
            turns.add(() -> {
                Http.Response response = http.postJson("/local/api/turn", Map.of("as", as, "text", "help"));
                if (response.status() == 200 && response.json().path("stored").asBoolean()) {
                    accepted.computeIfAbsent(as, k -> new AtomicInteger()).incrementAndGet();
                } else if (response.status() == 200) {
                    assertThat(response.body()).contains("try again");
                }
                return response.status();
            });
        }

        List<Integer> statuses = AtOnce.run(turns);

        assertThat(statuses).hasSize(CONVERSATIONS).allSatisfy(status -> assertThat(status).isLessThan(500));
        for (String as : LOCAL) {
            ConversationKey key = new ConversationKey(Platform.LOCAL, as);
            assertThat(inbound(key)).as("turns stored of %s", as)
                    .isEqualTo(accepted.getOrDefault(as, new AtomicInteger()).get());
        }
        assertThat(accepted.values().stream().mapToInt(AtomicInteger::get).sum()).as("turns stored")
                .isGreaterThan(CONVERSATIONS / 2);
    }
}
