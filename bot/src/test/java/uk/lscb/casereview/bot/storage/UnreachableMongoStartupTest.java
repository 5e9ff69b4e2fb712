package uk.lscb.casereview.bot.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import uk.lscb.casereview.bot.CaseReviewApplication;
import uk.lscb.casereview.bot.config.InvalidConfigurationException;

/** A MONGODB_URI that cannot be reached stops the start with one line, like every other bad setting. */
@ExtendWith(OutputCaptureExtension.class)
class UnreachableMongoStartupTest {

    @Test
    void anUnreachableMongoDbStopsTheStartWithOneLineNamingTheHostAndNeverThePassword(CapturedOutput output)
            throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String uri = "mongodb://board-user:s3cret-Pa55@127.0.0.1:" + closedPort
                + "/casereview?serverSelectionTimeoutMS=300&connectTimeoutMS=300";

        assertThatThrownBy(() -> new SpringApplicationBuilder(CaseReviewApplication.class)
                .web(WebApplicationType.NONE).run("--casereview.mongodb-uri=" + uri))
                .rootCause().isInstanceOf(InvalidConfigurationException.class)
                .hasMessageStartingWith("MONGODB_URI: could not reach MongoDB at 127.0.0.1:" + closedPort);

        assertThat(output).contains("Invalid configuration: MONGODB_URI: could not reach MongoDB at 127.0.0.1:"
                + closedPort).doesNotContain("s3cret-Pa55").doesNotContain("\tat ")
                .doesNotContain("MongoTimeoutException");
    }
}
