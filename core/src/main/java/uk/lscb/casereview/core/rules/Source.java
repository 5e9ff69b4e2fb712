package uk.lscb.casereview.core.rules;

/** Where a quoted passage comes from. */
public enum Source {
    /** The Staffordshire and Stoke-on-Trent LSCBs' Learning and Improvement Framework (the seed). */
    LOCAL_FRAMEWORK("Staffordshire and Stoke-on-Trent LSCBs' Learning and Improvement Framework"),
    /** HM Government, Working Together to Safeguard Children 2015, chapter 4. */
    WORKING_TOGETHER_2015_CHAPTER_4("Working Together to Safeguard Children 2015, chapter 4");

    private final String title;

    Source(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
