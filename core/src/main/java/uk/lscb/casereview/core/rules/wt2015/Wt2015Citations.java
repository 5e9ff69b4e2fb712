package uk.lscb.casereview.core.rules.wt2015;

import uk.lscb.casereview.core.rules.Citation;

/**
 * The passages rule pack {@code wt2015} quotes. Every framework passage is verbatim from the
 * Learning and Improvement Framework (a test reads the framework text to check); the three rules
 * from Working Together 2015 chapter 4 say so.
 */
final class Wt2015Citations {
    static final String INTRODUCTION = "Introduction";
    static final String PRINCIPLES = "Principles for Learning and Improvement";
    static final String INITIATION = "Initiation of Case Reviews";
    static final String FORMAL_SCR = "Formal Serious Case Review (SCRs)";
    static final String MULTI_AGENCY = "Multi-Agency Learning Reviews";
    static final String COMMISSIONED = "Commissioned Multi-agency Learning Reviews";
    static final String INTERNAL = "Internal LSCB Multi-agency Learning Reviews";
    static final String SINGLE_AGENCY = "Single Agency Learning Reviews";
    static final String AUDIT = "Performance management & quality assurance activity";
    static final String METHODOLOGIES = "Learning Review Methodologies";
    static final String PUBLICATION = "Guidance on the Publication of SCRs";

    static final Citation SHARED_FRAMEWORK = Citation.framework(INTRODUCTION,
            "Staffordshire and Stoke-on-Trent LSCBs will implement the framework together to ensure local "
                    + "synergy and clarity of process. Whilst accountability for learning and resulting action "
                    + "will remain local to specific LSCBs, a consistent framework will help partner agencies "
                    + "and lead reviewers in the area be more familiar with learning processes, case review "
                    + "thresholds, methodologies and learning dissemination/action programmes.");

    static final Citation PUBLICATION_SAFE = Citation.framework(PUBLICATION,
            "Serious case review reports should be written in such a way that publication will not be likely "
                    + "to harm the welfare of any children or vulnerable adults involved in the case.");

    static final Citation ONE_MONTH = Citation.framework(INITIATION,
            "Decisions on whether to initiate a serious case review should be normally made within one month "
                    + "of the LSCB being notified of the incident triggering the threshold.");

    static final Citation CHAIR_DECIDES = Citation.framework(INITIATION,
            "For cases that are considered for serious case reviews, the final decision if a case meets the "
                    + "serious case review criteria will rest with the LSCBs Independent Chair.");

    static final Citation CRITERION_ABUSE = Citation.framework(FORMAL_SCR,
            "(a) abuse or neglect of a child is known or suspected; and");

    static final Citation CRITERION_DIED = Citation.framework(FORMAL_SCR,
            "(b) either — (i) the child has died; or (ii) the child has been seriously harmed and there is "
                    + "cause for concern as to the way in which the authority, their Board partners or other "
                    + "relevant persons have worked together to safeguard the child.");

    static final Citation STATUTORY_CRITERIA = Citation.framework(FORMAL_SCR,
            "A formal serious case review should therefore be undertaken in all cases when the following "
                    + "statutory criteria has been met:");

    static final Citation ALWAYS_CUSTODY_OR_SUICIDE = Citation.framework(FORMAL_SCR,
            "Serious case reviews should always be undertaken when a child dies in custody, including where "
                    + "the child was detained under the Mental Health Act 1983 and in cases where a child died "
                    + "by suspected suicide.");

    static final Citation INDEPENDENT_REVIEWERS = Citation.framework(PRINCIPLES,
            "Formal serious case reviews (SCR) should be led by one or more persons who are independent of the "
                    + "case being reviewed and the organisations whose actions are being reviewed;");

    static final Citation SIX_MONTHS = Citation.framework(FORMAL_SCR,
            "The LSCB should aim to complete a SCR within 6 months from the point at which the LSCB Independent "
                    + "Chair has agreed with the scoping panel’s recommendation to commence an SCR.");

    static final Citation NATIONAL_PANEL_14_DAYS = Citation.framework(INITIATION,
            "the national panel of independent experts on serious case reviews will be notified within 14 days "
                    + "of the LSCB Chair’s decision on whether a serious case review is to be initiated.");

    static final Citation NOT_MET_JUSTIFICATION = Citation.framework(INITIATION,
            "Where a case is considered for a serious case review and the LSCB Chair decides the threshold is "
                    + "not met, additional information to justify the decision will be required to be provided "
                    + "to the national panel of independent experts on serious case reviews.");

    static final Citation BELOW_THRESHOLD = Citation.framework(MULTI_AGENCY,
            "Multi-agency learning reviews should be held on all cases that fall below the formal serious case "
                    + "review threshold to identify learning and areas for development.");

    static final Citation CRITERION_1 = Citation.framework(MULTI_AGENCY,
            "1. Areas of operational practice, systems or strategic arrangements that have had a known or "
                    + "suspected negative impact on how agencies worked together to promote of the welfare and "
                    + "safety of the child who is the subject of the scoping meeting;");

    static final Citation CRITERION_2 = Citation.framework(MULTI_AGENCY,
            "2. Areas of single agency practice which have not had a negative impact of decisions and actions "
                    + "made to promote the welfare and safety of a child, but where improvements would help to "
                    + "strengthen local safeguarding children arrangements.");

    static final Citation CHAIR_FINAL = Citation.framework(MULTI_AGENCY,
            "The LSCB Independent Chair will always make the final decision about next steps.");

    static final Citation COMMISSIONED_REVIEW = Citation.framework(COMMISSIONED,
            "Where the criteria for a formal serious case review has not been met but there is evidence from "
                    + "the scoping meeting to suggest that there are lessons to be learned in respect of "
                    + "inter-agency arrangements that were relevant to the effective management of a the subject "
                    + "child’s welfare and safety, there are a number of nationally recognised agencies who can "
                    + "be commissioned to assist the LSCB with the learning and development process.");

    static final Citation INTERNAL_REVIEW = Citation.framework(INTERNAL,
            "In these circumstances and with the explicit consent of the LSCB Independent Chair, the LSCB could "
                    + "coordinate an internal multi-agency learning process.");

    static final Citation SEVERAL_AGENCIES = Citation.framework(INTERNAL,
            "This process would be appropriate where there are a number of single agencies that need to "
                    + "address specific issues identified as a result of the scoping meeting.");

    static final Citation INTERNAL_MANAGED = Citation.framework(INTERNAL,
            "This LSCB multi-agency learning process should be managed through the LSCB Serious Case Review "
                    + "Subgroup / Committee function.");

    static final Citation SINGLE_AGENCY_REVIEW = Citation.framework(SINGLE_AGENCY,
            "A scoping meeting may conclude that the threshold for a formal serious case review has not been "
                    + "met and there is no evidence to suggest that improvements in multi-agency partnership "
                    + "working is required; however improvements are required within a particular organisation "
                    + "to help strengthen their internal arrangements. In these circumstances a single agency "
                    + "learning review should be recommended.");

    static final Citation AUDIT_NEEDED = Citation.framework(AUDIT,
            "It may be identified as a result of any of the above review processes, that further single agency "
                    + "or multi-agency audit and quality assurance activity is required.");

    static final Citation AUDIT_ROUTE = Citation.framework(AUDIT,
            "If multi-agency audit activity is required, the SCR Committee / Subgroup may make a request to the "
                    + "Joint LSCB Performance Subgroup to lead on this piece of work in accordance with the Joint "
                    + "LSCB Performance Framework.");

    static final Citation SCIE = Citation.framework(METHODOLOGIES,
            "It is based on a rigorous evidence base and is one of the most tried and tested systems approaches "
                    + "to case reviews and audits; drawing on principles applied in other high-risk fields such "
                    + "as patient safety, aviation and engineering.");

    static final Citation SILP = Citation.framework(METHODOLOGIES,
            "SILP is a learning model which engages frontline staff and their managers in reviewing cases, "
                    + "focussing on why those involved acted in a certain way.");

    static final Citation RCA = Citation.framework(METHODOLOGIES,
            "RCA practice tries to solve problems by attempting to identify and correct the root causes of "
                    + "events, as opposed to simply addressing their symptoms.");

    static final Citation CHILD_PRACTICE_REVIEW = Citation.framework(METHODOLOGIES,
            "The purpose is to review what has happened and to learn from the experience so that current "
                    + "inter-agency child protection practice and arrangements can be improved.");

    /** WT2015 chapter 4 rule 1: what "seriously harmed" means. */
    static final Citation WT_SERIOUS_HARM = Citation.workingTogether2015(
            "Working Together 2015 (chapter 4) says that \"seriously harmed\" includes, but is not limited to, "
                    + "cases where the child has sustained, as a result of abuse or neglect, a potentially "
                    + "life-threatening injury, or serious and/or likely long-term impairment of physical or "
                    + "mental health or of physical, intellectual, emotional, social or behavioural development. "
                    + "A child recovering does not mean that serious harm did not occur.");

    /** WT2015 chapter 4 rule 2: unsure about inter-agency working counts as concern. */
    static final Citation WT_UNLESS_DEFINITIVE = Citation.workingTogether2015(
            "Working Together 2015 (chapter 4) says that unless there is definitive evidence that there are "
                    + "no concerns about inter-agency working, the LSCB must commission a serious case review. "
                    + "So an answer of \"not sure\" here counts as yes.");

    /** WT2015 chapter 4 rule 3: deprivation of liberty counts as custody. */
    static final Citation WT_DEPRIVATION_OF_LIBERTY = Citation.workingTogether2015(
            "Working Together 2015 (chapter 4) also counts as a death in custody the death of a child aged 16 "
                    + "or 17 who was the subject of a deprivation of liberty order under the Mental Capacity "
                    + "Act 2005.");

    private Wt2015Citations() {
    }
}
