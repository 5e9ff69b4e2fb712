package uk.lscb.casereview.core.rules;

/** An action recommended beside any outcome. */
public enum AdditionalAction {
    AUDIT_AND_QUALITY_ASSURANCE("Further audit and quality-assurance activity");

    private final String label;

    AdditionalAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
