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
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The bare Bot Framework echo bot the load benchmark compares the assistant with: the same SDK (4.14.3) and Spring
 * Boot (3.5.7), {@code POST /api/messages} taken as the product's {@code TeamsController} takes it (the raw body,
 * deserialised by the SDK's {@code Serialization}, handed to a {@link BotFrameworkHttpAdapter} with no app id), and
 * an {@link ActivityHandler} that answers each message with its own text. Actuator's readiness probe is on, as it is
 * in the product. Run from the benchmarks module's classpath with {@code --server.port=N}.
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

    /** Echoes each message's text. */
    static final class EchoBot extends ActivityHandler {
        @Override
        protected CompletableFuture<Void> onMessageActivity(TurnContext turnContext) {
            return turnContext.sendActivity(MessageFactory.text("Echo: " + turnContext.getActivity().getText()))
                    .thenApply(sent -> null);
        }
    }

    @RestController
    static class EchoController {
        private final BotFrameworkHttpAdapter adapter = new BotFrameworkHttpAdapter(noAppId());
        private final EchoBot bot = new EchoBot();

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
