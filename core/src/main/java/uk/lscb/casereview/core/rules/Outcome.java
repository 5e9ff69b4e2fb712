package uk.lscb.casereview.core.rules;

/** The recommended outcome of a scoping: stable codes, with the plain label people read. */
public enum Outcome {
    SERIOUS_CASE_REVIEW("Serious Case Review", Packs.WT2015),
    POSSIBLE_SERIOUS_CASE_REVIEW("Possible Serious Case Review: the Chair must decide", Packs.WT2015),
    COMMISSIONED_MULTI_AGENCY_LEARNING_REVIEW("Commissioned multi-agency learning review", Packs.WT2015),
    INTERNAL_MULTI_AGENCY_LEARNING_REVIEW("Internal LSCB multi-agency learning review", Packs.WT2015),
    SINGLE_AGENCY_LEARNING_REVIEW("Single agency learning review", Packs.WT2015),
    NO_FURTHER_ACTION("No learning review is indicated by the criteria", Packs.WT2015),
    /** Rule pack {@code wt2023}: the case may meet the local review criteria; the safeguarding partners decide. */
    LOCAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW("Local child safeguarding practice review: the safeguarding partners "
            + "decide", Packs.WT2023),
    /** Rule pack {@code wt2023}: none of the local review criteria is met by the answers. */
    NO_LOCAL_REVIEW("No local child safeguarding practice review is indicated by the criteria", Packs.WT2023);

    private static final class Packs {
        private static final String WT2015 = "wt2015";
        private static final String WT2023 = "wt2023";
    }

    private final String label;
    private final String rulePack;

    Outcome(String label, String rulePack) {
        this.label = label;
        this.rulePack = rulePack;
    }

    /** Whether rule pack {@code packId} recommends and decides this outcome (each pack has its own). */
    public boolean belongsTo(String packId) {
        return rulePack.equals(packId);
    }

    public String label() {
        return label;
    }

    /** Who decides on this outcome: the Chair under {@code wt2015}, the safeguarding partners under {@code wt2023}. */
    public DecisionMaker decidedBy() {
        return rulePack.equals(Packs.WT2023) ? DecisionMaker.SAFEGUARDING_PARTNERS : DecisionMaker.CHAIR;
    }

    /** The outcomes a Chair can decide on: every outcome but the "possible" one. */
    public boolean decidable() {
        return this != POSSIBLE_SERIOUS_CASE_REVIEW;
    }
}
