package uk.lscb.casereview.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.boards.Roles;
import uk.lscb.casereview.core.cases.CaseCommands;
import uk.lscb.casereview.core.cases.CaseService;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.contracts.PortFixtures;
import uk.lscb.casereview.core.memory.InMemoryCases;
import uk.lscb.casereview.core.memory.InMemoryConversations;
import uk.lscb.casereview.core.memory.InMemoryTranscripts;
import uk.lscb.casereview.core.messages.Reply;
import uk.lscb.casereview.core.rules.RulePacks;
import uk.lscb.casereview.core.rules.wt2015.Wt2015;

class LongTypedTextTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneId.of("Europe/London"));
    private final InMemoryConversations conversations = new InMemoryConversations();
    private final InMemoryTranscripts transcripts = new InMemoryTranscripts();
    private final InMemoryCases cases = new InMemoryCases();
    private final ScopingService service = service();
    private final ConversationKey key = new ConversationKey(Platform.TEAMS, "long-text");

    @Test
    void aMessageLongerThanTheCapIsNotReadAndThePersonIsToldHowLongItMayBe() {
        say("start");
        ConversationState before = conversations.find(key).orElseThrow().state();

        ScopingService.TurnResult result = say("Staffordshire " + "x".repeat(ScopingService.MAX_TYPED_TEXT));

        assertThat(result.stored()).isTrue();
        assertThat(result.replies()).first().isInstanceOf(Reply.Say.class).extracting(reply -> ((Reply.Say) reply).text())
                .asString().contains("4,014 characters").contains("4,000").contains("Nothing has been recorded");
        assertThat(conversations.find(key).orElseThrow().state()).isEqualTo(before);
        assertThat(transcripts.ofConversation(key).toString()).doesNotContain("xxxx")
                .contains("too long (4014 characters)");
    }

    @Test
    void aMessageOfExactlyTheCapIsRead() {
        say("start");
        ConversationState before = conversations.find(key).orElseThrow().state();

        ScopingService.TurnResult result = say("Staffordshire" + " ".repeat(ScopingService.MAX_TYPED_TEXT - 13));

        assertThat(result.replies().toString()).doesNotContain("characters long");
        assertThat(conversations.find(key).orElseThrow().state()).isNotEqualTo(before);
    }

    private ScopingService.TurnResult say(String text) {
        return service.handle(incoming(text));
    }

    private ScopingService.Incoming incoming(String text) {
        return new ScopingService.Incoming(key, PortFixtures.PRACTITIONER, Optional.empty(),
                new Inbound.TextMessage(text), Optional.empty());
    }

    private ScopingService service() {
        Boards boards = Boards.staffordshireAndStoke();
        Roles roles = new Roles(Map.of(), Map.of());
        CaseService caseService = new CaseService(cases, roles, boards, new RulePacks(List.of(Wt2015.pack())), CLOCK,
                (before, after, action) -> { });
        CaseCommands commands = new CaseCommands(cases, transcripts, caseService, roles, boards, CLOCK,
                (chair, posted) -> true);
        return new ScopingService(PackConversations.of(new Conversation(Wt2015.pack(), boards, CLOCK)), conversations, transcripts, cases,
                CLOCK, Optional.of(commands), record -> { });
    }
}
