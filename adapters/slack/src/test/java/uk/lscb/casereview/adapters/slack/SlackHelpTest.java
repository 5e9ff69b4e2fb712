package uk.lscb.casereview.adapters.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.messages.Fact;

class SlackHelpTest {

    /**
     * {@code /casereview help} lists the commands the core says this person may use, each as a slash command, with
     * its angle brackets escaped: Slack reads an unescaped {@code <ref>} as a link.
     */
    @Test
    void theHelpListsEachCommandItIsGivenAsASlashCommandEscaped() {
        String help = SlackHandlers.help(List.of(Fact.of("case <reference>", "where a case is"),
                Fact.of("done <reference> <deadline>", "mark a deadline done: decision & more")));

        assertThat(help).contains("\u2022 `/casereview start`: start a referral",
                "\u2022 `/casereview case &lt;reference&gt;`: where a case is\n",
                "\u2022 `/casereview done &lt;reference&gt; &lt;deadline&gt;`: mark a deadline done: decision &amp; "
                        + "more\n",
                "\u2022 `/casereview help`: this message\n", "Never type a child's name")
                .doesNotContain("<reference>");
    }

    @Test
    void withoutTheCaseCommandsTheHelpListsStartAndHelp() {
        assertThat(SlackHandlers.help(List.of()).lines().filter(line -> line.startsWith("\u2022")))
                .containsExactly("\u2022 `/casereview start`: start a referral (in a direct message with me)",
                        "\u2022 `/casereview help`: this message");
    }
}
