package uk.lscb.casereview.core.cases;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.lscb.casereview.core.messages.DueDates;
import uk.lscb.casereview.core.messages.StepField;
import uk.lscb.casereview.core.messages.UkDates;
import uk.lscb.casereview.core.rules.Outcome;

/**
 * Reads a step's values by its fields' types: a date as typed or {@code yyyy-MM-dd} (not in the future, or for a
 * planned date not in the past nor further ahead than a due date may be, {@link DueDates#FURTHEST}), a choice among
 * its options, a web address, a tick box, text of at most {@link CaseLifecycle#MAX_FREE_TEXT} characters. What was
 * typed is never repeated back (it might hold a name).
 */
final class StepValues {
    private StepValues() {
    }

    /**
     * Puts the step's values, read and normalised, into {@code read}; or gives the refusal of the first field that is
     * missing or wrong, naming that field.
     */
    static Optional<CaseLifecycle.Result> read(CaseRecord record, CaseAction.Step action, LocalDate today,
                                               Map<String, String> read) {
        for (StepField field : action.step().fields()) {
            String raw = Optional.ofNullable(action.values().get(field.id())).map(String::trim).orElse("");
            if (raw.isEmpty()) {
                if (field.required()) {
                    return refused("Please fill in \u201C" + field.label() + "\u201D.", field);
                }
                continue;
            }
            Optional<String> problem = switch (field.type()) {
                case DATE -> date(field, raw, today, read);
                case CHOICE -> field.options().stream().anyMatch(option -> option.value().equals(raw))
                        ? put(read, field, raw) : Optional.of("Please choose one of the " + lower(field.label())
                        + " options.");
                case CHOICES -> StepField.chosen(raw).stream().allMatch(value -> field.options().stream()
                        .anyMatch(option -> option.value().equals(value))) ? put(read, field, raw)
                        : Optional.of("Please choose from the " + lower(field.label()) + " options.");
                case URL -> isWebAddress(raw) ? put(read, field, raw)
                        : Optional.of("The " + lower(field.label()) + " must be a web address starting with https:// "
                        + "or http://.");
                case BOOLEAN -> bool(raw).map(yes -> put(read, field, yes.toString()))
                        .orElse(Optional.of("Please tick the box or leave it empty."));
                case PERSON -> put(read, field, raw);
                case TEXT, LINE -> raw.length() > CaseLifecycle.MAX_FREE_TEXT ? Optional.of(String.format(Locale.UK,
                        "The %s is %,d characters long; it can be at most %,d.", lower(field.label()), raw.length(),
                        CaseLifecycle.MAX_FREE_TEXT)) : put(read, field, raw);
            };
            if (problem.isPresent()) {
                return refused(problem.get(), field);
            }
        }
        return rules(record, action.step(), read);
    }

    /**
     * What a step's fields cannot say alone: no date before the LSCB was notified of the incident (a review started
     * "01/01/2019" on a case notified in 2026 was recorded, and a step is recorded once), the other method named, an
     * SCR's lead reviewers independent.
     */
    private static Optional<CaseLifecycle.Result> rules(CaseRecord record, CaseStep step, Map<String, String> read) {
        for (StepField field : step.fields()) {
            boolean past = field.type() == StepField.Type.DATE && !field.id().equals(CaseStep.Fields.PLANNED_FOR);
            if (past && read.containsKey(field.id())
                    && LocalDate.parse(read.get(field.id())).isBefore(record.notifiedOn())) {
                return Optional.of(new CaseLifecycle.Result.Refused("The " + lower(field.label()) + " cannot be "
                        + "before " + UkDates.format(record.notifiedOn()) + ", when the LSCB was notified of the "
                        + "incident.", Optional.of(field.id())));
            }
        }
        if (step == CaseStep.METHODOLOGY && "other".equals(read.get(CaseStep.Fields.METHODOLOGY))
                && !read.containsKey(CaseStep.Fields.OTHER_METHOD)) {
            return Optional.of(new CaseLifecycle.Result.Refused("Please name the other systems method.",
                    Optional.of(CaseStep.Fields.OTHER_METHOD)));
        }
        if (step == CaseStep.RAPID_REVIEW) {
            for (String covered : List.of(CaseStep.Fields.FACTS, CaseStep.Fields.IMMEDIATE_ACTION,
                    CaseStep.Fields.LEARNING)) {
                if (!"true".equals(read.get(covered))) {
                    return Optional.of(new CaseLifecycle.Result.Refused("A rapid review covers each of these: please "
                            + "tick \u201C" + step.fields().stream().filter(field -> field.id().equals(covered))
                            .findFirst().orElseThrow().label() + "\u201D once it is done.",
                            Optional.of(covered)));
                }
            }
        }
        if (step == CaseStep.LOCAL_REVIEW_PUBLISHED) {
            Optional<LocalDate> sent = CaseStep.LOCAL_REVIEW_REPORT_SENT.lastEntry(record)
                    .map(entry -> entry.values().get(CaseStep.Fields.SENT_ON)).map(LocalDate::parse);
            LocalDate published = LocalDate.parse(read.get(CaseStep.Fields.PUBLISHED_ON));
            if (sent.filter(on -> !published.isAfter(on)).isPresent()) {
                return Optional.of(new CaseLifecycle.Result.Refused("The final report goes to the Panel and the "
                        + "Secretary of State before it is published: it was sent on " + UkDates.format(sent.get())
                        + ", so the date published must be after that.", Optional.of(CaseStep.Fields.PUBLISHED_ON)));
            }
        }
        boolean scr = record.decision().filter(d -> d.outcome() == Outcome.SERIOUS_CASE_REVIEW).isPresent();
        if (step == CaseStep.LEAD_REVIEWERS && scr && !"true".equals(read.get(CaseStep.Fields.INDEPENDENT))) {
            return Optional.of(new CaseLifecycle.Result.Refused("Please confirm that the lead reviewers are "
                    + "independent of the case and of the organisations whose actions are being reviewed.",
                    Optional.of(CaseStep.Fields.INDEPENDENT)));
        }
        return Optional.empty();
    }

    /** One line for the audit trail: each value recorded, by its field's label. */
    static String describe(CaseStep step, Map<String, String> read) {
        List<String> parts = new ArrayList<>();
        for (StepField field : step.fields()) {
            String value = read.get(field.id());
            if (value == null) {
                continue;
            }
            String shown = switch (field.type()) {
                case DATE -> UkDates.format(LocalDate.parse(value));
                case CHOICE -> field.options().stream().filter(option -> option.value().equals(value))
                        .map(StepField.Option::label).findFirst().orElse(value);
                case BOOLEAN -> "true".equals(value) ? "yes" : "no";
                default -> value;
            };
            parts.add(lower(field.label()) + ": " + shown);
        }
        return String.join("; ", parts);
    }

    private static Optional<String> date(StepField field, String raw, LocalDate today, Map<String, String> read) {
        Optional<LocalDate> date = UkDates.parse(raw, today);
        if (date.isEmpty()) {
            return Optional.of(UkDates.impossible(raw).orElse("The " + lower(field.label()) + " is not a date I can "
                    + "read: use, for example, " + UkDates.format(today) + " or " + today + "."));
        }
        boolean planned = field.id().equals(CaseStep.Fields.PLANNED_FOR);
        if (planned && date.get().isBefore(today)) {
            return Optional.of("The " + lower(field.label()) + " cannot be in the past.");
        }
        LocalDate latest = today.plus(DueDates.FURTHEST);
        if (planned && date.get().isAfter(latest)) {
            return Optional.of("The " + lower(field.label()) + " must be no later than " + UkDates.format(latest)
                    + ", two years from today.");
        }
        if (!planned && date.get().isAfter(today)) {
            return Optional.of("The " + lower(field.label()) + " cannot be in the future.");
        }
        return put(read, field, date.get().toString());
    }

    private static Optional<String> put(Map<String, String> read, StepField field, String value) {
        read.put(field.id(), value);
        return Optional.empty();
    }

    private static Optional<Boolean> bool(String raw) {
        return switch (raw.toLowerCase(Locale.UK)) {
            case "true", "yes", "on" -> Optional.of(true);
            case "false", "no", "off" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    static boolean isWebAddress(String address) {
        try {
            URI uri = URI.create(address.trim());
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }

    private static String lower(String label) {
        return label.substring(0, 1).toLowerCase(Locale.UK) + label.substring(1);
    }

    private static Optional<CaseLifecycle.Result> refused(String message, StepField field) {
        return Optional.of(new CaseLifecycle.Result.Refused(message, Optional.of(field.id())));
    }
}
