package uk.lscb.casereview.core.rules;

/** An action recommended beside any outcome. */
public enum AdditionalAction {
    AUDIT_AND_QUALITY_ASSURANCE("Further audit and quality-assurance activity"),
    /** Rule pack {@code wt2023}: the local authority notifies the Child Safeguarding Practice Review Panel. */
    NOTIFY_THE_PANEL("Serious incident notification to the Child Safeguarding Practice Review Panel"),
    /** Rule pack {@code wt2023}: the safeguarding partners' rapid review, copied to the Panel. */
    RAPID_REVIEW("Rapid review by the safeguarding partners, sent to the Panel"),
    /** Rule pack {@code wt2023}: a looked-after child has died, whether or not abuse or neglect is suspected. */
    NOTIFY_SECRETARY_OF_STATE_AND_OFSTED("Notification to the Secretary of State and Ofsted of a looked-after "
            + "child's death");

    private final String label;

    AdditionalAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
