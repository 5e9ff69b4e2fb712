package uk.lscb.casereview.core.rules;

/** What kind of answer a question takes; the conversation reads and validates each kind its own way. */
public enum AnswerType {
    /** One of the configured boards. */
    BOARD,
    /** A case reference: never a name or a date of birth. */
    CASE_REFERENCE,
    /** A calendar date that is not in the future. */
    PAST_DATE,
    /** Yes, no or not sure. */
    YES_NO_UNSURE
}
