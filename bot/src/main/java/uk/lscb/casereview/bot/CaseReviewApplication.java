package uk.lscb.casereview.bot;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import uk.lscb.casereview.bot.chat.TerminalChat;

/**
 * The Case Review Assistant. {@code java -jar bot.jar} starts the web application; with
 * {@code --chat} it runs the scoping conversation in the terminal instead (no Spring, in-memory);
 * {@code --help} prints the usage and starts nothing.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CaseReviewApplication {

    static final String USAGE = """
            Case Review Assistant: helps decide whether a case meets the threshold for a Serious Case Review.

            Usage:
              java -jar bot.jar [--property=value ...]   the web application (Teams, Slack, or the local page)
              java -jar bot.jar --chat                   the scoping conversation in this terminal (nothing kept)
              java -jar bot.jar --help                   this text

            With no Teams or Slack credentials the web application runs in local mode: bound to 127.0.0.1,
            the local chat page at http://127.0.0.1:8080/, data in ./data. Not for real cases.

            Main environment variables (each also a Spring property, e.g. --casereview.slack.bot-token=...):
              MICROSOFT_APP_ID, MICROSOFT_APP_PASSWORD, MICROSOFT_APP_TENANT_ID   Microsoft Teams (Azure Bot)
              SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET (HTTP) or SLACK_APP_TOKEN (Socket Mode)   Slack
              MONGODB_URI            a real MongoDB (otherwise the embedded store in CASEREVIEW_DATA_DIR)
              CASEREVIEW_ADMIN_TOKEN bearer token for the admin endpoints outside local mode
              SERVER_PORT, SERVER_ADDRESS

            Everything else (boards, Chairs, panel channels, endpoints): README.md in the repository.
            """;

    public static void main(String[] args) {
        List<String> arguments = Arrays.asList(args);
        if (arguments.contains("--help") || arguments.contains("-h")) {
            printUsage(System.out);
            return;
        }
        if (arguments.contains("--chat")) {
            TerminalChat.runFromMain(System.in, System.out);
            return;
        }
        outboundDeadlines(System.getProperties());
        SpringApplication.run(CaseReviewApplication.class, args);
    }

    /**
     * Deadlines for the outbound HTTP calls made through {@code HttpURLConnection} by libraries that set none
     * (the Bot Framework SDK's OpenID metadata and signing keys, MSAL's token endpoint): connect within 5 s,
     * each read within 10 s, unless set on the command line. The Bot Connector and Slack clients set their own.
     */
    static void outboundDeadlines(Properties system) {
        system.putIfAbsent("sun.net.client.defaultConnectTimeout", "5000");
        system.putIfAbsent("sun.net.client.defaultReadTimeout", "10000");
    }

    static void printUsage(PrintStream out) {
        out.print(USAGE);
        out.flush();
    }
}
