package uk.lscb.casereview.core.rules;

/** A rule pack's outcome formula: complete, effective answers in, recommendation out. Pure. */
@FunctionalInterface
public interface Decision {
    /**
     * @param answers the answers to exactly the questions the flow asks (no others), all present
     */
    Recommendation decide(Answers answers);
}
