package uk.lscb.casereview.core.rules;

/**
 * Who makes the decision a rule pack's recommendation advises on, with the advice line every recommendation of it
 * ends with: the LSCB Independent Chair under the boards' framework ({@code wt2015}); the three safeguarding
 * partners together under Working Together 2023 (Children Act 2004 s16F; {@code wt2023}).
 */
public enum DecisionMaker {
    CHAIR("This is advice: the LSCB Independent Chair always makes the final decision."),
    SAFEGUARDING_PARTNERS("This is advice: the safeguarding partners make the decision together.");

    private final String advice;

    DecisionMaker(String advice) {
        this.advice = advice;
    }

    /** The one advice line under a recommendation this maker decides on. */
    public String advice() {
        return advice;
    }
}
