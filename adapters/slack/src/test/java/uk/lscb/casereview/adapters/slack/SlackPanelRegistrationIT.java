package uk.lscb.casereview.adapters.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lscb.casereview.adapters.slack.SlackFixture.ADMIN;
import static uk.lscb.casereview.adapters.slack.SlackFixture.PRACTITIONER;
import static uk.lscb.casereview.adapters.slack.SlackRequests.await;

import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.delivery.Addresses;
import uk.lscb.casereview.core.platforms.Platform;

/**
 * Registering a board's panel channel in Slack, through Bolt against the stub Web API: the same words and the
 * same replies as in Teams (core's panel-registration command), by slash command, by mention and in a DM.
 */
class SlackPanelRegistrationIT {
    private static final String REGISTERED = "This channel is now the Staffordshire panel channel. Decisions and "
            + "deadline reminders for Staffordshire will be posted here.";
    private static final String NOT_AN_ADMINISTRATOR = "Sorry, only an administrator of Staffordshire can register "
            + "its panel channel. Nothing has changed.";

    private final SlackFixture f;

    SlackPanelRegistrationIT() throws Exception {
        f = new SlackFixture();
    }

    @AfterEach
    void stop() throws Exception {
        f.close();
    }

    private static String text(HttpResponse<String> ack) {
        return JsonParser.parseString(ack.body()).getAsJsonObject().get("text").getAsString();
    }

    @Test
    void anAdministratorRegistersTheChannelByMentionWithTheSameReplyAsInTeams() throws Exception {
        f.mention(ADMIN, "CNEWPANEL", "register the panel channel for Staffordshire");

        await("the reply in the channel", () -> !f.postsTo("CNEWPANEL").isEmpty());
        assertThat(f.postsTo("CNEWPANEL").get(0).get("text")).isEqualTo(REGISTERED);
        assertThat(f.addresses.find(Platform.SLACK, Addresses.Kind.CHANNEL, "panel:staffordshire").orElseThrow().value())
                .isEqualTo("CNEWPANEL");
    }

    @Test
    void aNonAdministratorIsRefusedWithTheSameWordsAsInTeams() throws Exception {
        assertThat(text(f.command(PRACTITIONER, "CNEWPANEL", "register panel channel for Staffordshire")))
                .isEqualTo(NOT_AN_ADMINISTRATOR);

        f.mention(PRACTITIONER, "CNEWPANEL", "register panel channel for Staffordshire");
        await("the reply in the channel", () -> !f.postsTo("CNEWPANEL").isEmpty());
        assertThat(f.postsTo("CNEWPANEL").get(0).get("text")).isEqualTo(NOT_AN_ADMINISTRATOR);
        assertThat(f.addresses.find(Platform.SLACK, Addresses.Kind.CHANNEL, "panel:staffordshire")).isEmpty();
    }

    @Test
    void anUnknownBoardIsNamedWithTheBoardsThereAre() throws Exception {
        assertThat(text(f.command(ADMIN, "CNEWPANEL", "register panel channel for Atlantis"))).isEqualTo(
                "I don't know that board. Please say \"register panel channel for\" and one of: Staffordshire, "
                        + "Stoke-on-Trent.");
    }

    @Test
    void typedInTheDirectMessageItIsRefusedAndNothingIsStored() throws Exception {
        f.directMessage(ADMIN, "register panel channel for Staffordshire");

        await("the reply in the DM", () -> !f.postsTo("D" + ADMIN).isEmpty());
        assertThat(f.postsTo("D" + ADMIN).get(0).get("text")).isEqualTo("Please do this in the channel you want as "
                + "the panel channel, not in a direct message. Nothing has changed.");
        assertThat(f.addresses.find(Platform.SLACK, Addresses.Kind.CHANNEL, "panel:staffordshire")).isEmpty();
    }
}
