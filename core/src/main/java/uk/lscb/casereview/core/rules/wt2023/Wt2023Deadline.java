package uk.lscb.casereview.core.rules.wt2023;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import uk.lscb.casereview.core.deadlines.WorkingDays;
import uk.lscb.casereview.core.rules.AdditionalAction;
import uk.lscb.casereview.core.rules.Citation;
import uk.lscb.casereview.core.rules.PackDeadline;
import uk.lscb.casereview.core.rules.Recommendation;

/**
 * The deadlines rule pack {@code wt2023} sets from the day the local authority became aware of the incident
 * ({@code aware_on}, day 0), in working days (England and Wales, {@link WorkingDays#englandAndWales()}).
 */
public enum Wt2023Deadline {
    PANEL_NOTIFICATION("Serious incident notification to the Child Safeguarding Practice Review Panel", 5,
            Wt2023Citations.FIVE_WORKING_DAYS),
    RAPID_REVIEW("Rapid review completed and sent to the Panel", 15, Wt2023Citations.FIFTEEN_WORKING_DAYS);

    private final String label;
    private final int workingDays;
    private final Citation citation;

    Wt2023Deadline(String label, int workingDays, Citation citation) {
        this.label = label;
        this.workingDays = workingDays;
        this.citation = citation;
    }

    public String label() {
        return label;
    }

    /** Working days after the day of awareness. */
    public int workingDays() {
        return workingDays;
    }

    public Citation citation() {
        return citation;
    }

    /** This deadline as the pack declares it to the engine. */
    public PackDeadline declared() {
        return new PackDeadline(name(), label, workingDays, citation);
    }

    /** The due date: {@link #workingDays()} working days after {@code awareOn}, which is day 0. */
    public LocalDate due(LocalDate awareOn) {
        Objects.requireNonNull(awareOn, "awareOn");
        return WorkingDays.englandAndWales().plusWorkingDays(awareOn, workingDays);
    }

    /**
     * The deadlines a {@code wt2023} recommendation sets: both when the incident is or may be notifiable (the
     * recommendation then has the notification among its actions), else none.
     */
    public static List<Wt2023Deadline> following(Recommendation recommendation) {
        return recommendation.additionalActions().contains(AdditionalAction.NOTIFY_THE_PANEL)
                ? Arrays.asList(values()) : List.of();
    }
}
