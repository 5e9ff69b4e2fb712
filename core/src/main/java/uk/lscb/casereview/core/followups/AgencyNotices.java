package uk.lscb.casereview.core.followups;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.boards.Board;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.deadlines.Audience;
import uk.lscb.casereview.core.deadlines.London;
import uk.lscb.casereview.core.deadlines.ReminderStage;
import uk.lscb.casereview.core.delivery.DirectMessages;
import uk.lscb.casereview.core.delivery.Notification;
import uk.lscb.casereview.core.messages.Choice;
import uk.lscb.casereview.core.messages.Fact;
import uk.lscb.casereview.core.messages.UkDates;
import uk.lscb.casereview.core.requests.AgencyRequest;
import uk.lscb.casereview.core.requests.AgencyRequestService;
import uk.lscb.casereview.core.requests.AgencyRequests;
import uk.lscb.casereview.core.requests.LegalBasis;

/**
 * What an agency's information request posts: its contact is told in their own chat, with the legal basis in the
 * framework's words and a Mark provided button; the panel channel hears of it, of its reminders (the Chair too once
 * overdue) and of it being provided. Only the case reference, the board and the agency identify anything; what is
 * asked goes to the contact alone.
 */
final class AgencyNotices {
    private static final System.Logger LOG = System.getLogger(AgencyNotices.class.getName());
    /** Buttons on one message: Adaptive Cards hosts show 5 actions in a set. */
    private static final int MAX_BUTTONS = 5;

    private final AgencyRequests requests;
    private final Boards boards;
    private final Clock clock;

    AgencyNotices(AgencyRequests requests, Boards boards, Clock clock) {
        this.requests = Objects.requireNonNull(requests, "requests");
        this.boards = Objects.requireNonNull(boards, "boards");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The contact hears what is asked and why they must answer; the panel channel that it was asked. */
    void asked(CaseNotifications.Outlet outlet, CaseRecord record, String number) {
        Optional<AgencyRequest> found = request(record, number);
        if (found.isEmpty()) {
            return;
        }
        AgencyRequest request = found.get();
        if (!request.isProvided()) {
            tellContact(outlet, request, "Information requested from " + request.agency() + " on case "
                    + request.reference().value(), "The " + boardName(request) + " Local Safeguarding Children "
                    + "Board asks " + request.agency() + " for this information on case " + request.reference().value()
                    + ", by " + UkDates.format(request.due()) + ": " + request.asked() + "\n\n" + LegalBasis.LINE
                    + "\n\nPress Mark provided once you have sent it to the board's business unit.",
                    "asked/" + request.number());
        }
        outlet.channels().send(panel(record, EnumSet.of(Audience.PANEL_CHANNEL), "Information requested "
                + AgencyRequestService.describe(request), "Reminders go to the panel channel" + request.contact()
                .map(contact -> " and the agency's contact").orElse("") + " until it is marked provided; once "
                + "overdue, the Chair is told too.", List.of(request), "asked/" + request.number(),
                Optional.of(copiesOf(request))));
    }

    /**
     * The panel channel hears that the information was provided; every message already posted with its Mark provided
     * button says so instead: the request's own (to its contact, and the panel's when it was asked), and the panel's
     * reminders of its due date, which keep the buttons of the requests due that day still open. They kept a live
     * button and "Overdue" after it was provided.
     */
    void provided(CaseNotifications.Outlet outlet, CaseRecord record, String number) {
        Optional<AgencyRequest> found = request(record, number);
        if (found.isEmpty()) {
            return;
        }
        AgencyRequest request = found.get();
        String marked = request.provided().map(mark -> "Marked provided by " + mark.who().displayName() + " on "
                + UkDates.format(London.dateOf(mark.at())) + ".").orElse("");
        outlet.channels().send(panel(record, EnumSet.of(Audience.PANEL_CHANNEL), "Information provided "
                + AgencyRequestService.describe(request), marked, List.of(), "provided/" + request.number(),
                Optional.empty()));
        if (request.provided().isEmpty()) {
            return;
        }
        outlet.channels().replaceCopies(record.id(), copiesOf(request).copies(), new Notification(request.board(),
                EnumSet.of(Audience.PANEL_CHANNEL), "Information provided " + AgencyRequestService.describe(request),
                marked + " Nothing more is asked.", facts(request), List.of(), request.caseId().value()
                + "/agency/provided/" + request.number() + "/copies").about(request.reference()));
        List<AgencyRequest> open = requests.ofCase(record.id()).stream()
                .filter(other -> !other.isProvided() && other.due().equals(request.due())).toList();
        String title = "Information due on " + UkDates.format(request.due()) + " on " + record.reference().value()
                + ": " + (open.isEmpty() ? "all provided" : open.size() + " still open");
        outlet.channels().replaceCopies(record.id(), dueCopies(record, request.due()).copies(), panel(record,
                EnumSet.of(Audience.PANEL_CHANNEL), title, "Request " + request.number() + ": " + marked
                        + (open.isEmpty() ? " Every request due that day is provided."
                        : " Press Mark provided once the rest has come in."), open,
                "provided/" + request.number() + "/due", Optional.empty()));
    }

    /** The request's own messages, to its contact and the panel's when it was asked, as their copies are kept. */
    private static Notification.Reminds copiesOf(AgencyRequest request) {
        return new Notification.Reminds(request.caseId(), "request:" + request.number());
    }

    /** The panel's reminders of the case's requests due on one day, as their copies are kept. */
    private static Notification.Reminds dueCopies(CaseRecord record, LocalDate due) {
        return new Notification.Reminds(record.id(), "requests-due:" + due);
    }

    /**
     * A reminder of the case's requests due on one date that are still open ({@code <due>/<sequence>/<stage>/<day>}):
     * to each one's contact, and to the panel channel, with the Chair once overdue (its stage). Its words are true
     * when it is sent, as a deadline's reminder's are: "due in 2 days", "due today" or "was due 8 days ago" count
     * from today on the clock, not from the day the reminder was for, which a reminder sent late (the servers were
     * down, or the clock moved on) is past; once the due date has passed it says overdue, escalated or not.
     */
    void reminder(CaseNotifications.Outlet outlet, CaseRecord record, String text) {
        String[] parts = text.split("/");
        if (parts.length != 4) {
            return;
        }
        LocalDate due = LocalDate.parse(parts[0]);
        boolean escalated = ReminderStage.valueOf(parts[2]) == ReminderStage.OVERDUE;
        List<AgencyRequest> open = requests.ofCase(record.id()).stream()
                .filter(request -> !request.isProvided() && request.due().equals(due)).toList();
        if (open.isEmpty()) {
            return;
        }
        long daysLeft = ChronoUnit.DAYS.between(London.dateOf(clock.instant()), due);
        boolean overdue = daysLeft < 0;
        String when = daysLeft == 0 ? "today" : daysLeft > 0 ? "in " + days(daysLeft) : days(-daysLeft) + " ago";
        String dueOn = UkDates.format(due);
        for (AgencyRequest request : open) {
            tellContact(outlet, request, (overdue ? "Overdue: information for case " : "Reminder: information for "
                    + "case ") + request.reference().value() + (overdue ? " was due on " : " is due on ") + dueOn,
                    "The information " + AgencyRequestService.describe(request) + (overdue ? " was due " : " is due ")
                            + when + ": " + request.asked() + "\n\n" + LegalBasis.LINE + "\n\nPress Mark provided "
                            + "once you have sent it.", "reminder/" + text + "/" + request.number());
        }
        String title = (overdue ? "Overdue: " : "Reminder: ") + (open.size() == 1 ? "an agency's information"
                : open.size() + " agencies' information") + " on " + record.reference().value()
                + (overdue ? " was due on " : " is due on ") + dueOn;
        outlet.channels().send(panel(record, escalated ? EnumSet.of(Audience.PANEL_CHANNEL, Audience.CHAIR)
                : EnumSet.of(Audience.PANEL_CHANNEL), title, "Due " + when + (escalated ? ". Escalated to the Chair."
                : ".") + " Press Mark provided once it has come in.", open, "reminder/" + text,
                Optional.of(dueCopies(record, due))));
    }

    private void tellContact(CaseNotifications.Outlet outlet, AgencyRequest request, String title, String text,
                             String event) {
        if (request.contact().isEmpty()) {
            return;
        }
        Notification note = new Notification(request.board(), EnumSet.of(Audience.PANEL_CHANNEL), title, text,
                facts(request), List.of(markProvided(request)), request.caseId().value() + "/agency/" + event
                + "/contact", Optional.of(copiesOf(request))).about(request.reference());
        for (DirectMessages platform : outlet.direct()) {
            try {
                platform.sendTo(request.contact().get(), note);
            } catch (RuntimeException failed) {
                LOG.log(System.Logger.Level.WARNING, "case {0}: could not message an agency''s contact: {1}",
                        request.caseId().value(), failed.getClass().getSimpleName());
                throw failed;
            }
        }
    }

    private Notification panel(CaseRecord record, Set<Audience> to, String title, String text,
                               List<AgencyRequest> buttons, String event, Optional<Notification.Reminds> kept) {
        List<Fact> facts = new ArrayList<>(List.of(Fact.of("Case reference", record.reference().value()),
                Fact.of("Board", boardName(record))));
        List<Choice> actions = new ArrayList<>();
        for (AgencyRequest request : buttons) {
            facts.add(Fact.of("Request " + request.number(), request.agency() + ", due "
                    + UkDates.format(request.due())));
            if (actions.size() < MAX_BUTTONS) {
                actions.add(Choice.of("Mark " + request.number() + " provided",
                        new ButtonAction.MarkProvided(request.caseId().value(), request.number())));
            }
        }
        return new Notification(record.board(), to, title, text, facts, actions,
                record.id().value() + "/agency/" + event + "/panel", kept).about(record.reference());
    }

    private static List<Fact> facts(AgencyRequest request) {
        return List.of(Fact.of("Case reference", request.reference().value()), Fact.of("Agency", request.agency()),
                Fact.of("Request", Integer.toString(request.number())),
                Fact.of("Due", UkDates.format(request.due())));
    }

    private static Choice markProvided(AgencyRequest request) {
        return Choice.of("Mark provided", new ButtonAction.MarkProvided(request.caseId().value(), request.number()));
    }

    private Optional<AgencyRequest> request(CaseRecord record, String number) {
        try {
            return requests.find(record.id(), Integer.parseInt(number));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private String boardName(CaseRecord record) {
        return boards.get(record.board()).map(Board::name).orElse(record.board().value());
    }

    private String boardName(AgencyRequest request) {
        return boards.get(request.board()).map(Board::name).orElse(request.board().value());
    }

    /** "1 day", "8 days". */
    static String days(long count) {
        return count == 1 ? "1 day" : count + " days";
    }
}
