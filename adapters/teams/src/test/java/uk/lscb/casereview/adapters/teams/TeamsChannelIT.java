package uk.lscb.casereview.adapters.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.delivery.Addresses;
import uk.lscb.casereview.core.platforms.Platform;

/** Installation and channels: addresses are stored; a channel never receives a referral's details. */
class TeamsChannelIT {
    private static final String CHANNEL = "19:general@thread.tacv2";

    private final StubConnector connector;
    private final TeamsFixture teams;

    TeamsChannelIT() throws Exception {
        connector = new StubConnector();
        teams = new TeamsFixture(TeamsSettings.local(), connector.url());
    }

    @AfterEach
    void stop() {
        connector.close();
    }

    @Test
    void installingInAPersonalChatStoresThePersonsAddressAndWelcomesThem() {
        TeamsBot.Response response = teams.send(teams.botAdded("a:new-chat", "personal", TeamsFixture.PRACTITIONER_AAD));

        assertThat(response.status()).isEqualTo(202);
        Addresses.Address address = teams.addresses.find(Platform.TEAMS, Addresses.Kind.PERSON, TeamsFixture.PRACTITIONER_AAD)
                .orElseThrow();
        assertThat(References.read(address.value()).orElseThrow().getConversation().getId()).isEqualTo("a:new-chat");
        assertThat(connector.last().text()).isEqualTo(TeamsHandler.WELCOME);
    }

    @Test
    void addingToATeamStoresTheChannelAddress() {
        teams.send(teams.botAdded(CHANNEL, "channel", TeamsFixture.ADMIN_AAD));

        Addresses.Address address = teams.addresses.find(Platform.TEAMS, Addresses.Kind.CHANNEL, CHANNEL).orElseThrow();
        assertThat(References.read(address.value()).orElseThrow().getServiceUrl()).isEqualTo(connector.url());
        assertThat(connector.activities()).isEmpty();
    }

    @Test
    void aMentionInAChannelGetsANeutralPointerAndTheReferralStartsInAPrivateChat() {
        TeamsBot.Response response = teams.send(teams.channelMention(CHANNEL + ";messageid=123", TeamsFixture.PRACTITIONER_AAD,
                "does the case of Jane Smith born 01/02/2015 meet the threshold?"));

        assertThat(response.status()).isEqualTo(202);
        List<StubConnector.Call> toChannel = connector.activities().stream()
                .filter(call -> call.path().contains(CHANNEL)).toList();
        assertThat(toChannel).hasSize(1);
        assertThat(toChannel.get(0).text()).isEqualTo(TeamsHandler.POINTER);
        assertThat(toChannel.get(0).body().path("attachments").isMissingNode()
                || toChannel.get(0).body().path("attachments").isEmpty()).isTrue();
        assertThat(toChannel.get(0).body().toString()).doesNotContain("Jane").doesNotContain("2015");

        StubConnector.Call created = connector.calls().stream().filter(call -> call.path().equals("/v3/conversations"))
                .findFirst().orElseThrow();
        assertThat(created.body().path("members").get(0).path("id").asText()).isEqualTo("29:" + TeamsFixture.PRACTITIONER_AAD);
        List<StubConnector.Call> privately = connector.activities().stream()
                .filter(call -> call.path().startsWith("/v3/conversations/a:new-personal-")).toList();
        assertThat(privately).isNotEmpty();
        assertThat(teams.addresses.find(Platform.TEAMS, Addresses.Kind.PERSON, TeamsFixture.PRACTITIONER_AAD)).isPresent();
    }

    @Test
    void aChannelMessageThatDoesNotMentionTheBotIsIgnored() {
        var message = teams.channelMention(CHANNEL, TeamsFixture.PRACTITIONER_AAD, "hello");
        message.remove("entities");

        teams.send(message);

        assertThat(connector.calls()).isEmpty();
    }

    @Test
    void mentionsAndHtmlAreStrippedFromTypedText() {
        assertThat(TeamsHandler.plain("<at>Case Review Assistant</at>&nbsp;<p>register panel channel for <b>Stoke</b></p>"))
                .isEqualTo("register panel channel for Stoke");
    }

    /** Words typed in angle brackets are kept, sent as typed (the Agents Playground) or as HTML's entities. */
    @Test
    void wordsInAngleBracketsAreKeptWhereHtmlTagsAreNot() {
        assertThat(TeamsHandler.plain("Report due <2 weeks> after the <Crown Court> trial <br/>see <i>notes</i>"))
                .isEqualTo("Report due <2 weeks> after the <Crown Court> trial \nsee notes");
        assertThat(TeamsHandler.plain("<p>Report due &lt;2 weeks&gt; &amp; more</p>")).isEqualTo("Report due <2 weeks> & more");
        assertThat(TeamsHandler.plain("Due in <a few weeks>, <I think> <b>so</b>"))
                .isEqualTo("Due in <a few weeks>, <I think> so");
        assertThat(TeamsHandler.plain("<attachment id=\"1628\"></attachment>A <a href=\"https://x.org\" title='x'>"
                + "link</a> <span itemscope=\"\" itemtype=\"http://schema.skype.com/Emoji\">:)</span>"))
                .isEqualTo("A link :)");
    }
}
