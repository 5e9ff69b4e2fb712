package uk.lscb.casereview.core.rules;

/** The recommended outcome of a scoping: stable codes, with the plain label people read. */
public enum Outcome {
    SERIOUS_CASE_REVIEW("Serious Case Review"),
    POSSIBLE_SERIOUS_CASE_REVIEW("Possible Serious Case Review: the Chair must decide"),
    COMMISSIONED_MULTI_AGENCY_LEARNING_REVIEW("Commissioned multi-agency learning review"),
    INTERNAL_MULTI_AGENCY_LEARNING_REVIEW("Internal LSCB multi-agency learning review"),
    SINGLE_AGENCY_LEARNING_REVIEW("Single agency learning review"),
    NO_FURTHER_ACTION("No learning review is indicated by the criteria");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The outcomes a Chair can decide on: every outcome but the "possible" one. */
    public boolean decidable() {
        return this != POSSIBLE_SERIOUS_CASE_REVIEW;
    }
}
