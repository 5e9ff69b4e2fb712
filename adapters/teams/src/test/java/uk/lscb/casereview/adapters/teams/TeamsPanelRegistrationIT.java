package uk.lscb.casereview.adapters.teams;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.delivery.Addresses;
import uk.lscb.casereview.core.platforms.Platform;

/**
 * Registering a board's panel channel in Teams, through the real SDK against the stub connector: the same words
 * and the same replies as on Slack (core's panel-registration command).
 */
class TeamsPanelRegistrationIT {
    private static final String PANEL = "19:panel@thread.tacv2";
    private static final String REGISTERED = "This channel is now the Staffordshire panel channel. Decisions and "
            + "deadline reminders for Staffordshire will be posted here.";

    private final StubConnector connector;
    private final TeamsFixture teams;

    TeamsPanelRegistrationIT() throws Exception {
        connector = new StubConnector();
        teams = new TeamsFixture(TeamsSettings.local(), connector.url());
    }

    @AfterEach
    void stop() {
        connector.close();
    }

    @Test
    void theSlackPhrasingRegisterThePanelChannelRegistersItInTeamsToo() {
        teams.send(teams.channelMention(PANEL, TeamsFixture.ADMIN_AAD, "register the panel channel for Staffordshire"));

        assertThat(connector.last().text()).isEqualTo(REGISTERED);
        assertThat(teams.addresses.find(Platform.TEAMS, Addresses.Kind.CHANNEL, "panel:staffordshire")).isPresent();
    }

    @Test
    void aNonAdministratorIsRefusedWithTheSameWordsAsOnSlack() {
        teams.send(teams.channelMention(PANEL, TeamsFixture.PRACTITIONER_AAD, "register panel channel for Staffordshire"));

        assertThat(connector.last().text()).isEqualTo("Sorry, only an administrator of Staffordshire can register "
                + "its panel channel. Nothing has changed.");
        assertThat(teams.addresses.find(Platform.TEAMS, Addresses.Kind.CHANNEL, "panel:staffordshire")).isEmpty();
    }

    @Test
    void anUnknownBoardIsNamedWithTheBoardsThereAre() {
        teams.send(teams.channelMention(PANEL, TeamsFixture.ADMIN_AAD, "register panel channel for Atlantis"));

        assertThat(connector.last().text()).isEqualTo("I don't know that board. Please say \"register panel channel "
                + "for\" and one of: Staffordshire, Stoke-on-Trent.");
    }

    @Test
    void withoutABoardTheReplySaysHowToTypeIt() {
        teams.send(teams.channelMention(PANEL, TeamsFixture.ADMIN_AAD, "register the panel channel"));

        assertThat(connector.last().text()).isEqualTo("To make this channel a board's panel channel, type: register "
                + "panel channel for Staffordshire (or Stoke-on-Trent).");
    }

    @Test
    void inAPersonalChatItIsRefusedAndNothingIsStored() {
        teams.send(teams.personalText("a:admin-chat", TeamsFixture.ADMIN_AAD, "register panel channel for Staffordshire"));

        assertThat(connector.last().text()).isEqualTo("Please do this in the channel you want as the panel channel, "
                + "not in a direct message. Nothing has changed.");
        assertThat(teams.addresses.find(Platform.TEAMS, Addresses.Kind.CHANNEL, "panel:staffordshire")).isEmpty();
    }
}
