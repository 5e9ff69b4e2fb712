package uk.lscb.casereview.core.deadlines;

/** The event whose date starts a deadline's clock. */
public enum ClockStart {
    NOTIFIED("the LSCB is notified of the incident"),
    CHAIR_DECIDED("the Chair decides whether to initiate a serious case review"),
    SCR_COMMENCEMENT_AGREED("the Chair agrees to commence the serious case review"),
    PUBLICATION_PLANNED("the planned publication date of the final report"),
    PUBLISHED("the final report is published"),
    /** An agency's information request: its clock is the due date set when asking (a length of nothing). */
    AGENCY_DUE_DATE_SET("the due date set when the board asks an agency for information"),
    /** A rule pack's declared deadlines: the day the local authority became aware of the incident (day 0). */
    AWARE("the local authority becomes aware of the incident"),
    /** Rule pack {@code wt2023}: the date recorded for the safeguarding partners' decision to hold a local review. */
    LOCAL_REVIEW_INITIATED("the safeguarding partners decide to hold a local child safeguarding practice review");

    private final String label;

    ClockStart(String label) {
        this.label = label;
    }

    /** Plain English, to follow "the clock starts when …". */
    public String label() {
        return label;
    }
}
