package uk.lscb.casereview.core.cases;

/** Where a case is in its life after the recommendation. */
public enum CaseStatus {
    AWAITING_DECISION("Awaiting the Chair's decision"),
    MORE_INFORMATION_REQUESTED("More information requested by the Chair"),
    DECIDED("Decided"),
    NATIONAL_PANEL_NOTIFIED("National panel notified"),
    REVIEW_IN_PROGRESS("Review in progress"),
    FINAL_REPORT("Final report agreed"),
    PUBLISHED("Published"),
    ACTIONS("Learning and actions being followed up"),
    CLOSED("Closed"),
    WITHDRAWN("Withdrawn");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isOpen() {
        return this != CLOSED && this != WITHDRAWN;
    }
}
