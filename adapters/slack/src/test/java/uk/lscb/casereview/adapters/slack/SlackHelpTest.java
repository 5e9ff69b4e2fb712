package uk.lscb.casereview.adapters.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SlackHelpTest {

    /**
     * `/casereview help` names each case command the core answers, with the deadlines' words of both rule packs: the
     * reason for a delay could be recorded by command, but the help never said so.
     */
    @Test
    void theHelpNamesEveryCaseCommandAndTheDeadlineWordsOfBothPacks() {
        for (String command : List.of("status <ref>", "cases", "case <ref>", "timeline <ref>", "decide <ref>",
                "transcript <ref>", "done <ref> <deadline>", "delay <ref> <deadline> <reason>")) {
            assertThat(SlackHandlers.HELP).contains("`/casereview " + command + "`");
        }
        assertThat(SlackHandlers.HELP).contains("decision, panel, scr, copy or publication")
                .contains("notification, rapid or local");
    }
}
