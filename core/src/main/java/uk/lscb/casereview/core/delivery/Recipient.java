package uk.lscb.casereview.core.delivery;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.lscb.casereview.core.boards.Roles;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.BoardId;

/**
 * Who a card or notice is for, whatever the platform: people, found on each platform through {@link Roles}, and the
 * panel channel that stands in for those of them a platform cannot reach in a 1:1 chat. A new kind of recipient (the
 * business manager of a board, a named contact) is one more record here.
 */
public sealed interface Recipient {

    /** The people it is for on this platform, in a stable order. */
    List<UserRef> people(Roles roles, Platform platform);

    /**
     * The board whose panel channel takes it for those people the platform cannot reach, and when there are none of
     * them on the platform; empty when it goes to the people's chats or nowhere.
     */
    Optional<BoardId> fallback();

    /** The Chair(s) of a board: their chats, else the board's panel channel with them mentioned. */
    record ChairOf(BoardId board) implements Recipient {
        public ChairOf {
            Objects.requireNonNull(board, "board");
        }

        @Override
        public List<UserRef> people(Roles roles, Platform platform) {
            return roles.chairIds(board, platform).stream().sorted().map(id -> new UserRef(platform, id, null))
                    .toList();
        }

        @Override
        public Optional<BoardId> fallback() {
            return Optional.of(board);
        }
    }

    /**
     * The lead representatives of a board's three safeguarding partners (a case they decide): their chats, else the
     * board's panel channel with them mentioned, as for the Chair.
     */
    record PartnersOf(BoardId board) implements Recipient {
        public PartnersOf {
            Objects.requireNonNull(board, "board");
        }

        @Override
        public List<UserRef> people(Roles roles, Platform platform) {
            return roles.partnership(board).map(partnership -> partnership.leadIds(platform)).orElse(List.of())
                    .stream().map(id -> new UserRef(platform, id, null)).toList();
        }

        @Override
        public Optional<BoardId> fallback() {
            return Optional.of(board);
        }
    }

    /**
     * A board's partnership's independent scrutineer(s), in their own chats where the platform can reach them; never
     * the panel channel (they scrutinise the partnership, they are not one of its panel).
     */
    record ScrutineerOf(BoardId board) implements Recipient {
        public ScrutineerOf {
            Objects.requireNonNull(board, "board");
        }

        @Override
        public List<UserRef> people(Roles roles, Platform platform) {
            return roles.partnership(board).map(partnership -> partnership.scrutineerIds(platform)).orElse(List.of())
                    .stream().map(id -> new UserRef(platform, id, null)).toList();
        }

        @Override
        public Optional<BoardId> fallback() {
            return Optional.empty();
        }
    }

    /** A board's panel channel. */
    record PanelOf(BoardId board) implements Recipient {
        public PanelOf {
            Objects.requireNonNull(board, "board");
        }

        @Override
        public List<UserRef> people(Roles roles, Platform platform) {
            return List.of();
        }

        @Override
        public Optional<BoardId> fallback() {
            return Optional.of(board);
        }
    }

    /** One person (the referrer), in their 1:1 chat on their own platform only; nowhere else. */
    record Person(UserRef person) implements Recipient {
        public Person {
            Objects.requireNonNull(person, "person");
        }

        @Override
        public List<UserRef> people(Roles roles, Platform platform) {
            return person.platform().equals(platform) ? List.of(person) : List.of();
        }

        @Override
        public Optional<BoardId> fallback() {
            return Optional.empty();
        }
    }
}
