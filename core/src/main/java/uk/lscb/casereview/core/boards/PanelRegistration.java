package uk.lscb.casereview.core.boards;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.store.StoreUnavailableException;

/**
 * The command that makes a channel a board's panel channel, the same on every platform: "register panel
 * channel for &lt;board&gt;" (or "register the panel channel for &lt;board&gt;"), typed in that channel by an
 * administrator of the board. It reads the words, checks who may and where, and words the reply; the
 * platform stores the channel when the result is {@link Result.Registered}, through {@link #reply}.
 */
public final class PanelRegistration {
    private static final System.Logger LOG = System.getLogger(PanelRegistration.class.getName());
    private static final Pattern REQUEST = Pattern.compile(
            "register\\s+(?:the\\s+)?panel\\s+channel(?:\\s+for\\s+(.+?))?[.!]?", Pattern.CASE_INSENSITIVE);

    private final Boards boards;
    private final Roles roles;

    public PanelRegistration(Boards boards, Roles roles) {
        this.boards = Objects.requireNonNull(boards, "boards");
        this.roles = Objects.requireNonNull(roles, "roles");
    }

    /** Where the command was typed: a channel (which can become a panel channel) or a direct message. */
    public enum Place { CHANNEL, DIRECT_MESSAGE }

    /** What the command does: registers the channel for a board, or refuses; {@link #reply} says which. */
    public sealed interface Result {
        String reply();

        /** The channel is to be stored as the board's panel channel; the reply is said once it is. */
        record Registered(Board board, String reply) implements Result {
        }

        /** Nothing changes. */
        record Refused(String reply) implements Result {
        }
    }

    /** Whether the text is this command (with or without its board). */
    public static boolean isRequest(String text) {
        return REQUEST.matcher(Objects.requireNonNull(text, "text").strip()).matches();
    }

    /** How to use the command: for a command that starts with "register" but is not this one. */
    public String usage() {
        List<String> names = boards.all().stream().map(Board::name).toList();
        String others = names.size() > 1 ? " (or " + String.join(" or ", names.subList(1, names.size())) + ")" : "";
        return "To make this channel a board's panel channel, type: register panel channel for "
                + names.get(0) + others + ".";
    }

    /** The command typed by {@code who} at {@code place}; empty when the text is not this command. */
    public Optional<Result> handle(String text, UserRef who, Place place) {
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(place, "place");
        Matcher matcher = REQUEST.matcher(Objects.requireNonNull(text, "text").strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        if (matcher.group(1) == null) {
            return Optional.of(new Result.Refused(usage()));
        }
        Optional<Board> board = boards.match(matcher.group(1));
        if (board.isEmpty()) {
            return Optional.of(new Result.Refused("I don't know that board. Please say \"register panel channel for\" "
                    + "and one of: " + String.join(", ", boards.all().stream().map(Board::name).toList()) + "."));
        }
        if (!roles.isAdministrator(board.get().id(), who)) {
            LOG.log(System.Logger.Level.INFO, "refused panel registration for {0} by {1}:{2}", board.get().id(),
                    who.platform(), who.id());
            return Optional.of(new Result.Refused("Sorry, only an administrator of " + board.get().name()
                    + " can register its panel channel. Nothing has changed."));
        }
        if (place == Place.DIRECT_MESSAGE) {
            return Optional.of(new Result.Refused("Please do this in the channel you want as the panel channel, "
                    + "not in a direct message. Nothing has changed."));
        }
        return Optional.of(new Result.Registered(board.get(), "This channel is now the " + board.get().name()
                + " panel channel. Decisions and deadline reminders for " + board.get().name()
                + " will be posted here."));
    }

    /**
     * What to say to {@code who} about a result, once a registered channel is stored with {@code store} (given the
     * board): the result's reply, or, when the store can't be reached, that nothing was saved.
     */
    public String reply(Result result, UserRef who, Consumer<Board> store) {
        if (result instanceof Result.Registered registered) {
            try {
                store.accept(registered.board());
            } catch (StoreUnavailableException down) {
                LOG.log(System.Logger.Level.WARNING, "panel channel for {0} not registered: {1}",
                        registered.board().id(), down.getMessage());
                return StoreUnavailableException.NOTHING_SAVED;
            }
            LOG.log(System.Logger.Level.INFO, "panel channel for {0} registered by {1}:{2}", registered.board().id(),
                    who.platform().id(), who.id());
        }
        return result.reply();
    }
}
