package uk.lscb.casereview.core.delivery;

import java.util.List;
import java.util.Objects;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.refs.BoardId;

/** Where one platform posts a card or notice, as the {@link DeliveryPolicy} chose it. */
public sealed interface Destination {

    /** The same for every post to the same place on a platform: what a posted copy and its marker are kept by. */
    String key();

    /** A person's 1:1 chat with the bot. */
    record Chat(UserRef person) implements Destination {
        public Chat {
            Objects.requireNonNull(person, "person");
        }

        @Override
        public String key() {
            return "chat:" + person.id();
        }
    }

    /**
     * A board's panel channel, with these people mentioned (those the platform could not reach in a 1:1 chat); no one
     * mentioned when it is for the panel itself or the board has no such person on the platform.
     */
    record Panel(BoardId board, List<UserRef> mentioned) implements Destination {
        public Panel {
            Objects.requireNonNull(board, "board");
            mentioned = List.copyOf(mentioned);
        }

        @Override
        public String key() {
            return "panel:" + board.value();
        }
    }
}
