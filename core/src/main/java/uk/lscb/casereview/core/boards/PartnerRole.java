package uk.lscb.casereview.core.boards;

import java.util.Optional;

/**
 * The three safeguarding partners of an area (Children Act 2004 s16E; Working Together 2023 ch. 2): each has a lead
 * representative who confirms the decision on a local child safeguarding practice review. In the order every card
 * lists them.
 */
public enum PartnerRole {
    LOCAL_AUTHORITY("local-authority", "Local authority"),
    INTEGRATED_CARE_BOARD("integrated-care-board", "Integrated care board (health)"),
    POLICE("police", "Police (chief officer of police)");

    private final String key;
    private final String label;

    PartnerRole(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** Its name in configuration and on the wire ({@code casereview.boards[].partners.local-authority}). */
    public String key() {
        return key;
    }

    /** Its name as people read it on a card. */
    public String label() {
        return label;
    }

    public static Optional<PartnerRole> byKey(String key) {
        for (PartnerRole role : values()) {
            if (role.key.equals(key)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
