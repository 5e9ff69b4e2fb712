package uk.lscb.casereview.core.conversation;

import java.util.Objects;

/** What a person did in the conversation: typed something, or pressed a button. */
public sealed interface Inbound {

    /** Typed text, with any platform mention of the bot already removed. */
    record TextMessage(String text) implements Inbound {
        public TextMessage {
            text = text == null ? "" : text;
        }
    }

    /** A button pressed on one of the bot's messages: its payload, as the bot made it. */
    record ButtonPressed(String payload) implements Inbound {
        public ButtonPressed {
            Objects.requireNonNull(payload, "payload");
        }
    }
}
