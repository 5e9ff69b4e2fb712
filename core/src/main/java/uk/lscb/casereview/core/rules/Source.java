package uk.lscb.casereview.core.rules;

/** Where a quoted passage comes from. */
public enum Source {
    /** The Staffordshire and Stoke-on-Trent LSCBs' Learning and Improvement Framework (the seed). */
    LOCAL_FRAMEWORK("Staffordshire and Stoke-on-Trent LSCBs' Learning and Improvement Framework"),
    /** HM Government, Working Together to Safeguard Children 2015, chapter 4. */
    WORKING_TOGETHER_2015_CHAPTER_4("Working Together to Safeguard Children 2015, chapter 4"),
    /** HM Government, Working Together to Safeguard Children 2023, chapter 5. */
    WORKING_TOGETHER_2023_CHAPTER_5("Working Together to Safeguard Children 2023, chapter 5"),
    /** The Children Act 2004, as amended by the Children and Social Work Act 2017. */
    CHILDREN_ACT_2004("Children Act 2004 (as amended by the Children and Social Work Act 2017)"),
    /** SI 2018/789. */
    REGULATIONS_2018("The Child Safeguarding Practice Review and Relevant Agency (England) Regulations 2018"),
    /** The Child Safeguarding Practice Review Panel's practice guidance and its published answers. */
    PANEL_GUIDANCE("Child Safeguarding Practice Review Panel, guidance for safeguarding partners");

    private final String title;

    Source(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
