package uk.lscb.casereview.bot.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Says loudly, once the application is ready, that local mode is not for real cases. */
@Component
class LocalModeWarning {
    private static final Logger LOG = LoggerFactory.getLogger(LocalModeWarning.class);

    private final Deployment deployment;
    private final Environment environment;

    LocalModeWarning(Deployment deployment, Environment environment) {
        this.deployment = deployment;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warn() {
        if (!deployment.localMode()) {
            LOG.info("Case Review Assistant started (Teams/Slack credentials set: local mode is off)");
            return;
        }
        String address = environment.getProperty("server.address", "127.0.0.1");
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        LOG.warn(box(java.util.List.of(
                "LOCAL MODE: NOT FOR REAL CASES.",
                "No Teams or Slack credentials are set, so whoever uses the local page",
                "chooses who they are. Never enter a child's name or date of birth.",
                "Local chat page: http://" + address + ":" + port + "/")));
    }

    static String box(java.util.List<String> lines) {
        int width = lines.stream().mapToInt(String::length).max().orElse(0) + 4;
        StringBuilder out = new StringBuilder("\n").append("*".repeat(width + 2)).append('\n');
        for (String line : lines) {
            out.append("*  ").append(line).append(" ".repeat(width - 2 - line.length())).append("*\n");
        }
        return out.append("*".repeat(width + 2)).toString();
    }
}
