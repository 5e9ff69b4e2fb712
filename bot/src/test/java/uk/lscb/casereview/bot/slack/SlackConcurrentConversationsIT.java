package uk.lscb.casereview.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.lscb.casereview.adapters.slack.SlackRequests;
import uk.lscb.casereview.adapters.slack.StubSlackApi;
import uk.lscb.casereview.bot.AtOnce;
import uk.lscb.casereview.bot.FixedClock;
import uk.lscb.casereview.core.conversation.Conversations;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.transcripts.TranscriptEntry;
import uk.lscb.casereview.core.transcripts.Transcripts;

/**
 * Many people at once in Slack against the shipped embedded store: 200 practitioners write to the app in their
 * direct messages at the same moment, through Bolt's real servlet at {@code /slack/events}, with Bolt's Web API
 * calls going to a stub. Every event is acknowledged without a server error, every conversation is stored once with
 * its message, and every practitioner is answered once (the opening words, then the first question) in their
 * direct message.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "SLACK_BOT_TOKEN=xoxb-test-token",
        "SLACK_SIGNING_SECRET=" + SlackConcurrentConversationsIT.SECRET,
        "server.address=127.0.0.1",
        "casereview.reminders.first-sweep-after=PT1H",
        "casereview.boards[0].id=staffordshire",
        "casereview.boards[0].name=Staffordshire",
        "casereview.boards[0].chairs.slack[0]=UCHAIR01",
        "casereview.boards[1].id=stoke-on-trent",
        "casereview.boards[1].name=Stoke-on-Trent",
        "casereview.boards[1].chairs.slack[0]=UCHAIR02"})
@Import(FixedClock.class)
class SlackConcurrentConversationsIT {
    static final String SECRET = "concurrent-it-signing-secret-0123456789";
    private static final int PEOPLE = 200;
    private static final String FIRST_QUESTION = "Question 1: Which board is this referral for?";
    static final StubSlackApi SLACK = StubSlackApi.started();

    @DynamicPropertySource
    static void slackApi(DynamicPropertyRegistry registry) {
        registry.add("SLACK_API_URL", SLACK::url);
    }

    @AfterAll
    static void stopStub() {
        SLACK.close();
    }

    @LocalServerPort
    int port;
    @Autowired
    Conversations conversations;
    @Autowired
    Transcripts transcripts;
    SlackRequests slack;

    @BeforeEach
    void client() {
        slack = new SlackRequests(SECRET, "http://127.0.0.1:" + port + "/slack/events");
    }

    private static String person(int number) {
        return String.format("ULOAD%04d", number);
    }

    @Test
    void twoHundredDirectMessagesAtOnceAreAcknowledgedStoredOnceAndAnsweredOnce() throws Exception {
        List<Callable<Integer>> people = new ArrayList<>();
        for (int number = 1; number <= PEOPLE; number++) {
            String user = person(number);
            people.add(() -> slack.directMessage(user, "start").statusCode());
        }

        List<Integer> statuses = AtOnce.run(people);

        assertThat(statuses).hasSize(PEOPLE).allSatisfy(status -> assertThat(status).isEqualTo(200));
        for (int number = 1; number <= PEOPLE; number++) {
            String dm = "D" + person(number);
            SLACK.awaitPosts(dm, "the first question in " + dm, posts -> posts.stream()
                    .anyMatch(post -> post.get("text").startsWith(FIRST_QUESTION)), Duration.ofSeconds(60));
        }
        for (int number = 1; number <= PEOPLE; number++) {
            String dm = "D" + person(number);
            ConversationKey key = new ConversationKey(Platform.SLACK, dm);
            assertThat(conversations.find(key)).as("conversation %s", dm).isPresent();
            List<TranscriptEntry> entries = transcripts.ofConversation(key);
            assertThat(entries).extracting(TranscriptEntry::sequence).as("sequences of %s", dm)
                    .doesNotHaveDuplicates();
            assertThat(entries).filteredOn(entry -> entry.direction() == TranscriptEntry.Direction.INBOUND)
                    .as("messages stored of %s", dm).hasSize(1);
            assertThat(SLACK.postsTo(dm)).as("answers in %s", dm).extracting(post -> post.get("text"))
                    .hasSize(2).filteredOn(text -> text.startsWith(FIRST_QUESTION)).hasSize(1);
        }
    }
}
