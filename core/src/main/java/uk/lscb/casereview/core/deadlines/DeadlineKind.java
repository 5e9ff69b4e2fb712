package uk.lscb.casereview.core.deadlines;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The deadlines the Learning and Improvement Framework sets, each with the event that starts its
 * clock, its length, who is reminded, whether it has an overdue series, and the framework's own
 * words as the citation. Due dates are London calendar dates; month arithmetic clamps to the end of
 * the month (31 January + 1 month = 28 or 29 February).
 *
 * <p>Citations are the framework's words exactly as the seed text has them, apostrophes included
 * (it writes "Chair’s" and "panel’s" with a typographic apostrophe but "LSCB's" with a straight
 * one); only line breaks are joined. A test checks each against the seed.
 */
public enum DeadlineKind {
    CHAIR_DECISION(
            "Chair's decision on whether to initiate a serious case review",
            ClockStart.NOTIFIED,
            Period.ofMonths(1),
            EnumSet.of(Audience.PANEL_CHANNEL, Audience.CHAIR),
            true,
            "Initiation of Case Reviews",
            "Decisions on whether to initiate a serious case review should be normally made within one"
                    + " month of the LSCB being notified of the incident triggering the threshold.",
            "when the Chair decides"),

    NATIONAL_PANEL_NOTIFICATION(
            "National panel notified of the Chair's decision",
            ClockStart.CHAIR_DECIDED,
            Period.ofDays(14),
            EnumSet.of(Audience.PANEL_CHANNEL),
            true,
            "Initiation of Case Reviews",
            "the national panel of independent experts on serious case reviews will be notified within"
                    + " 14 days of the LSCB Chair’s decision on whether a serious case review is to be"
                    + " initiated.",
            ""),

    SCR_COMPLETION(
            "Serious case review completed",
            ClockStart.SCR_COMMENCEMENT_AGREED,
            Period.ofMonths(6),
            EnumSet.of(Audience.PANEL_CHANNEL, Audience.CHAIR),
            true,
            "Formal Serious Case Review (SCRs)",
            "The LSCB should aim to complete a SCR within 6 months from the point at which the LSCB"
                    + " Independent Chair has agreed with the scoping panel’s recommendation to commence an"
                    + " SCR.",
            ""),

    NATIONAL_PANEL_REPORT_COPY(
            "Copy of the final report sent to the national panel",
            ClockStart.PUBLICATION_PLANNED,
            Period.ofDays(-7),
            EnumSet.of(Audience.PANEL_CHANNEL),
            true,
            "Guidance on the Publication of SCRs",
            "The LSCB should send a copy of the final SCR to the national panel of independent experts"
                    + " at least one week before publication.",
            ""),

    /**
     * Not a task to finish: the date before which the published report must not come down. Reminded
     * ahead and on the day, but there is nothing to be overdue with afterwards.
     */
    PUBLICATION_MINIMUM(
            "Final report stays published",
            ClockStart.PUBLISHED,
            Period.ofMonths(12),
            EnumSet.of(Audience.PANEL_CHANNEL),
            false,
            "Guidance on the Publication of SCRs",
            "The final reports of serious case reviews, including the LSCB's response to the findings,"
                    + " must be published on the LSCB's website for a minimum of 12 months and should be"
                    + " available on request thereafter.",
            "never: it is the date the report must stay published until"),

    /**
     * Information a board asks an agency for (Children Act 2004 s14B): the due date is the one set when asking,
     * and there is one such deadline per request ({@code core.requests}), not per case. Reminded to the panel
     * channel (and the agency's contact, in their own chat), escalating to the Chair once overdue.
     */
    AGENCY_INFORMATION(
            "Information requested from an agency",
            ClockStart.AGENCY_DUE_DATE_SET,
            Period.ZERO,
            EnumSet.of(Audience.PANEL_CHANNEL),
            true,
            "Agency requirement to contribute to LSCB requests",
            "All agencies and organisations are required by Part 2, Chapter 31 (Section 14B) of the Children Act"
                    + " 2004 to enable or assist the LSCB in performing their functions and this request must be"
                    + " complied with in accordance with statute.",
            ""),

    /**
     * Rule pack {@code wt2023}'s deadline {@code PANEL_NOTIFICATION}: the serious incident notification to the Child
     * Safeguarding Practice Review Panel, 5 working days after the local authority became aware (day 0). The pack
     * cites its source ({@code Wt2023Citations}); this kind only carries it to the case and its reminders.
     */
    SERIOUS_INCIDENT_NOTIFICATION(
            "Serious incident notification to the Child Safeguarding Practice Review Panel",
            "wt2023", "PANEL_NOTIFICATION", 5,
            "Working Together to Safeguard Children 2023, chapter 5 (not verified)",
            "The local authority should notify the Panel within 5 working days of becoming aware that the incident"
                    + " has occurred."),

    /**
     * Rule pack {@code wt2023}'s deadline {@code RAPID_REVIEW}: the rapid review completed and sent to the Panel, 15
     * working days after the local authority became aware (day 0).
     */
    RAPID_REVIEW(
            "Rapid review completed and sent to the Panel",
            "wt2023", "RAPID_REVIEW", 15,
            "Working Together to Safeguard Children 2023, chapter 5 (not verified)",
            "The rapid review is completed within 15 working days."),

    /**
     * Rule pack {@code wt2023}: a local child safeguarding practice review's report published, 6 calendar months after
     * the date recorded for the safeguarding partners' decision to hold the review (step {@code local-review-initiated}). From
     * a secondary source only: a partnership's news of March 2020 summarising the Working Together 2018 requirement,
     * not verified against Working Together 2023 ({@code docs/rule-packs/wt2023.md}).
     */
    LOCAL_REVIEW_PUBLICATION(
            "Local child safeguarding practice review published",
            "wt2023", ClockStart.LOCAL_REVIEW_INITIATED, Period.ofMonths(6),
            "Trafford Safeguarding Partnership, news of 30 March 2020, on the Child Safeguarding Practice Review Panel's"
                    + " and the Department for Education's guidance to safeguarding partners (a secondary source, not"
                    + " verified against Working Together)",
            "the requirements to notify in advance of publication and to publish within 6 months of initiation");

    private final String label;
    private final ClockStart clockStart;
    private final Period length;
    private final Set<Audience> audience;
    private final boolean overdueSeries;
    private final String section;
    private final String citation;
    private final String doneBy;
    private final String declaringPack;
    private final String declaredId;
    private final int workingDays;

    DeadlineKind(
            String label,
            ClockStart clockStart,
            Period length,
            EnumSet<Audience> audience,
            boolean overdueSeries,
            String section,
            String citation,
            String doneBy) {
        this.label = label;
        this.clockStart = clockStart;
        this.length = length;
        this.audience = Collections.unmodifiableSet(audience);
        this.overdueSeries = overdueSeries;
        this.section = section;
        this.citation = citation;
        this.doneBy = doneBy;
        this.declaringPack = "";
        this.declaredId = "";
        this.workingDays = 0;
    }

    /**
     * A deadline a rule pack declares: so many England and Wales working days after the day its clock starts (the
     * day the local authority became aware, day 0), reminded to the panel channel and the Chair, overdue until a
     * person records it done.
     */
    DeadlineKind(String label, String declaringPack, String declaredId, int workingDays, String section,
                 String citation) {
        this.label = label;
        this.clockStart = ClockStart.AWARE;
        this.length = Period.ZERO;
        this.audience = Collections.unmodifiableSet(EnumSet.of(Audience.PANEL_CHANNEL, Audience.CHAIR));
        this.overdueSeries = true;
        this.section = section;
        this.citation = citation;
        this.doneBy = "";
        this.declaringPack = declaringPack;
        this.declaredId = declaredId;
        this.workingDays = workingDays;
    }

    /**
     * A deadline of a rule pack's own that the engine sets from a step recorded on the case (not from the pack's day
     * 0): calendar months and days after the step's date, reminded to the panel channel and the Chair, overdue until a
     * person records it done.
     */
    DeadlineKind(String label, String declaringPack, ClockStart clockStart, Period length, String section,
                 String citation) {
        this.label = label;
        this.clockStart = clockStart;
        this.length = length;
        this.audience = Collections.unmodifiableSet(EnumSet.of(Audience.PANEL_CHANNEL, Audience.CHAIR));
        this.overdueSeries = true;
        this.section = section;
        this.citation = citation;
        this.doneBy = "";
        this.declaringPack = declaringPack;
        this.declaredId = "";
        this.workingDays = 0;
    }

    /**
     * The kind that carries deadline {@code deadlineId} declared by rule pack {@code packId} to a case and its
     * reminders; empty when the engine has no kind for it.
     */
    public static Optional<DeadlineKind> declared(String packId, String deadlineId) {
        Objects.requireNonNull(packId, "packId");
        Objects.requireNonNull(deadlineId, "deadlineId");
        return Arrays.stream(values())
                .filter(kind -> !kind.declaredId.isEmpty())
                .filter(kind -> kind.declaringPack.equals(packId) && kind.declaredId.equals(deadlineId))
                .findFirst();
    }

    /**
     * The rule pack this deadline belongs to (declared by it, or set from one of its steps); empty for the Learning and
     * Improvement Framework's own.
     */
    public Optional<String> declaringPack() {
        return declaringPack.isEmpty() ? Optional.empty() : Optional.of(declaringPack);
    }

    /**
     * Whether a person marks it done (Mark done): true only for what people complete outside the assistant
     * (notifying the national panel, completing the review, sending it the report). The Chair's decision is
     * done by the decision alone, so nobody can stop its reminders and escalations while the case is undecided;
     * the publication minimum is a date, not a task.
     */
    public boolean markedDoneByPerson() {
        return doneBy.isEmpty();
    }

    /** For a deadline no person marks done: when it is done, e.g. "when the Chair decides". */
    public String doneWhen() {
        return doneBy;
    }

    /** Plain English name of the deadline. */
    public String label() {
        return label;
    }

    /** The event whose London date starts the clock. */
    public ClockStart clockStart() {
        return clockStart;
    }

    /** Added to the start date to give the due date (negative for "at least a week before"). */
    public Period length() {
        return length;
    }

    /** Who is reminded before and on the due date (overdue reminders also go to the Chair). */
    public Set<Audience> audience() {
        return audience;
    }

    /** Whether reminders continue every 7 days once the due date has passed. */
    public boolean hasOverdueSeries() {
        return overdueSeries;
    }

    /** The section of the Learning and Improvement Framework the citation comes from. */
    public String section() {
        return section;
    }

    /** The framework's sentence this deadline comes from, quoted as written in {@link #section()}. */
    public String citation() {
        return citation;
    }

    /**
     * The due date for a clock started on {@code start} (a London date). The framework's deadlines count calendar
     * days and months (a month added to a day the next month lacks lands on its last day); a pack's declared ones
     * count England and Wales working days, {@code start} being day 0.
     */
    public LocalDate dueDate(LocalDate start) {
        Objects.requireNonNull(start, "start");
        if (workingDays > 0) {
            return WorkingDays.englandAndWales().plusWorkingDays(start, workingDays);
        }
        // LocalDate.plus(Period) adds months first (clamping to the month end), then days.
        return start.plus(length);
    }

    /** The due date for a clock started at {@code startedAt}, taking the London date of it. */
    public LocalDate dueDate(Instant startedAt) {
        return dueDate(London.dateOf(startedAt));
    }
}
