package uk.lscb.casereview.core.platforms;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Where a person, a conversation or a delivery is. Each has one name, the one stored and sent ({@link #id()}):
 * written only at the edges (stored documents, JSON, configuration) and read back there by {@link #parse}.
 */
public enum Platform {
    /** Microsoft Teams. */
    TEAMS("teams"),
    /** Slack. */
    SLACK("slack"),
    /** The local chat page. */
    LOCAL("local"),
    /** The terminal chat. */
    TERMINAL("terminal"),
    /** Someone calling the HTTP API with the admin token. */
    HTTP("http"),
    /** The assistant itself, as the author of its replies. */
    BOT("bot"),
    /** Every platform given to the inline deliveries counted as one (the terminal chat, tests); never stored. */
    ALL("all");

    private final String id;

    Platform(String id) {
        this.id = id;
    }

    /** The name stored and sent: {@code teams}, {@code slack}, {@code local} … */
    public String id() {
        return id;
    }

    /**
     * The platform of this name. @throws IllegalArgumentException naming the text and the names known, when it is
     * none of them
     */
    public static Platform parse(String text) {
        for (Platform platform : values()) {
            if (platform.id.equals(text)) {
                return platform;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a platform: use one of "
                + Arrays.stream(values()).map(Platform::id).collect(Collectors.joining(", ")));
    }

    /** The stored name, so that a platform reads the same in a message as where it is stored. */
    @Override
    public String toString() {
        return id;
    }
}
