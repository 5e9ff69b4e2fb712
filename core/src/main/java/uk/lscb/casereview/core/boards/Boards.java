package uk.lscb.casereview.core.boards;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.rules.TypedText;

/** The boards of this deployment, in display order, and how typed text is matched to one. */
public final class Boards {
    private final Map<BoardId, Board> byId = new LinkedHashMap<>();

    public Boards(List<Board> boards) {
        if (boards.isEmpty()) {
            throw new IllegalArgumentException("at least one board must be configured");
        }
        for (Board board : boards) {
            if (byId.putIfAbsent(board.id(), board) != null) {
                throw new IllegalArgumentException("board " + board.id() + " is configured twice");
            }
        }
    }

    /** The two boards of the Staffordshire and Stoke-on-Trent framework, as shipped by default. */
    public static Boards staffordshireAndStoke() {
        return new Boards(List.of(
                new Board(new BoardId("staffordshire"), "Staffordshire", List.of("Staffs", "SSCB")),
                new Board(new BoardId("stoke-on-trent"), "Stoke-on-Trent", List.of("Stoke", "SOT", "SOTSCB"))));
    }

    /** The words of every board's name and aliases ("Stoke", "Trent", "SOTSCB"), which case references may use. */
    public Set<String> words() {
        Set<String> words = new LinkedHashSet<>();
        for (Board board : byId.values()) {
            List<String> names = new ArrayList<>(board.aliases());
            names.add(board.name());
            names.forEach(name -> words.addAll(List.of(name.split("[^\\p{L}]+"))));
        }
        words.remove("");
        return Set.copyOf(words);
    }

    public List<Board> all() {
        return List.copyOf(byId.values());
    }

    public Optional<Board> get(BoardId id) {
        return Optional.ofNullable(byId.get(id));
    }


    /**
     * Finds the board someone typed: its id, name or an alias, ignoring case, spaces and
     * punctuation, or an unambiguous start of its name (at least three letters).
     */
    public Optional<Board> match(String typed) {
        String key = key(typed);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        for (Board board : byId.values()) {
            if (names(board).contains(key)) {
                return Optional.of(board);
            }
        }
        if (key.length() < 3) {
            return Optional.empty();
        }
        List<Board> prefixed = new ArrayList<>();
        for (Board board : byId.values()) {
            if (key(board.name()).startsWith(key)) {
                prefixed.add(board);
            }
        }
        return prefixed.size() == 1 ? Optional.of(prefixed.get(0)) : Optional.empty();
    }

    private static List<String> names(Board board) {
        List<String> names = new ArrayList<>();
        names.add(key(board.id().value()));
        names.add(key(board.name()));
        board.aliases().forEach(alias -> names.add(key(alias)));
        return names;
    }

    private static String key(String text) {
        return TypedText.normalise(text).replaceAll("[^a-z0-9]", "");
    }
}
