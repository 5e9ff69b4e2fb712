package uk.lscb.casereview.core.rules.wt2015;

import uk.lscb.casereview.core.rules.QuestionId;

/** The stable question ids of rule pack {@code wt2015}. */
public final class Wt2015Ids {
    public static final QuestionId BOARD = QuestionId.of("board");
    public static final QuestionId CASE_REFERENCE = QuestionId.of("case_reference");
    public static final QuestionId NOTIFIED_ON = QuestionId.of("notified_on");
    public static final QuestionId ABUSE_OR_NEGLECT = QuestionId.of("abuse_or_neglect");
    public static final QuestionId CHILD_DIED = QuestionId.of("child_died");
    public static final QuestionId DIED_IN_CUSTODY = QuestionId.of("died_in_custody");
    public static final QuestionId SUSPECTED_SUICIDE = QuestionId.of("suspected_suicide");
    public static final QuestionId SERIOUSLY_HARMED = QuestionId.of("seriously_harmed");
    public static final QuestionId CONCERN_WORKING_TOGETHER = QuestionId.of("concern_working_together");
    public static final QuestionId MULTI_AGENCY_NEGATIVE_IMPACT = QuestionId.of("multi_agency_negative_impact");
    public static final QuestionId SINGLE_AGENCY_IMPROVEMENTS = QuestionId.of("single_agency_improvements");
    public static final QuestionId SEVERAL_AGENCIES_NEED_ACTION = QuestionId.of("several_agencies_need_action");
    public static final QuestionId SINGLE_ORGANISATION_IMPROVEMENTS = QuestionId.of("single_organisation_improvements");
    public static final QuestionId FURTHER_AUDIT_NEEDED = QuestionId.of("further_audit_needed");

    private Wt2015Ids() {
    }
}
