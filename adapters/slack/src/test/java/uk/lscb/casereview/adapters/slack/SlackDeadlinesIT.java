package uk.lscb.casereview.adapters.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.slack.api.Slack;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.testing.StallingServer;

/**
 * Every Slack Web API call has a deadline: a Slack that answers a byte at a time (so no single read ever
 * times out) fails the call within two attempts of {@link SlackAssistant#CALL_DEADLINE} (OkHttp retries a failed
 * connection once). Bounded: gives up after 30 s.
 */
class SlackDeadlinesIT {

    @Test
    void aWebApiCallToASlackThatTricklesFailsWithinTheCallDeadline() throws Exception {
        try (StallingServer stalling = StallingServer.trickling()) {
            Slack slack = Slack.getInstance(SlackAssistant.config(stalling.url() + "api/"));
            long start = System.nanoTime();

            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThatThrownBy(() -> slack.methods("xoxb-1")
                    .chatPostMessage(request -> request.channel("C1").text("hello"))).isInstanceOf(IOException.class));

            assertThat(stalling.awaitConnection(0)).isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - start))
                    .isLessThanOrEqualTo(SlackAssistant.CALL_DEADLINE.multipliedBy(2).plusSeconds(8));
        }
    }
}
