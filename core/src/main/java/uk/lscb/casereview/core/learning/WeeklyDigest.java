package uk.lscb.casereview.core.learning;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import uk.lscb.casereview.core.boards.Board;
import uk.lscb.casereview.core.deadlines.Audience;
import uk.lscb.casereview.core.deadlines.London;
import uk.lscb.casereview.core.delivery.Notification;
import uk.lscb.casereview.core.messages.Fact;
import uk.lscb.casereview.core.messages.UkDates;
import uk.lscb.casereview.core.refs.CaseReference;

/**
 * The weekly digest of a board's agencies' actions, one post to its panel channel: every action not done that is
 * overdue or due in the week, each by case reference, action number, agency, due date and days overdue (never anyone's
 * name). It is due every Monday at 08:00 London time, bank holidays included (it is a notice, not a deadline: a
 * bank holiday Monday's digest is read the next working day, as it stands), and is about the ISO week of that
 * Monday: due in the week means due from that Monday to that Sunday, overdue means due before that Monday, and days
 * overdue are counted to that Monday. A week with nothing due or overdue has no digest. Pure.
 */
public final class WeeklyDigest {
    /** The day and London time a week's digest is due. */
    public static final DayOfWeek DAY = DayOfWeek.MONDAY;
    public static final LocalTime AT = LocalTime.of(8, 0);
    /** Actions listed in one digest, so that a board with many keeps within the platforms' limits (Teams' 28 KB). */
    static final int LISTED = 50;

    private WeeklyDigest() {
    }

    /** An ISO week, by its Monday. */
    public record Week(LocalDate monday) {
        public Week {
            Objects.requireNonNull(monday, "monday");
            if (monday.getDayOfWeek() != DAY) {
                throw new IllegalArgumentException("a week starts on a Monday: " + monday);
            }
        }

        /** The ISO week's id, e.g. {@code 2026-W49}. */
        public String id() {
            return String.format(Locale.ROOT, "%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                    monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        }

        /** When its digest is due: Monday 08:00 London time. */
        public Instant dueAt() {
            return London.at(monday, AT);
        }

        public LocalDate sunday() {
            return monday.plusDays(6);
        }
    }

    /** One line of the digest: an action not done, overdue by {@code daysOverdue} (0: due this week). */
    public record Line(CaseReference reference, int action, String agency, LocalDate due, long daysOverdue) {
    }

    /** The week whose digest is due at {@code now}: this week from Monday 08:00 London time, else the week before. */
    public static Week weekAt(Instant now) {
        Week week = new Week(London.dateOf(now).with(TemporalAdjusters.previousOrSame(DAY)));
        return now.isBefore(week.dueAt()) ? new Week(week.monday().minusWeeks(1)) : week;
    }

    /** The actions of the board's reviews that the week's digest lists: overdue first, the most overdue first. */
    public static List<Line> lines(List<ReviewLearning> reviews, Week week) {
        List<Line> lines = new ArrayList<>();
        for (ReviewLearning review : reviews) {
            for (LearningAction action : review.actions()) {
                if (!action.isDone() && !action.due().isAfter(week.sunday())) {
                    lines.add(new Line(review.reference(), action.number(), action.agency(), action.due(),
                            Math.max(0, ChronoUnit.DAYS.between(action.due(), week.monday()))));
                }
            }
        }
        lines.sort(Comparator.comparing(Line::due).thenComparing(line -> line.reference().value())
                .thenComparingInt(Line::action));
        return lines;
    }

    /** The digest due by the clock's now for this board, if it has anything to say. */
    public static Optional<Notification> digest(Board board, List<ReviewLearning> reviews, Clock clock) {
        return digest(board, reviews, weekAt(clock.instant()));
    }

    /** The week's digest for this board, if it has anything to say; keyed by board and ISO week. */
    public static Optional<Notification> digest(Board board, List<ReviewLearning> reviews, Week week) {
        List<Line> lines = lines(reviews, week);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        long overdue = lines.stream().filter(line -> line.due().isBefore(week.monday())).count();
        long due = lines.size() - overdue;
        List<Fact> facts = new ArrayList<>();
        for (Line line : lines.subList(0, Math.min(LISTED, lines.size()))) {
            String when = line.due().isBefore(week.monday())
                    ? "overdue: was due on " + UkDates.format(line.due()) + ", " + line.daysOverdue()
                    + (line.daysOverdue() == 1 ? " day" : " days") + " overdue"
                    : "due on " + UkDates.format(line.due());
            facts.add(Fact.of(line.reference().value() + " action " + line.action(), LearningForms.clip(line.agency(),
                    60) + ", " + when));
        }
        String title = "Agencies' actions for the week of " + UkDates.format(week.monday()) + " (" + board.name()
                + "): " + overdue + " overdue, " + due + " due this week";
        String text = "Actions from reviews' recommendations that are not done yet. Each is closed by its owner "
                + "pressing Mark done on its reminder, with the evidence; GET /api/actions lists them all."
                + (lines.size() > LISTED ? " Only the first " + LISTED + " of " + lines.size() + " (soonest due first) "
                + "are listed here." : "");
        return Optional.of(new Notification(board.id(), EnumSet.of(Audience.PANEL_CHANNEL), title, text, facts,
                List.of(), key(board, week)));
    }

    /** The digest's key: one per board and ISO week, e.g. {@code learning/digest/staffordshire/2026-W49}. */
    public static String key(Board board, Week week) {
        return "learning/digest/" + board.id().value() + "/" + week.id();
    }
}
