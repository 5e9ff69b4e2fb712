package uk.lscb.casereview.adapters.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.driver.RecordedLog;
import uk.lscb.casereview.core.store.StoreUnavailableException;

class SlackTasksTest {
    private final RecordedLog log = new RecordedLog(SlackTasks.class);
    /** Each task run on the caller's thread, as the app's executor would run it on one of its own. */
    private final SlackTasks tasks = new SlackTasks(Runnable::run);

    @AfterEach
    void stopRecording() {
        log.close();
    }

    @Test
    void aTaskThatFindsTheStoreUnreachableIsLoggedInOneLineSayingWhatFailed() {
        tasks.later(() -> {
            throw new StoreUnavailableException("MongoDB unavailable: saving an address", new RuntimeException("x"));
        });

        assertThat(log.records()).singleElement().satisfies(record -> {
            assertThat(record.getLevel()).isEqualTo(Level.WARNING);
            assertThat(RecordedLog.text(record))
                    .isEqualTo("a Slack request failed after its ack: MongoDB unavailable: saving an address");
            assertThat(record.getThrown()).isNull();
        });
    }

    @Test
    void aTaskThatFailsOtherwiseIsLoggedAsAnErrorWithWhatWasThrownAndTheNextTaskStillRuns() {
        List<String> ran = new ArrayList<>();
        IllegalStateException bug = new IllegalStateException("the assistant's own fault");

        tasks.later(() -> {
            throw bug;
        });
        tasks.later(() -> ran.add("next"));

        assertThat(log.records()).singleElement().satisfies(record -> {
            assertThat(record.getLevel()).isEqualTo(Level.SEVERE);
            assertThat(record.getThrown()).isSameAs(bug);
        });
        assertThat(ran).containsExactly("next");
    }
}
