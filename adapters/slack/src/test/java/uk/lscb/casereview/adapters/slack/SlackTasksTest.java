package uk.lscb.casereview.adapters.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.store.StoreUnavailableException;

class SlackTasksTest {
    private final Logger logger = Logger.getLogger(SlackTasks.class.getName());
    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    /** Each task run on the caller's thread, as the app's executor would run it on one of its own. */
    private final SlackTasks tasks = new SlackTasks(Runnable::run);

    @BeforeEach
    void listen() {
        logger.addHandler(handler);
    }

    @AfterEach
    void stopListening() {
        logger.removeHandler(handler);
    }

    @Test
    void aTaskThatFindsTheStoreUnreachableIsLoggedInOneLineSayingWhatFailed() {
        tasks.later(() -> {
            throw new StoreUnavailableException("MongoDB unavailable: saving an address", new RuntimeException("x"));
        });

        assertThat(logged).singleElement().satisfies(record -> {
            assertThat(record.getLevel()).isEqualTo(Level.WARNING);
            assertThat(java.text.MessageFormat.format(record.getMessage(), record.getParameters()))
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

        assertThat(logged).singleElement().satisfies(record -> {
            assertThat(record.getLevel()).isEqualTo(Level.SEVERE);
            assertThat(record.getThrown()).isSameAs(bug);
        });
        assertThat(ran).containsExactly("next");
    }
}
