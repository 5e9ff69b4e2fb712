package uk.lscb.casereview.bot;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import uk.lscb.casereview.bot.chat.TerminalChat;

/**
 * The Case Review Assistant. {@code java -jar bot.jar} starts the web application; with
 * {@code --chat} it runs the scoping conversation in the terminal instead (no Spring, in-memory).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CaseReviewApplication {

    public static void main(String[] args) {
        if (Arrays.asList(args).contains("--chat")) {
            TerminalChat.runFromMain(System.in, System.out);
            return;
        }
        SpringApplication.run(CaseReviewApplication.class, args);
    }
}
