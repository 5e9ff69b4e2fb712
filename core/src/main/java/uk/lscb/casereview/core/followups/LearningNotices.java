package uk.lscb.casereview.core.followups;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.boards.Board;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.deadlines.Audience;
import uk.lscb.casereview.core.deadlines.London;
import uk.lscb.casereview.core.deadlines.ReminderStage;
import uk.lscb.casereview.core.delivery.DirectMessages;
import uk.lscb.casereview.core.delivery.Notification;
import uk.lscb.casereview.core.learning.Finding;
import uk.lscb.casereview.core.learning.LearningAction;
import uk.lscb.casereview.core.learning.LearningForms;
import uk.lscb.casereview.core.learning.LearningLogs;
import uk.lscb.casereview.core.learning.LearningReminders;
import uk.lscb.casereview.core.learning.ReviewLearning;
import uk.lscb.casereview.core.messages.Choice;
import uk.lscb.casereview.core.messages.Fact;
import uk.lscb.casereview.core.messages.UkDates;

/**
 * What a review's learning posts: once it is recorded, one post to the panel channel of every board (both boards
 * share their learning) with the findings' titles and how to search the log; an action's reminders to its owner in
 * their own chat and to the panel channel, with the Chair told the first day it is overdue, each with a Mark done
 * button that opens the form asking for the evidence. Only the case reference, the board, agencies and the findings'
 * titles (checked for personal details when entered) are posted.
 */
final class LearningNotices {
    private final LearningLogs logs;
    private final Boards boards;
    private final Clock clock;

    LearningNotices(LearningLogs logs, Boards boards, Clock clock) {
        this.logs = Objects.requireNonNull(logs, "logs");
        this.boards = Objects.requireNonNull(boards, "boards");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** One post to every board's panel channel: the review's findings, by title. */
    void shared(CaseNotifications.Outlet outlet, CaseRecord record) {
        Optional<ReviewLearning> review = logs.find(record.id()).filter(ReviewLearning::isShared);
        if (review.isEmpty()) {
            return;
        }
        List<Fact> facts = new ArrayList<>();
        for (Finding finding : review.get().findings()) {
            facts.add(Fact.of("Finding " + finding.number(), finding.title() + " (" + finding.kind().label()
                    .toLowerCase(java.util.Locale.UK) + "; " + String.join(", ", finding.themes()) + ")"));
        }
        String from = boardName(record) + " " + review.get().from();
        for (Board board : boards.all()) {
            Notification shared = new Notification(board.id(), EnumSet.of(Audience.PANEL_CHANNEL), "Learning "
                    + "recorded from " + record.reference().value() + " (" + from + ")", review.get().findings().size()
                    + (review.get().findings().size() == 1 ? " finding is" : " findings are") + " now in the learning "
                    + "log both boards share. Type learning and a word or a theme (learning theme:\"information "
                    + "sharing\") to search it, or read it in the dashboard's learning log.", facts, List.of(),
                    record.id().value() + "/learning/shared/" + board.id().value());
            // The case's page is for its own board's people: the other board's post names the case but links nowhere.
            outlet.channels().send(board.id().equals(record.board()) ? shared.about(record.reference()) : shared);
        }
    }

    /**
     * A reminder of one action ({@code <action>/<stage>/<day>}), unless it has been marked done meanwhile. Its words
     * are true when it is sent (the clock's today), as an agency request's are, not on the day it was for: sent late,
     * an ahead reminder said "is due on" an action already past its date, and the day's "It is due today".
     */
    void reminder(CaseNotifications.Outlet outlet, CaseRecord record, String text) {
        String[] parts = text.split("/");
        if (parts.length != 3 || !parts[0].matches("\\d{1,4}")) {
            return;
        }
        Optional<LearningAction> found = logs.find(record.id())
                .flatMap(review -> review.action(Integer.parseInt(parts[0]))).filter(action -> !action.isDone());
        if (found.isEmpty()) {
            return;
        }
        LearningAction action = found.get();
        LearningReminders.Due due = new LearningReminders.Due(ReminderStage.valueOf(parts[1]), LocalDate.parse(parts[2]));
        LocalDate today = London.dateOf(clock.instant());
        boolean overdue = today.isAfter(action.due());
        boolean escalated = LearningReminders.escalates(action.due(), due);
        String dueOn = UkDates.format(action.due());
        String what = "action " + action.number() + " on " + record.reference().value() + " (" + action.agency() + ")";
        String title = (overdue ? "Overdue: " : "Reminder: ") + what + (overdue ? " was due on " : " is due on ")
                + dueOn;
        String body = (today.equals(action.due()) ? "It is due today. " : overdue ? "It was due "
                + AgencyNotices.days(ChronoUnit.DAYS.between(action.due(), today)) + " ago. " : "")
                + "Press Mark done to record it "
                + "done, with the evidence and a link to it: nothing is closed without evidence."
                + (escalated ? " Escalated to the Chair." : "");
        List<Fact> facts = List.of(Fact.of("Case reference", record.reference().value()),
                Fact.of("Board", boardName(record)), Fact.of("Agency", action.agency()), Fact.of("Due", dueOn));
        List<Choice> markDone = List.of(Choice.of("Mark done", new ButtonAction.OpenStep(record.id().value(),
                LearningForms.DONE)));
        String key = record.id().value() + "/learning/reminder/" + text;
        if (action.owner().isPresent()) {
            Notification note = new Notification(record.board(), EnumSet.of(Audience.PANEL_CHANNEL), title, body,
                    facts, markDone, key + "/owner").about(record.reference());
            for (DirectMessages platform : outlet.direct()) {
                platform.sendTo(action.owner().get(), note);
            }
        }
        outlet.channels().send(new Notification(record.board(), escalated ? EnumSet.of(Audience.PANEL_CHANNEL,
                Audience.CHAIR) : EnumSet.of(Audience.PANEL_CHANNEL), title, body, facts, markDone, key + "/panel")
                .about(record.reference()));
    }

    private String boardName(CaseRecord record) {
        return boards.get(record.board()).map(Board::name).orElse(record.board().value());
    }
}
