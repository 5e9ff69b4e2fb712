package uk.lscb.casereview.core.boards;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.lscb.casereview.core.refs.BoardId;

/**
 * One Local Safeguarding Children Board (or safeguarding partnership): its id, its display name, other names people
 * type for it (e.g. "Staffs"), the id of the rule pack its new referrals follow, and its safeguarding partnership
 * where its cases' decision is the partners' (rule pack {@code wt2023}). Who its Chairs and administrators are is
 * configuration held elsewhere ({@link Roles}, which holds the same partnership to reach its people).
 */
public record Board(BoardId id, String name, List<String> aliases, String rulePack, Optional<Partnership> partnership) {
    /** The rule pack a board follows unless configured otherwise: the boards' own framework. */
    public static final String DEFAULT_RULE_PACK = "wt2015";

    public Board {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(rulePack, "rulePack");
        Objects.requireNonNull(partnership, "partnership");
        if (name.isBlank()) {
            throw new IllegalArgumentException("board " + id + " needs a name");
        }
        aliases = List.copyOf(aliases);
    }

    /** A board with no safeguarding partnership configured. */
    public Board(BoardId id, String name, List<String> aliases, String rulePack) {
        this(id, name, aliases, rulePack, Optional.empty());
    }

    public Board(BoardId id, String name, List<String> aliases) {
        this(id, name, aliases, DEFAULT_RULE_PACK);
    }

    public Board(BoardId id, String name) {
        this(id, name, List.of());
    }
}
