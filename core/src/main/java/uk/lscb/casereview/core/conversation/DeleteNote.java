package uk.lscb.casereview.core.conversation;

import uk.lscb.casereview.core.platforms.Platform;

/**
 * Said right after a typed message was refused for what looks like personal details: the assistant did not keep
 * it, but the chat may still show it. Each platform's wording says what is true there: how to delete it where the
 * chat keeps it (Teams, Slack), and that nothing keeps it where nothing does (the local page, the terminal).
 */
public final class DeleteNote {
    static final String TEAMS = "Please also delete the message you sent, so that it does not stay in this chat: "
            + "point at it (on a phone, press and hold it), choose More options \u2026 and then Delete.";
    static final String SLACK = "Please also delete the message you sent, so that it does not stay in this "
            + "conversation: point at it (on a phone, press and hold it), choose More actions \u22EE and then "
            + "Delete message.";
    static final String LOCAL = "Nothing keeps it: it is shown only on this page until you reload it or switch "
            + "identity, and then it is gone.";
    static final String TERMINAL = "Nothing keeps it: it is only on your terminal's screen. Clear the screen if "
            + "others can see it.";
    static final String ANY = "If your chat app keeps a copy of the message you sent, please delete it.";

    private DeleteNote() {
    }

    /** The note for a conversation on {@code channel} (a {@link uk.lscb.casereview.core.refs.ConversationKey}'s). */
    public static String forChannel(Platform channel) {
        return switch (channel) {
            case TEAMS -> TEAMS;
            case SLACK -> SLACK;
            case LOCAL -> LOCAL;
            case TERMINAL -> TERMINAL;
            case HTTP, BOT, ALL -> ANY;
        };
    }
}
