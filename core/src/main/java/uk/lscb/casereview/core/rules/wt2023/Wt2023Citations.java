package uk.lscb.casereview.core.rules.wt2023;

import uk.lscb.casereview.core.rules.Citation;
import uk.lscb.casereview.core.rules.Source;

/**
 * The passages rule pack {@code wt2023} quotes, each with where it is. The statute and the regulations are
 * quoted word for word from legislation.gov.uk; the guidance is quoted as published guidance and the pages
 * quoting it give it. Where a paragraph number could not be checked against the guidance itself, the section
 * says so ({@link #UNVERIFIED}); {@code docs/rule-packs/wt2023.md} lists every passage with its
 * source and what could not be verified.
 */
final class Wt2023Citations {
    /** Said of every chapter 5 passage that could not be read in the guidance itself. */
    static final String UNVERIFIED = "the guidance's own words and paragraph number not verified";

    static final String NOTIFICATION_SECTION = "notifications to the Panel (as the Department for Education's serious "
            + "incident notifications methodology states the guidance; " + UNVERIFIED + ")";
    static final String SERIOUS_CASES_SECTION = "serious child safeguarding cases (as safeguarding partnerships' "
            + "procedures quote the guidance; " + UNVERIFIED + ")";
    static final String RAPID_REVIEW_SECTION = "rapid reviews (in plain words; " + UNVERIFIED + ")";

    static final Citation DUTY_TO_NOTIFY = Citation.statutory(Source.CHILDREN_ACT_2004, "section 16C(1)",
            "Where a local authority in England knows or suspects that a child has been abused or neglected, the "
                    + "local authority must notify the Child Safeguarding Practice Review Panel if— (a) the child "
                    + "dies or is seriously harmed in the local authority's area, or (b) while normally resident in "
                    + "the local authority's area, the child dies or is seriously harmed outside England.");

    static final Citation FIVE_WORKING_DAYS = Citation.statutory(Source.WORKING_TOGETHER_2023_CHAPTER_5,
            NOTIFICATION_SECTION,
            "The local authority should notify the Panel within 5 working days of becoming aware that the incident "
                    + "has occurred.");

    static final Citation LOOKED_AFTER_DEATH = Citation.statutory(Source.WORKING_TOGETHER_2023_CHAPTER_5,
            NOTIFICATION_SECTION,
            "The local authority must also notify the Secretary of State and Ofsted where a looked after child has "
                    + "died, whether or not abuse or neglect is known or suspected.");

    static final Citation SERIOUS_CASES = Citation.statutory(Source.WORKING_TOGETHER_2023_CHAPTER_5,
            SERIOUS_CASES_SECTION,
            "Serious child safeguarding cases are those in which: abuse or neglect of a child is known or suspected; "
                    + "and the child has died or been seriously harmed.");

    static final Citation SERIOUS_HARM = Citation.statutory(Source.WORKING_TOGETHER_2023_CHAPTER_5,
            SERIOUS_CASES_SECTION,
            "Serious harm includes (but is not limited to) serious and/or long-term impairment of a child's mental "
                    + "health or intellectual, emotional, social or behavioural development. It should also cover "
                    + "impairment of physical health. This is not an exhaustive list. When making decisions, "
                    + "judgment should be exercised in cases where impairment is likely to be long-term, even if "
                    + "this is not immediately certain. Even if a child recovers, including from a one-off incident, "
                    + "serious harm may still have occurred.");

    static final Citation RAPID_REVIEW = Citation.statutory(Source.WORKING_TOGETHER_2023_CHAPTER_5,
            RAPID_REVIEW_SECTION,
            "After a serious incident is notified, the safeguarding partners promptly undertake a rapid review: to "
                    + "gather the facts about the case, as far as they can readily be established; to discuss "
                    + "whether any immediate action is needed to keep children safe, and share any learning; to "
                    + "consider the potential for identifying improvements to safeguard and promote the welfare of "
                    + "children; and to decide what to do next, including whether to undertake a local child "
                    + "safeguarding practice review. A copy goes to the Panel.");

    static final Citation RAPID_REVIEW_AFTER_NOTIFICATION = Citation.statutory(Source.PANEL_GUIDANCE,
            "frequently asked questions, \"Can I send a rapid review without completing a Serious Incident "
                    + "Notification?\"",
            "No, a rapid review cannot be undertaken without the prior submission of a Serious Incident "
                    + "Notification.");

    static final Citation FIFTEEN_WORKING_DAYS = Citation.statutory(Source.WORKING_TOGETHER_2023_CHAPTER_5,
            RAPID_REVIEW_SECTION,
            "The rapid review is completed within 15 working days. Published procedures differ on when the 15 days "
                    + "start (becoming aware of the incident, or the notification to the Panel); this rule pack "
                    + "counts them from becoming aware, the earlier date.");

    static final Citation LOCAL_CRITERIA = Citation.statutory(Source.REGULATIONS_2018, "regulation 11",
            "The criteria to be taken into account by the safeguarding partners for the purpose of section 16F(1) "
                    + "of the Act include whether the case in question—");

    static final Citation CRITERION_IMPROVEMENTS = Citation.statutory(Source.REGULATIONS_2018, "regulation 11(a)",
            "(a) highlights or may highlight improvements needed to safeguard and promote the welfare of children, "
                    + "including where those improvements have been previously identified;");

    static final Citation CRITERION_RECURRENT = Citation.statutory(Source.REGULATIONS_2018, "regulation 11(b)",
            "(b) highlights or may highlight recurrent themes in the safeguarding and promotion of the welfare of "
                    + "children;");

    static final Citation CRITERION_TWO_AGENCIES = Citation.statutory(Source.REGULATIONS_2018, "regulation 11(c)",
            "(c) highlights or may highlight concerns regarding two or more agencies working together effectively "
                    + "to safeguard and promote the welfare of children;");

    static final Citation CRITERION_PANEL = Citation.statutory(Source.REGULATIONS_2018, "regulation 11(d)",
            "(d) is one which the Child Safeguarding Practice Review Panel have considered and concluded a local "
                    + "review may be more appropriate.");

    private Wt2023Citations() {
    }
}
