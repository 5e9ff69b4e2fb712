package uk.lscb.casereview.adapters.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import uk.lscb.casereview.core.cases.CaseCommands;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.contracts.PortFixtures;
import uk.lscb.casereview.core.messages.Reply;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.ConversationKey;

/**
 * Every Teams card as Microsoft Web Chat shows it, in headless Chromium ({@code webchat/render-cards.js},
 * screenshots in {@code target/webchat}): each card as the app sends it outside Teams, plus the Chair's
 * {@code status} and {@code cases} replies. No card shows Web Chat's render error, every Action.ShowCard
 * opens a form with inputs or a confirmation in words (a safeguarding partner's Agree), and a pressed button posts. Needs {@code /usr/bin/chromium}, {@code node} and the
 * npm packages {@code playwright-core} and {@code botframework-webchat} on {@code NODE_PATH}; without them it
 * is skipped, saying so.
 */
@EnabledIf(value = "browserPresent", disabledReason = "needs /usr/bin/chromium, node, and playwright-core and "
        + "botframework-webchat on NODE_PATH (npm i playwright-core botframework-webchat; NODE_PATH=<dir>/node_modules)")
class TeamsCardsWebChatIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    static boolean browserPresent() throws InterruptedException {
        return Files.isExecutable(Path.of("/usr/bin/chromium")) && exitsCleanly(List.of("node", "-e",
                "require.resolve('playwright-core'); require.resolve('botframework-webchat')"));
    }

    private static boolean exitsCleanly(List<String> command) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException notThere) {
            return false;
        }
    }

    /** The cards outside Teams, as {@link SubmitOnlyOutsideTeams} sends them, and the Chair's status and cases. */
    private static Map<String, JsonNode> cards() {
        Map<String, JsonNode> cards = new LinkedHashMap<>();
        TeamsCardsTest.CARDS.forEach((name, card) -> {
            if (!name.endsWith("-outside-teams")) {
                cards.put(name, TeamsCards.submitOnly(card));
            }
        });
        TeamsFixture teams = new TeamsFixture(TeamsSettings.local(), "http://127.0.0.1:1/");
        CaseRecord record = PortFixtures.caseRecord("SCR-2026-200", new ConversationKey(Platform.TEAMS, "a:chat"),
                PortFixtures.AT);
        teams.cases.create(record);
        CaseCommands commands = new CaseCommands(teams.cases, teams.transcripts, teams.caseService, teams.roles,
                teams.boards, TeamsFixture.CLOCK, (chair, which) -> false);
        UserRef chair = new UserRef(Platform.TEAMS, TeamsFixture.CHAIR_AAD, "The Chair");
        cards.put("status", TeamsCards.submitOnly(TeamsCards.reply(only(commands.answer("status SCR-2026-200", chair)))));
        cards.put("cases", TeamsCards.submitOnly(TeamsCards.reply(only(commands.answer("cases", chair)))));
        return cards;
    }

    private static Reply only(java.util.Optional<List<Reply>> replies) {
        assertThat(replies.orElseThrow()).hasSize(1);
        return replies.orElseThrow().get(0);
    }

    @Test
    void webChatRendersEveryCardOpensEveryFormAndPostsWhatIsPressed() throws IOException, InterruptedException {
        Path dir = Files.createDirectories(Path.of("target", "webchat", "cards"));
        for (Map.Entry<String, JsonNode> card : cards().entrySet()) {
            JSON.writeValue(dir.resolve(card.getKey() + ".json").toFile(), card.getValue());
        }
        Path script = Path.of("src", "test", "resources", "webchat", "render-cards.js").toAbsolutePath();
        ProcessBuilder walk = new ProcessBuilder("node", script.toString(), dir.toAbsolutePath().toString(),
                dir.getParent().toAbsolutePath().toString()).redirectErrorStream(true);
        walk.environment().put("TYPED_TEXT", TeamsCardsTest.TYPED);
        Process process = walk.start();
        boolean finished = process.waitFor(4, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(finished).as("the Web Chat walk finished in time").isTrue();
        assertThat(output).as("problems the walk found").doesNotContain("PROBLEM");
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("\"card\":\"decision-pending\"", "\"card\":\"status\"", "\"card\":\"cases\"",
                "\"card\":\"typed-text\"");
    }
}
