package uk.lscb.casereview.core.rules;

/**
 * Who makes the decision a rule pack's recommendation advises on, with the advice line every recommendation of it
 * ends with: the LSCB Independent Chair under the boards' framework ({@code wt2015}); the three safeguarding
 * partners together under Working Together 2023 (Children Act 2004 s16F; {@code wt2023}).
 */
public enum DecisionMaker {
    CHAIR("This is advice: the LSCB Independent Chair always makes the final decision.", "the Chair",
            "the Chair's", "Independent Chair", "The board's Independent Chair makes the final decision."),
    SAFEGUARDING_PARTNERS("This is advice: the safeguarding partners make the decision together.",
            "the safeguarding partners", "the safeguarding partners'", "safeguarding partners",
            "The board's safeguarding partners make the decision together.");

    private final String advice;
    private final String who;
    private final String whose;
    private final String title;
    private final String finalSay;

    DecisionMaker(String advice, String who, String whose, String title, String finalSay) {
        this.advice = advice;
        this.who = who;
        this.whose = whose;
        this.title = title;
        this.finalSay = finalSay;
    }

    /** Who decides, as a practitioner reads it mid-sentence: "the Chair" or "the safeguarding partners". */
    public String who() {
        return who;
    }

    /** {@link #who()} as a possessive: "the Chair's" or "the safeguarding partners'". */
    public String whose() {
        return whose;
    }

    /** Who decides for one board, named after it: "the Staffordshire Independent Chair". */
    public String of(String boardName) {
        return "the " + boardName + " " + title;
    }

    /** The sentence that tells a practitioner, before they begin, who makes the decision. */
    public String finalSay() {
        return finalSay;
    }

    /** The one advice line under a recommendation this maker decides on. */
    public String advice() {
        return advice;
    }
}
