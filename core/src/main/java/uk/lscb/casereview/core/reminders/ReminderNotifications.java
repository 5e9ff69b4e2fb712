package uk.lscb.casereview.core.reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.cases.CaseDeadline;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.PackView;
import uk.lscb.casereview.core.deadlines.Audience;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.deadlines.London;
import uk.lscb.casereview.core.delivery.Notification;
import uk.lscb.casereview.core.messages.Choice;
import uk.lscb.casereview.core.messages.Fact;

/**
 * The words of a deadline reminder. Uses only the case reference, the board and the deadline: never
 * the referral's answers or anything else about the child.
 */
public final class ReminderNotifications {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private ReminderNotifications() {
    }

    /** The Mark done button's payload. */
    public static String markDonePayload(CaseRecord record, DeadlineKind kind) {
        return new ButtonAction.MarkDone(record.id().value(), kind).payload();
    }

    private static Choice markDone(CaseRecord record, DeadlineKind kind) {
        return new Choice("Mark done", markDonePayload(record, kind));
    }

    /** The Record the reason for the delay button's payload. */
    public static String delayPayload(CaseRecord record, DeadlineKind kind) {
        return new ButtonAction.RecordDelay(record.id().value(), kind).payload();
    }

    /**
     * What an overdue reminder becomes, on every platform, once the reason for its delay is recorded: the reason, and
     * no button to record another; Mark done stays while the deadline is open and a person marks it done. Empty when
     * no reason is recorded or the deadline is done (the reminder then says who did it instead).
     */
    public static Optional<Notification> delayRecorded(CaseRecord record, DeadlineKind kind) {
        return record.deadline(kind).filter(deadline -> !deadline.isDone()).flatMap(deadline -> deadline.delayLine()
                .map(line -> {
                    List<Fact> facts = new ArrayList<>();
                    facts.add(Fact.of("Case reference", record.reference().value()));
                    facts.add(Fact.of("Deadline", kind.label()));
                    facts.add(Fact.of("Due", DAY.format(deadline.due())));
                    List<Choice> actions = kind.markedDoneByPerson() ? List.of(markDone(record, kind)) : List.of();
                    return new Notification(record.board(), EnumSet.of(Audience.PANEL_CHANNEL),
                            "Overdue: " + kind.label(), "Case " + record.reference().value() + ": " + line + " "
                            + howDone(kind), facts, actions, "delay-recorded:" + record.id().value() + ":"
                            + kind.name(), Optional.of(new Notification.Reminds(record.id(), kind)))
                            .about(record.reference());
                }));
    }

    /**
     * The reminder {@code job} stands for, of {@code deadline} of {@code record}, as sent at {@code now}.
     * {@code calendarGap} ({@link uk.lscb.casereview.core.deadlines.ReminderPolicy#calendarGap}) is why its
     * day may be a bank holiday; when present, the text ends by saying so.
     */
    public static Notification reminder(ReminderJob job, CaseRecord record, CaseDeadline deadline, Instant now,
                                        String boardName, Optional<String> calendarGap) {
        DeadlineKind kind = job.kind();
        LocalDate due = deadline.due();
        String dueOn = DAY.format(due);
        long daysLeft = ChronoUnit.DAYS.between(London.dateOf(now), due);
        String reference = record.reference().value();
        List<Fact> facts = new ArrayList<>();
        facts.add(Fact.of("Case reference", reference));
        facts.add(Fact.of("Board", boardName));
        if (PackView.namesThePack(record)) {
            facts.add(Fact.of("Rule pack", record.recommendation().rulePack().toString()));
        }
        facts.add(Fact.of("Deadline", kind.label()));
        facts.add(Fact.of("Due", dueOn));
        String title;
        String text;
        if (kind == DeadlineKind.PUBLICATION_MINIMUM) {
            title = "Reminder: the final report must stay published until at least " + dueOn;
            text = "Case " + reference + ": the final report must stay on the board's website until at least "
                    + dueOn + " (" + when(daysLeft) + "), and be available on request after that.";
            facts.add(Fact.of("Days left", Long.toString(Math.max(daysLeft, 0))));
        } else if (daysLeft >= 0) {
            title = "Reminder: " + kind.label() + " due on " + dueOn;
            text = "Case " + reference + ": " + kind.label() + " is due on " + dueOn + " (" + when(daysLeft)
                    + "). " + howDone(kind);
            facts.add(Fact.of("Days left", Long.toString(daysLeft)));
        } else {
            long overdue = -daysLeft;
            boolean reasonRecorded = deadline.delayReason().isPresent();
            title = "Overdue: " + kind.label() + " was due on " + dueOn + ", " + days(overdue) + " ago"
                    + (reasonRecorded ? "" : " \u2014 please record the reason for the delay");
            text = "Case " + reference + ": " + kind.label() + " was due on " + dueOn + ", " + days(overdue)
                    + " ago. It is a target, not a hard limit: "
                    + (reasonRecorded ? "the reason for the delay is recorded. "
                    : "please record the reason for the delay (parallel criminal proceedings are the usual one): "
                    + "press Record the reason for the delay. ")
                    + howDone(kind);
            facts.add(Fact.of("Days overdue", Long.toString(overdue)));
        }
        text += calendarGap.map(gap -> " " + Character.toUpperCase(gap.charAt(0)) + gap.substring(1)
                + ", so it timed this reminder counting only Saturdays and Sundays as days off: today may be a"
                + " bank holiday.").orElse("");
        List<Choice> actions = new ArrayList<>();
        if (kind.markedDoneByPerson()) {
            actions.add(markDone(record, kind));
        }
        if (daysLeft < 0 && kind.hasOverdueSeries() && deadline.delayReason().isEmpty()) {
            actions.add(new Choice("Record the reason for the delay", delayPayload(record, kind)));
        }
        return new Notification(record.board(), job.audience(), title, text, facts, actions, job.id(),
                Optional.of(new Notification.Reminds(record.id(), kind))).about(record.reference());
    }

    private static String howDone(DeadlineKind kind) {
        return kind.markedDoneByPerson() ? "Press Mark done once it is done."
                : "It is done " + kind.doneWhen() + ".";
    }

    private static String when(long daysLeft) {
        if (daysLeft == 0) {
            return "today";
        }
        if (daysLeft < 0) {
            return days(-daysLeft) + " ago";
        }
        return "in " + days(daysLeft);
    }

    private static String days(long count) {
        return count == 1 ? "1 day" : count + " days";
    }
}
