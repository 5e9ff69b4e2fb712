package uk.lscb.casereview.core.rules.wt2023;

import uk.lscb.casereview.core.rules.QuestionId;

/** The stable question ids of rule pack {@code wt2023}. */
public final class Wt2023Ids {
    public static final QuestionId BOARD = QuestionId.of("board");
    public static final QuestionId CASE_REFERENCE = QuestionId.of("case_reference");
    public static final QuestionId AWARE_ON = QuestionId.of("aware_on");
    public static final QuestionId ABUSE_OR_NEGLECT = QuestionId.of("abuse_or_neglect");
    public static final QuestionId CHILD_DIED = QuestionId.of("child_died");
    public static final QuestionId SERIOUSLY_HARMED = QuestionId.of("seriously_harmed");
    public static final QuestionId LOOKED_AFTER = QuestionId.of("looked_after");
    public static final QuestionId IN_AREA = QuestionId.of("in_area");
    public static final QuestionId RESIDENT_HARMED_OUTSIDE_ENGLAND = QuestionId.of("resident_harmed_outside_england");
    public static final QuestionId IMPROVEMENTS_NEEDED = QuestionId.of("improvements_needed");
    public static final QuestionId RECURRENT_THEMES = QuestionId.of("recurrent_themes");
    public static final QuestionId AGENCIES_WORKING_TOGETHER = QuestionId.of("agencies_working_together");
    public static final QuestionId PANEL_ADVISED_LOCAL_REVIEW = QuestionId.of("panel_advised_local_review");

    private Wt2023Ids() {
    }
}
