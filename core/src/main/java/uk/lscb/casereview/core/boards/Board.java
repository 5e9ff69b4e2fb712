package uk.lscb.casereview.core.boards;

import java.util.List;
import java.util.Objects;
import uk.lscb.casereview.core.refs.BoardId;

/**
 * One Local Safeguarding Children Board: its id, its display name, and other names people type
 * for it (e.g. "Staffs"). Who its Chairs and administrators are is configuration held elsewhere.
 */
public record Board(BoardId id, String name, List<String> aliases) {
    public Board {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("board " + id + " needs a name");
        }
        aliases = List.copyOf(aliases);
    }

    public Board(BoardId id, String name) {
        this(id, name, List.of());
    }
}
