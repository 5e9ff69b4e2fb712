package uk.lscb.casereview.core.learning;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import uk.lscb.casereview.core.boards.Board;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.Cases;
import uk.lscb.casereview.core.cases.FollowUp;
import uk.lscb.casereview.core.deadlines.London;
import uk.lscb.casereview.core.deadlines.ReminderPolicy;
import uk.lscb.casereview.core.deadlines.ReminderStage;

/**
 * The reminders of agencies' actions, until each is marked done, at 09:00 London time: a week before its due date, on
 * the day, the day after (overdue: the Chair is told too, once) and every week after that, to the action's owner and
 * the panel channel. A due reminder is handed to its case's follow-ups ({@link FollowUp.Kind#LEARNING_REMINDER}, keyed by the
 * action, stage and day), which deliver it on every platform; the day handed over is then kept on the action, so a
 * sweep after a restart hands over nothing twice (a crash between the two writes owes the same keyed follow-up again,
 * which the deliveries post once). Only the latest reminder due is handed over: none is sent late.
 */
public final class LearningReminders {
    private static final int MAX_ATTEMPTS = 10;
    /** How long before the due date the first reminder comes. */
    static final int DAYS_AHEAD = 7;

    private final LearningLogs logs;
    private final Cases cases;
    private final Boards boards;
    private final Consumer<CaseRecord> owing;

    /** @param owing told of a case that now owes a reminder (the follow-up processor carries it out) */
    public LearningReminders(LearningLogs logs, Cases cases, Boards boards, Consumer<CaseRecord> owing) {
        this.logs = Objects.requireNonNull(logs, "logs");
        this.cases = Objects.requireNonNull(cases, "cases");
        this.boards = Objects.requireNonNull(boards, "boards");
        this.owing = Objects.requireNonNull(owing, "owing");
    }

    /** One reminder: its stage and the day it is for. */
    public record Due(ReminderStage stage, LocalDate day) {
    }

    /** The latest reminder due on {@code today} or before for an action due on {@code due}, if any. */
    public static Optional<Due> latest(LocalDate due, LocalDate today) {
        if (today.isBefore(due.minusDays(DAYS_AHEAD))) {
            return Optional.empty();
        }
        if (today.isBefore(due)) {
            return Optional.of(new Due(ReminderStage.AHEAD, due.minusDays(DAYS_AHEAD)));
        }
        if (today.equals(due)) {
            return Optional.of(new Due(ReminderStage.DUE, due));
        }
        long weeks = ChronoUnit.DAYS.between(due.plusDays(1), today) / 7;
        return Optional.of(new Due(ReminderStage.OVERDUE, due.plusDays(1 + 7 * weeks)));
    }

    /** Whether a reminder is the first overdue one, which the Chair is told of too. */
    public static boolean escalates(LocalDate due, Due reminder) {
        return reminder.stage() == ReminderStage.OVERDUE && reminder.day().equals(due.plusDays(1));
    }

    /** The follow-up's text: {@code <action>/<stage>/<the London date it is for>}. */
    public static String text(int action, Due reminder) {
        return action + "/" + reminder.stage().name() + "/" + reminder.day();
    }

    /** Hands over every reminder now due, a day's from 09:00 London time as every other reminder. @return how many */
    public int sweep(Instant now) {
        LocalDate today = London.dateOf(now);
        if (now.isBefore(London.at(today, ReminderPolicy.SEND_AT))) {
            // Not at midnight: before 09:00 only the day before's reminders are due (if no sweep handed them over).
            today = today.minusDays(1);
        }
        int handed = 0;
        for (Board board : boards.all()) {
            for (ReviewLearning review : logs.ofBoard(board.id())) {
                for (LearningAction action : review.actions()) {
                    Optional<Due> due = action.isDone() ? Optional.empty() : latest(action.due(), today);
                    if (due.isPresent() && action.remindedFor().filter(day -> !day.isBefore(due.get().day()))
                            .isEmpty() && handOver(review, action, due.get())) {
                        handed++;
                    }
                }
            }
        }
        return handed;
    }

    private boolean handOver(ReviewLearning review, LearningAction action, Due due) {
        String text = text(action.number(), due);
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Optional<CaseRecord> found = cases.find(review.caseId());
            if (found.isEmpty()) {
                return false;
            }
            CaseRecord current = found.get();
            FollowUp reminder = new FollowUp(FollowUp.Kind.LEARNING_REMINDER, current.version() + 1, Optional.of(text));
            if (current.followUps().pending().stream().anyMatch(owed -> owed.key().equals(reminder.key()))) {
                break;
            }
            CaseRecord next = current.owingAlso(List.of(reminder));
            if (cases.update(next, current.version())) {
                owing.accept(next);
                break;
            }
        }
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Optional<ReviewLearning> stored = logs.find(review.caseId());
            Optional<LearningAction> now = stored.flatMap(found -> found.action(action.number()));
            if (stored.isEmpty() || now.isEmpty()) {
                return false;
            }
            if (logs.update(stored.get().with(now.get().reminded(due.day())), stored.get().version())) {
                return true;
            }
        }
        return false;
    }
}
