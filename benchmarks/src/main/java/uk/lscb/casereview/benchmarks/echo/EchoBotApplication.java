package uk.lscb.casereview.benchmarks.echo;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.ActivityHandler;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.integration.Configuration;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.RoleTypes;
import com.microsoft.bot.schema.Serialization;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.ConversationKey;

/**
 * The bare Bot Framework echo bot the load benchmark compares the assistant with: the same SDK (4.14.3) and Spring
 * Boot (3.5.7), {@code POST /api/messages} taken as the product's {@code TeamsController} takes it (the raw body,
 * deserialised by the SDK's {@code Serialization}, handed to a {@link BotFrameworkHttpAdapter} with no app id), and
 * an {@link ActivityHandler} that answers each message with its own text. Actuator's readiness probe is on, as it is
 * in the product. Run from the benchmarks module's classpath with {@code --server.port=N}; with
 * {@code --echo.store=DIRECTORY} too, it stores each turn as the assistant does before it answers ({@link EchoStore}).
 */
@SpringBootApplication(exclude = MongoAutoConfiguration.class)
public class EchoBotApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(EchoBotApplication.class);
        application.setDefaultProperties(Map.of(
                "server.address", "127.0.0.1",
                "management.endpoint.health.probes.enabled", "true",
                "spring.jmx.enabled", "false"));
        application.run(args);
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty("echo.store")
    EchoStore echoStore(@Value("${echo.store}") Path directory) throws IOException {
        return new EchoStore(directory);
    }

    /** Echoes each message's text, having stored the turn first when there is a store. */
    static final class EchoBot extends ActivityHandler {
        private final Optional<EchoStore> store;

        EchoBot(Optional<EchoStore> store) {
            this.store = store;
        }

        @Override
        protected CompletableFuture<Void> onMessageActivity(TurnContext turnContext) {
            Activity activity = turnContext.getActivity();
            String answer = "Echo: " + activity.getText();
            store.ifPresent(turns -> turns.turn(new ConversationKey(Platform.TEAMS, activity.getConversation().getId()),
                    new UserRef(Platform.TEAMS, activity.getFrom().getId(), activity.getFrom().getName()),
                    activity.getId(), activity.getText(), answer));
            return turnContext.sendActivity(MessageFactory.text(answer)).thenApply(sent -> null);
        }
    }

    @RestController
    static class EchoController {
        private final BotFrameworkHttpAdapter adapter = new BotFrameworkHttpAdapter(noAppId());
        private final EchoBot bot;

        EchoController(ObjectProvider<EchoStore> store) {
            bot = new EchoBot(Optional.ofNullable(store.getIfAvailable()));
        }

        @PostMapping(path = "/api/messages")
        ResponseEntity<String> messages(@RequestBody(required = false) String body,
                                        @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false)
                                        String authorization) throws IOException {
            if (body == null || body.isBlank()) {
                return ResponseEntity.badRequest().build();
            }
            JsonNode tree = Serialization.jsonToTree(body);
            Activity activity = Serialization.treeToValue(tree, Activity.class);
            if (activity.getRecipient() != null && activity.getRecipient().getRole() == null) {
                activity.getRecipient().setRole(RoleTypes.BOT); // as the product does: the SDK reads it unguarded
            }
            InvokeResponse response = adapter.processIncomingActivity(authorization == null ? "" : authorization,
                    activity, bot).join();
            if (response == null) {
                return ResponseEntity.accepted().build();
            }
            return ResponseEntity.status(response.getStatus()).contentType(MediaType.APPLICATION_JSON)
                    .body(response.getBody() == null ? "" : Serialization.toStringSilent(response.getBody()));
        }

        private static Configuration noAppId() {
            Properties properties = new Properties();
            properties.setProperty("MicrosoftAppId", "");
            properties.setProperty("MicrosoftAppPassword", "");
            return new Configuration() {
                @Override
                public String getProperty(String key) {
                    return properties.getProperty(key);
                }

                @Override
                public Properties getProperties() {
                    return properties;
                }

                @Override
                public String[] getProperties(String key) {
                    String value = properties.getProperty(key);
                    return value == null ? null : value.split(",");
                }
            };
        }
    }
}
