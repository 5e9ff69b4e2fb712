package uk.lscb.casereview.core.boards;

import java.util.List;
import java.util.Objects;
import uk.lscb.casereview.core.refs.BoardId;

/**
 * One Local Safeguarding Children Board (or safeguarding partnership): its id, its display name, other names people
 * type for it (e.g. "Staffs"), and the id of the rule pack its new referrals follow. Who its Chairs and
 * administrators are is configuration held elsewhere.
 */
public record Board(BoardId id, String name, List<String> aliases, String rulePack) {
    /** The rule pack a board follows unless configured otherwise: the boards' own framework. */
    public static final String DEFAULT_RULE_PACK = "wt2015";

    public Board {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(rulePack, "rulePack");
        if (name.isBlank()) {
            throw new IllegalArgumentException("board " + id + " needs a name");
        }
        aliases = List.copyOf(aliases);
    }

    public Board(BoardId id, String name, List<String> aliases) {
        this(id, name, aliases, DEFAULT_RULE_PACK);
    }

    public Board(BoardId id, String name) {
        this(id, name, List.of());
    }
}
