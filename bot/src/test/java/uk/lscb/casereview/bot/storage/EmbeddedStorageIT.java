package uk.lscb.casereview.bot.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.lscb.casereview.bot.CaseReviewApplication;
import uk.lscb.casereview.bot.config.InvalidConfigurationException;
import uk.lscb.casereview.core.cases.Cases;
import uk.lscb.casereview.core.conversation.Inbound;
import uk.lscb.casereview.core.conversation.ScopingService;
import uk.lscb.casereview.core.messages.Reply;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.CaseReference;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.transcripts.Transcripts;

/** The embedded default keeps its data on disk: a conversation resumes after a restart, at the same question. */
class EmbeddedStorageIT {
    private static final ConversationKey KEY = new ConversationKey(Platform.LOCAL, "practitioner");
    private static final UserRef WHO = new UserRef(Platform.LOCAL, "practitioner", "Practitioner");

    private static ConfigurableApplicationContext start(Path dataDir, String... more) {
        List<String> arguments = new ArrayList<>(List.of("--casereview.data-dir=" + dataDir));
        arguments.addAll(List.of(more));
        return new SpringApplicationBuilder(CaseReviewApplication.class).web(WebApplicationType.NONE)
                .run(arguments.toArray(String[]::new));
    }

    private static List<Reply> say(ConfigurableApplicationContext app, String text) {
        return app.getBean(ScopingService.class).handle(new ScopingService.Incoming(KEY, WHO, Optional.empty(),
                new Inbound.TextMessage(text), Optional.empty())).replies();
    }

    @Test
    void aConversationAndItsCaseSurviveARestartOnTheSameDataDirectory(@TempDir Path dataDir) {
        try (ConfigurableApplicationContext app = start(dataDir)) {
            for (String text : List.of("start", "Stoke", "SCR-RST-1", "yesterday", "no")) {
                say(app, text);
            }
            HealthIndicator health = app.getBean("mongoHealthIndicator", HealthIndicator.class);
            assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        }
        assertThat(dataDir.resolve(MongoConnection.FILE_NAME)).exists();

        try (ConfigurableApplicationContext app = start(dataDir)) {
            List<Reply> resumed = say(app, "summary");
            assertThat(resumed.get(resumed.size() - 1)).isInstanceOfSatisfying(Reply.Ask.class,
                    ask -> assertThat(ask.question().value()).isEqualTo("child_died"));
            for (String text : List.of("no", "yes", "no", "submit")) {
                say(app, text);
            }
            assertThat(app.getBean(Cases.class).findByReference(new CaseReference("SCR-RST-1")))
                    .singleElement().satisfies(created -> assertThat(created.board().value()).isEqualTo("stoke-on-trent"));
            assertThat(app.getBean(Transcripts.class).ofCase("stoke-on-trent/SCR-RST-1"))
                    .extracting(entry -> entry.text()).contains("SCR-RST-1", "summary", "submit");
        }
    }

    @Test
    void aDataDirectoryThatCannotBeUsedStopsTheStartWithAClearMessage(@TempDir Path parent) throws Exception {
        Path notADirectory = Files.writeString(parent.resolve("a-file"), "x");

        assertThatThrownBy(() -> start(notADirectory)).rootCause()
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageStartingWith("CASEREVIEW_DATA_DIR: ");
    }

    @Test
    void askingToShareTheEmbeddedStoreStopsTheStartWithOneLineSayingToUseMongoDb(@TempDir Path dataDir) {
        assertThatThrownBy(() -> start(dataDir, "--casereview.embedded-share=true")).rootCause()
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageStartingWith("CASEREVIEW_EMBEDDED_SHARE: ")
                .hasMessageContaining("MONGODB_URI")
                .satisfies(refused -> assertThat(refused.getMessage()).doesNotContain("\n"));
        assertThat(dataDir.resolve(MongoConnection.FILE_NAME)).as("nothing was opened").doesNotExist();
    }
}
