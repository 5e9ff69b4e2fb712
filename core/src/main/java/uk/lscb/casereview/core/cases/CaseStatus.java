package uk.lscb.casereview.core.cases;

import java.util.EnumSet;
import java.util.Set;

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

    /** The statuses of a case still under way (every one but closed and withdrawn). */
    public static final Set<CaseStatus> OPEN = EnumSet.complementOf(EnumSet.of(CLOSED, WITHDRAWN));
    /** The statuses of a case waiting for its Chair (see {@link CaseRecord#awaitsTheChair}). */
    public static final Set<CaseStatus> BEFORE_THE_CHAIR = EnumSet.of(AWAITING_DECISION, MORE_INFORMATION_REQUESTED);

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}
