package uk.lscb.casereview.core.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.boards.Board;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.boards.Roles;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.deadlines.London;
import uk.lscb.casereview.core.deadlines.ReminderPolicy;
import uk.lscb.casereview.core.messages.Choice;
import uk.lscb.casereview.core.messages.Fact;
import uk.lscb.casereview.core.messages.StepField;
import uk.lscb.casereview.core.messages.StepForm;
import uk.lscb.casereview.core.messages.UkDates;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.rules.Outcome;

/**
 * What the {@code case} and {@code timeline} commands show, as a list of {@link Section}s that every platform renders
 * as it renders a summary: the case's stage and what is recorded, what is due next with buttons for the steps the
 * person may take, the national panel's notification to copy; and, in date order, every step and deadline. Other
 * parts of the product add their own sections ({@link Sections}). Also each step's {@link StepForm}.
 */
public final class CaseViews {
    /** Buttons on one message: Adaptive Cards hosts show 5 actions in a set. */
    static final int MAX_BUTTONS = 5;

    private final Roles roles;
    private final Boards boards;
    private final Clock clock;
    private final List<Sections> more;

    /** One part of a case view: a title, label-and-value lines, and buttons. */
    public record Section(String title, List<Fact> facts, List<Choice> actions) {
        public Section {
            Objects.requireNonNull(title, "title");
            facts = List.copyOf(facts);
            actions = List.copyOf(actions);
        }
    }

    /** More sections of a case's view for one person (each empty where it has nothing to say). */
    @FunctionalInterface
    public interface Sections {
        List<Section> of(CaseRecord record, UserRef who);

        /**
         * The sections shown to someone who may not see the case itself (neither its referrer nor one of its board's
         * Chairs, administrators or business managers) but has a part in what these sections are about, such as a
         * review's lead reviewer or an agency action's owner; none by default.
         */
        default List<Section> forOthers(CaseRecord record, UserRef who) {
            return List.of();
        }
    }

    /** A case's next step while it waits for its Chair, before any step the lifecycle offers. */
    static final String THE_CHAIRS_DECISION = "The Chair's decision";
    /** The button a board's Chair has on a case waiting for their decision. */
    public static final String OPEN_DECISION_CARD = "Open the decision card";

    /** @param more sections added after the case's own, in order */
    public CaseViews(Roles roles, Boards boards, Clock clock, List<Sections> more) {
        this.roles = Objects.requireNonNull(roles, "roles");
        this.boards = Objects.requireNonNull(boards, "boards");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.more = List.copyOf(more);
    }

    /** {@code case <reference>}: the stage and what is recorded, what is due next, the national panel's draft. */
    public List<Section> overview(CaseRecord record, UserRef who) {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("Case " + record.reference().value(), recorded(record), List.of()));
        sections.add(dueNext(record, who));
        List<Fact> draft = NationalPanelDraft.facts(record, boardName(record));
        if (!draft.isEmpty() && record.deadline(DeadlineKind.NATIONAL_PANEL_NOTIFICATION)
                .filter(deadline -> !deadline.isDone()).isPresent()) {
            sections.add(new Section("Notification to the national panel: copy this into the national panel's form",
                    draft, List.of()));
        }
        more.forEach(source -> sections.addAll(source.of(record, who)));
        return sections;
    }

    /**
     * {@code case <reference>} for someone who may not see the case: only the sections about what they have a part
     * in (empty when they have none, and then there is no case they can see).
     */
    public List<Section> forOthers(CaseRecord record, UserRef who) {
        List<Section> sections = new ArrayList<>();
        more.forEach(source -> sections.addAll(source.forOthers(record, who)));
        return sections;
    }

    /**
     * An audit event's detail in people's words: the trail keeps outcomes and deadlines by their stored names
     * ({@code SERIOUS_CASE_REVIEW}, {@code NATIONAL_PANEL_NOTIFICATION}); the timeline shows their labels.
     */
    static String readable(String detail) {
        String words = detail;
        for (Outcome outcome : Outcome.values()) {
            words = words.replaceAll("\\b" + outcome.name() + "\\b", Matcher.quoteReplacement(outcome.label()));
        }
        for (DeadlineKind kind : DeadlineKind.values()) {
            words = words.replaceAll("\\b" + kind.name() + "\\b", Matcher.quoteReplacement(kind.label()));
        }
        return words;
    }

    /** {@code timeline <reference>}: every step recorded and every deadline, in date order. */
    public List<Section> timeline(CaseRecord record, UserRef who) {
        record Entry(LocalDate on, String what, String detail) {
        }
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(record.notifiedOn(), "LSCB notified of the incident", ""));
        for (AuditEvent event : record.audit()) {
            String what = event.action().substring(0, 1).toUpperCase(Locale.UK) + event.action().substring(1);
            String detail = event.detail().isBlank() ? "" : readable(event.detail()) + "; ";
            entries.add(new Entry(London.dateOf(event.at()), what, detail + "by " + event.who().displayName()));
        }
        Instant now = clock.instant();
        for (CaseDeadline deadline : record.deadlines()) {
            entries.add(new Entry(deadline.due(), "Deadline: " + deadline.kind().label(), describe(deadline, now)));
        }
        entries.sort(Comparator.comparing(Entry::on));
        List<Fact> facts = entries.stream().map(entry -> Fact.of(UkDates.format(entry.on()) + ": " + entry.what(),
                entry.detail().isEmpty() ? "-" : entry.detail())).toList();
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("Timeline of " + record.reference().value() + " (" + boardName(record) + ")", facts,
                List.of()));
        more.forEach(source -> sections.addAll(source.of(record, who)));
        return sections;
    }

    /** A step's form on this case, its dates filled in with today where a past date is asked for. */
    public StepForm form(CaseRecord record, CaseStep step) {
        LocalDate today = London.dateOf(clock.instant());
        List<String> intro = new ArrayList<>();
        intro.add("Case " + record.reference().value() + " (" + boardName(record) + "): " + step.label() + ".");
        step.completes().flatMap(record::deadline).ifPresent(deadline -> intro.add(deadline.kind().label() + ": "
                + describe(deadline, clock.instant()) + "."));
        Optional<String> copyable = step == CaseStep.NATIONAL_PANEL_NOTIFIED
                ? NationalPanelDraft.text(record, boardName(record)) : Optional.empty();
        copyable.ifPresent(text -> intro.add("Copy the notification below into the national panel's form, then "
                + "record the date you sent it."));
        Map<String, String> values = new java.util.LinkedHashMap<>();
        for (StepField field : step.fields()) {
            if (field.type() == StepField.Type.DATE && !field.id().equals(CaseStep.Fields.PLANNED_FOR)) {
                values.put(field.id(), today.toString());
            }
        }
        return new StepForm(step.label() + ": " + record.reference().value(), intro, copyable, step.fields(), values,
                Map.of(), Choice.of("Record " + step.label().toLowerCase(Locale.UK),
                new ButtonAction.TakeStep(record.id().value(), step.id())));
    }

    /** The steps this person may take on the case now, as buttons opening their forms (none for a practitioner). */
    public List<Choice> stepButtons(CaseRecord record, UserRef who) {
        if (!roles.runsReviews(record.board(), who)) {
            return List.of();
        }
        return CaseLifecycle.available(record).stream().limit(MAX_BUTTONS).map(step -> Choice.of(step.buttonLabel(),
                new ButtonAction.OpenStep(record.id().value(), step.id()))).toList();
    }

    private List<Fact> recorded(CaseRecord record) {
        List<Fact> facts = new ArrayList<>();
        facts.add(Fact.of("Board", boardName(record)));
        facts.add(Fact.of("Stage", record.status().label()));
        facts.add(Fact.of("Recommendation", record.recommendation().outcome().label()));
        record.decision().ifPresent(decision -> facts.add(Fact.of("Chair's decision", decision.outcome().label()
                + " (by " + decision.chair().displayName() + ", " + UkDates.format(London.dateOf(decision.at())) + ")")));
        for (CaseStep step : CaseStep.values()) {
            if (step == CaseStep.LEAD_REVIEWERS) {
                record.decision().filter(decision -> !decision.leadReviewers().isEmpty()).ifPresent(decision ->
                        facts.add(Fact.of("Lead reviewers", String.join(", ", decision.leadReviewers()))));
            }
            step.lastEntry(record).ifPresent(event -> facts.add(Fact.of(step.label(), event.detail().isBlank()
                    ? "recorded " + UkDates.format(London.dateOf(event.at())) : event.detail())));
        }
        return facts;
    }

    private Section dueNext(CaseRecord record, UserRef who) {
        Instant now = clock.instant();
        List<Fact> facts = new ArrayList<>();
        record.deadlines().stream().filter(deadline -> !deadline.isDone())
                .sorted(Comparator.comparing(CaseDeadline::due))
                .forEach(deadline -> facts.add(Fact.of(deadline.kind().label(), describe(deadline, now))));
        if (roles.runsReviews(record.board(), who)) {
            record.deadlines().stream().filter(deadline -> !deadline.isDone() && deadline.delayReason().isEmpty()
                            && ReminderPolicy.englandAndWales().isOverdue(deadline.kind(), deadline.due(), now))
                    .forEach(deadline -> facts.add(Fact.of("To record the reason for the delay", deadline.kind()
                            .label() + ": type delay " + record.reference().value() + " "
                            + CaseCommands.word(deadline.kind()) + " and the reason, or press Record the reason for "
                            + "the delay on its overdue reminder")));
        }
        List<String> next = new ArrayList<>();
        if (record.awaitsTheChair()) {
            next.add(THE_CHAIRS_DECISION);
        }
        CaseLifecycle.available(record).forEach(step -> next.add(step.label()));
        facts.add(Fact.of("Next steps", next.isEmpty()
                ? "none: the case is " + record.status().label().toLowerCase(Locale.UK) : String.join("; ", next)));
        List<Choice> buttons = new ArrayList<>();
        if (record.awaitsTheChair() && roles.isChair(record.board(), who)) {
            buttons.add(Choice.of(OPEN_DECISION_CARD, new ButtonAction.OpenDecisionCard(record.reference().value())));
        }
        buttons.addAll(stepButtons(record, who));
        return new Section("What is due next", facts, buttons);
    }

    private String boardName(CaseRecord record) {
        return boards.get(record.board()).map(Board::name).orElse(record.board().value());
    }

    /** A deadline in words: when it is due, who did it and when, or how overdue it is and why. */
    static String describe(CaseDeadline deadline, Instant now) {
        String due = "due " + UkDates.format(deadline.due());
        if (deadline.done().isPresent()) {
            DoneMark mark = deadline.done().get();
            return due + "; done by " + mark.who().displayName() + " on " + UkDates.format(London.dateOf(mark.at()));
        }
        if (ReminderPolicy.englandAndWales().isOverdue(deadline.kind(), deadline.due(), now)) {
            long days = ChronoUnit.DAYS.between(deadline.due(), London.dateOf(now));
            return due + "; OVERDUE by " + days + (days == 1 ? " day" : " days")
                    + deadline.delayReason().map(reason -> "; reason: " + reason)
                    .orElse("; reason for the delay not yet recorded") + calendarGap(deadline, now);
        }
        return due + calendarGap(deadline, now);
    }

    /** Why the deadline's next reminder may fall on a bank holiday, when it may; otherwise nothing. */
    private static String calendarGap(CaseDeadline deadline, Instant now) {
        ReminderPolicy policy = ReminderPolicy.englandAndWales();
        return policy.next(deadline.kind(), deadline.due(), now)
                .flatMap(reminder -> policy.calendarGap(reminder.date()))
                .map(gap -> "; reminders are timed counting only Saturdays and Sundays as days off: " + gap)
                .orElse("");
    }
}
