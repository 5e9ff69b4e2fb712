package uk.lscb.casereview.core.refs;

import java.util.Objects;

/** A case's id: its board and its reference's key, e.g. {@code staffordshire/SCR-2026-014}. */
public record CaseId(String value) {
    public CaseId {
        Objects.requireNonNull(value, "value");
    }

    public static CaseId of(BoardId board, CaseReference reference) {
        return new CaseId(board.value() + "/" + reference.key());
    }

    @Override
    public String toString() {
        return value;
    }
}
