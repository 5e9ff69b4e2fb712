package uk.lscb.casereview.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class OutboundDeadlinesTest {

    @Test
    void urlConnectionsWithoutTimeoutsOfTheirOwnGetTheApplicationsDefaults() {
        Properties system = new Properties();

        CaseReviewApplication.outboundDeadlines(system);

        assertThat(system.getProperty("sun.net.client.defaultConnectTimeout")).isEqualTo("5000");
        assertThat(system.getProperty("sun.net.client.defaultReadTimeout")).isEqualTo("10000");
    }

    @Test
    void timeoutsSetOnTheCommandLineAreKept() {
        Properties system = new Properties();
        system.setProperty("sun.net.client.defaultReadTimeout", "30000");

        CaseReviewApplication.outboundDeadlines(system);

        assertThat(system.getProperty("sun.net.client.defaultReadTimeout")).isEqualTo("30000");
    }
}
