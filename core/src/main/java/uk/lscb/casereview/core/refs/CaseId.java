package uk.lscb.casereview.core.refs;

import java.util.Objects;
import java.util.Optional;

/** A case's id: its board and its reference's key, e.g. {@code staffordshire/SCR-2026-014}. */
public record CaseId(String value) {
    public CaseId {
        Objects.requireNonNull(value, "value");
    }

    public static CaseId of(BoardId board, CaseReference reference) {
        return new CaseId(board.value() + "/" + reference.key());
    }

    /**
     * The case as a person is shown it when its record is not at hand (a button or an address naming a case that is
     * not there): its reference, as looked up ({@link CaseReference#key()}: {@code SCR-2026-014}), never the board's
     * id before it; empty when there is no such part or it is not a case reference (a forged payload), which is not
     * repeated back.
     */
    public Optional<String> shownReference() {
        int slash = value.indexOf('/');
        String reference = value.substring(slash + 1);
        return slash > 0 && CaseReference.isWellFormed(reference) ? Optional.of(reference) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
