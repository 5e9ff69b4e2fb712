package uk.lscb.casereview.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.memory.InMemoryCases;
import uk.lscb.casereview.core.memory.InMemoryConversations;
import uk.lscb.casereview.core.memory.InMemoryTranscripts;
import uk.lscb.casereview.core.messages.Reply;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.rules.wt2015.Wt2015;

/** A refused message is followed at once by what to do about the copy the chat still shows, in that platform's words. */
class DeleteNoteTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneId.of("Europe/London"));

    private static List<Reply> typed(Platform channel, String text) {
        ScopingService service = new ScopingService(PackConversations.of(new Conversation(Wt2015.pack(),
                Boards.staffordshireAndStoke(), CLOCK)), new InMemoryConversations(), new InMemoryTranscripts(), new InMemoryCases(), CLOCK);
        ConversationKey key = new ConversationKey(channel, "someone");
        UserRef who = new UserRef(channel, "someone", "Someone");
        service.handle(new ScopingService.Incoming(key, who, Optional.empty(), new Inbound.TextMessage("start"),
                Optional.empty()));
        return service.handle(new ScopingService.Incoming(key, who, Optional.empty(), new Inbound.TextMessage(text),
                Optional.empty())).replies();
    }

    private static String text(Reply reply) {
        return reply instanceof Reply.Say say ? say.text() : "";
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            TEAMS    | More options \u2026 and then Delete.
            SLACK    | More actions \u22EE and then Delete message.
            LOCAL    | Nothing keeps it: it is shown only on this page until you reload it or switch identity
            TERMINAL | Nothing keeps it: it is only on your terminal's screen.
            HTTP     | If your chat app keeps a copy of the message you sent, please delete it.
            """)
    void aRefusedMessageIsFollowedByWhatToDoAboutItInThePlatformsWords(Platform channel, String words) {
        List<Reply> replies = typed(channel, "Jane Smith was hurt");

        assertThat(text(replies.get(0))).contains("I haven't kept that message");
        assertThat(text(replies.get(1))).contains(words).isEqualTo(DeleteNote.forChannel(channel));
        assertThat(replies.get(replies.size() - 1)).as("the question asked again stays last")
                .isInstanceOf(Reply.Ask.class);
        assertThat(replies).filteredOn(reply -> text(reply).contains("delete") || text(reply).contains("Delete")
                || text(reply).contains("Nothing keeps it")).hasSize(1);
    }
}
