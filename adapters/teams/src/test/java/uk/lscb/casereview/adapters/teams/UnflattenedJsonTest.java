package uk.lscb.casereview.adapters.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.restclient.serializer.JacksonAdapter;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.Mention;
import com.microsoft.bot.schema.teams.TeamsChannelData;
import com.microsoft.bot.schema.teams.TenantInfo;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.lscb.casereview.core.actions.Command;
import uk.lscb.casereview.core.messages.Choice;
import uk.lscb.casereview.core.messages.Reply;

/** The activities the assistant sends are written exactly as the SDK's own adapter writes them. */
class UnflattenedJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> activities() {
        Activity text = MessageFactory.text("Thank you. Question 2 of 9: did the child die?");
        text.setFrom(new ChannelAccount("28:case-review-bot", "Case Review Assistant"));
        text.setRecipient(new ChannelAccount("29:practitioner", "A Practitioner"));
        ConversationAccount conversation = new ConversationAccount();
        conversation.setId("a:practitioner-chat");
        conversation.setConversationType("personal");
        conversation.setTenantId("11111111-2222-3333-4444-555555555555");
        text.setConversation(conversation);
        text.setReplyToId("act-7");
        text.setLocale("en-GB");
        text.setTimestamp(OffsetDateTime.parse("2026-11-28T12:00:00.123Z"));

        Activity card = TeamsHandler.cardActivity(TeamsCards.reply(new Reply.Say(
                "Recommendation: Serious Case Review – “the statutory criteria are met”",
                List.of(Choice.of(Command.START)))));
        card.setSummary("A new referral");

        Activity rawCard = TeamsHandler.cardActivity(TeamsCards.reply(new Reply.Say("Sent to the Chair", List.of())));
        rawCard.setAttachments(List.of(RawCards.raw(rawCard.getAttachments().get(0))));

        Activity mention = MessageFactory.text("<at>Chair</at>, a referral is waiting for your decision.");
        Mention chair = new Mention();
        chair.setMentioned(new ChannelAccount("29:chair", "Chair"));
        chair.setText("<at>Chair</at>");
        mention.setMentions(List.of(chair));
        TeamsChannelData channelData = new TeamsChannelData();
        channelData.setTenant(new TenantInfo("11111111-2222-3333-4444-555555555555"));
        mention.setChannelData(channelData);

        Activity update = TeamsHandler.cardActivity(TeamsCards.reply(new Reply.Say("Decided", List.of())));
        update.setId("posted-1");

        return Stream.of(Arguments.of("a text reply", text), Arguments.of("a card with buttons", card),
                Arguments.of("a card as raw JSON", rawCard), Arguments.of("a mention with Teams channel data", mention),
                Arguments.of("a card replacing a posted one", update));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("activities")
    void writesAnActivityAsTheSdksOwnAdapterDoes(String what, Activity activity) throws Exception {
        JsonNode sdk = JSON.readTree(new JacksonAdapter().serialize(activity));
        JsonNode ours = JSON.readTree(new UnflattenedJson().serialize(activity));

        assertThat(ours).isEqualTo(sdk);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("activities")
    void leavesAKeyWithADotInItAsItIsWhereTheSdksAdapterNestsIt(String what, Activity activity) throws Exception {
        ObjectNode channelData = JSON.createObjectNode().put("casereview.board", "staffordshire");
        activity.setChannelData(channelData);

        JsonNode ours = JSON.readTree(new UnflattenedJson().serialize(activity));
        JsonNode sdk = JSON.readTree(new JacksonAdapter().serialize(activity));

        assertThat(ours.get("channelData")).isEqualTo(channelData);
        assertThat(sdk.get("channelData")).isEqualTo(JSON.readTree("{\"casereview\": {\"board\": \"staffordshire\"}}"));
    }
}
