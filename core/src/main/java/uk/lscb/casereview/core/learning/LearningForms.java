package uk.lscb.casereview.core.learning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.CaseService;
import uk.lscb.casereview.core.cases.Cases;
import uk.lscb.casereview.core.learning.LearningService.Fields;
import uk.lscb.casereview.core.messages.Choice;
import uk.lscb.casereview.core.messages.StepField;
import uk.lscb.casereview.core.messages.StepField.Option;
import uk.lscb.casereview.core.messages.StepField.Type;
import uk.lscb.casereview.core.messages.StepForm;
import uk.lscb.casereview.core.people.PersonIds;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.refs.CaseId;

/**
 * A review's learning entered in chat and on the local page through the case steps' forms: each form is a
 * {@link StepForm} opened by {@link ButtonAction.OpenStep} and sent back as {@link ButtonAction.TakeStep} with one of
 * the ids below, so every platform renders and sends it as it does a step of the case (Teams' step card, Slack's
 * modal, the local page's form) and {@link LearningService} checks and records it as the API does.
 */
public final class LearningForms implements CaseService.MoreButtons {
    public static final String FINDING = "learning-finding";
    public static final String RECOMMENDATION = "learning-recommendation";
    public static final String ACTION = "learning-action";
    public static final String STARTED = "learning-started";
    public static final String DONE = "learning-done";
    public static final String RECORD = "learning-record";
    public static final String LEAD_REVIEWER = "learning-lead-reviewer";
    public static final String SOURCE = "learning-source";
    static final String ACTION_NUMBER = "action";
    static final String CONFIRM = "confirm";
    /** Findings listed by title in a form. */
    private static final int LISTED = 20;
    private static final List<String> ALL = List.of(FINDING, RECOMMENDATION, ACTION, STARTED, DONE, RECORD,
            LEAD_REVIEWER, SOURCE);

    private final Cases cases;
    private final LearningService service;

    public LearningForms(Cases cases, LearningService service) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.service = Objects.requireNonNull(service, "service");
    }

    /** Whether a step id is one of these forms. */
    public static boolean isLearning(String step) {
        return ALL.contains(step);
    }

    /**
     * The buttons opening the forms this person may fill in on the case now, most useful first; every one of them
     * (each platform puts as many in a row as it shows).
     */
    public List<Choice> buttons(CaseRecord record, UserRef who) {
        if (record.decision().isEmpty()) {
            return List.of();
        }
        Optional<ReviewLearning> review = service.of(record.id());
        List<Choice> buttons = new ArrayList<>();
        boolean enters = service.mayEnter(record, who);
        if (enters) {
            buttons.add(open(record, FINDING, "Record a finding"));
            if (review.filter(found -> !found.findings().isEmpty()).isPresent()) {
                buttons.add(open(record, RECOMMENDATION, "Record a recommendation"));
            }
            if (review.filter(found -> !found.recommendations().isEmpty()).isPresent()) {
                buttons.add(open(record, ACTION, "Record an action"));
            }
        }
        if (enters && fromAudit(record, review)) {
            buttons.add(open(record, SOURCE, "Say the learning is from the audit"));
        }
        if (review.filter(found -> !notStarted(openActions(found, who, enters)).isEmpty()).isPresent()) {
            buttons.add(open(record, STARTED, "Mark an action started"));
        }
        if (review.filter(found -> !openActions(found, who, enters).isEmpty()).isPresent()) {
            buttons.add(open(record, DONE, "Mark an action done"));
        }
        if (enters && review.filter(found -> !found.findings().isEmpty() && !found.isShared()).isPresent()) {
            buttons.add(open(record, RECORD, "Record the learning"));
        }
        if (service.namesLeadReviewers(record, who)) {
            buttons.add(open(record, LEAD_REVIEWER, "Name a lead reviewer"));
        }
        return List.copyOf(buttons);
    }

    /** A learning form's button pressed: the form, or why not; empty when it is not one of these forms. */
    public Optional<Opened> open(ButtonAction.OpenStep open, UserRef who) {
        if (!isLearning(open.step())) {
            return Optional.empty();
        }
        Optional<CaseRecord> record = cases.find(new CaseId(open.caseId()));
        if (record.isEmpty() || record.get().decision().isEmpty()) {
            return Optional.of(new Opened(Optional.empty(), "There is no review with learning to enter on that case."));
        }
        Optional<StepForm> form = form(record.get(), open.step(), Optional.of(who));
        return Optional.of(form.map(shown -> new Opened(Optional.of(shown), ""))
                .orElseGet(() -> new Opened(Optional.empty(), "You can't fill that in on "
                        + record.get().reference().value() + ": the board's Chair, business manager, administrators "
                        + "and the review's lead reviewers enter its learning, and an action's owner marks it started "
                        + "and done.")));
    }

    /** A form, or a message instead of one. */
    public record Opened(Optional<StepForm> form, String message) {
    }

    /** A learning form as those who enter the learning see it, to show it again refused with what was typed. */
    @Override
    public Optional<StepForm> form(CaseRecord record, String step) {
        return isLearning(step) && record.decision().isPresent() ? form(record, step, Optional.empty())
                : Optional.empty();
    }

    /** A learning form sent back; empty when it is not one of these forms. */
    @Override
    public Optional<CaseService.ActionResult> pressed(ButtonAction.CaseChange pressed, Map<String, String> inputs,
                                                      CaseService.Actor actor) {
        if (!(pressed instanceof ButtonAction.TakeStep take) || !isLearning(take.step())) {
            return Optional.empty();
        }
        CaseId caseId = new CaseId(take.caseId());
        LearningService.Result result = switch (take.step()) {
            case FINDING -> service.addFinding(caseId, new LearningService.FindingInput(inputs.get(Fields.TITLE),
                    inputs.get(Fields.TEXT), StepField.chosen(inputs.get(Fields.THEMES)), inputs.get(Fields.KIND)),
                    actor);
            case RECOMMENDATION -> {
                Optional<List<Integer>> findings = numbers(inputs.get(Fields.FINDINGS));
                yield findings.isEmpty() ? LearningService.Result.refused("Please choose the findings the "
                        + "recommendation is made from.", Fields.FINDINGS) : service.addRecommendation(caseId,
                        new LearningService.RecommendationInput(inputs.get(Fields.TEXT), findings.get(),
                                list(inputs.get(Fields.AGENCIES))), actor);
            }
            case ACTION -> {
                Optional<Integer> recommendation = number(inputs.get(Fields.RECOMMENDATION));
                yield recommendation.isEmpty() ? LearningService.Result.refused("Please choose the recommendation.",
                        Fields.RECOMMENDATION) : service.addAction(caseId, new LearningService.ActionInput(
                        recommendation.get(), inputs.get(Fields.AGENCY), PersonIds.typed(inputs.get(Fields.OWNER),
                        actor.who().platform()), inputs.get(Fields.DUE)), actor);
            }
            case STARTED -> {
                Optional<Integer> action = number(inputs.get(ACTION_NUMBER));
                yield action.isEmpty() ? LearningService.Result.refused("Please choose the action.", ACTION_NUMBER)
                        : service.start(caseId, action.get(), actor);
            }
            case DONE -> {
                Optional<Integer> action = number(inputs.get(ACTION_NUMBER));
                yield action.isEmpty() ? LearningService.Result.refused("Please choose the action.", ACTION_NUMBER)
                        : service.markDone(caseId, action.get(), new LearningService.EvidenceInput(
                        inputs.get(Fields.EVIDENCE), inputs.get(Fields.LINK), inputs.get(Fields.EMBEDDED)), actor);
            }
            case SOURCE -> service.source(caseId, inputs.get(Fields.SOURCE), actor);
            case RECORD -> "true".equalsIgnoreCase(inputs.get(CONFIRM)) ? service.share(caseId, actor)
                    : LearningService.Result.refused("Tick the box to share the findings with both boards.", CONFIRM);
            default -> {
                Optional<UserRef> person = PersonIds.typed(inputs.get(Fields.PERSON), actor.who().platform());
                yield person.isEmpty() ? LearningService.Result.refused("Please choose the lead reviewer.",
                        Fields.PERSON) : service.leadReviewer(caseId, person.get(), actor);
            }
        };
        return Optional.of(new CaseService.ActionResult(result.applied(), result.message(), cases.find(caseId),
                result.field()));
    }

    /** The form for this person (empty when they may not fill it in), or for anyone who enters the learning. */
    private Optional<StepForm> form(CaseRecord record, String step, Optional<UserRef> person) {
        Optional<ReviewLearning> review = service.of(record.id());
        boolean enters = person.map(who -> service.mayEnter(record, who)).orElse(true);
        String reference = record.reference().value();
        List<String> intro = new ArrayList<>();
        List<StepField> fields = new ArrayList<>();
        String title;
        switch (step) {
            case FINDING -> {
                if (!enters) {
                    return Optional.empty();
                }
                title = "Record a finding: " + reference;
                fields.add(StepField.of(Fields.TITLE, "Title", Type.LINE, true, "A short line, at most "
                        + LearningService.MAX_TITLE + " characters."));
                fields.add(StepField.of(Fields.TEXT, "The finding", Type.TEXT, true, ""));
                fields.add(new StepField(Fields.THEMES, "Themes", Type.CHOICES, true, "One or more.",
                        service.themes().all().stream().map(theme -> new Option(theme, capitalised(theme))).toList()));
                fields.add(new StepField(Fields.KIND, "Learning or good practice", Type.CHOICE, true, "",
                        Arrays.stream(Finding.Kind.values()).map(kind -> new Option(kind.id(), kind.label()))
                                .toList()));
            }
            case RECOMMENDATION -> {
                if (!enters || review.map(ReviewLearning::findings).orElse(List.of()).isEmpty()) {
                    return Optional.empty();
                }
                title = "Record a recommendation: " + reference;
                fields.add(StepField.of(Fields.TEXT, "The recommendation", Type.TEXT, true, ""));
                fields.add(new StepField(Fields.FINDINGS, "Made from findings", Type.CHOICES, true, "One or more.",
                        review.get().findings().stream().map(finding -> new Option(Integer.toString(finding
                                .number()), finding.number() + ": " + clip(finding.title(), 60))).toList()));
                fields.add(StepField.of(Fields.AGENCIES, "For agencies", Type.LINE, false,
                        "Their names, separated by commas; leave empty for the board."));
            }
            case ACTION -> {
                if (!enters || review.map(ReviewLearning::recommendations).orElse(List.of()).isEmpty()) {
                    return Optional.empty();
                }
                title = "Record an action: " + reference;
                fields.add(new StepField(Fields.RECOMMENDATION, "On recommendation", Type.CHOICE, true, "",
                        review.get().recommendations().stream().map(recommendation -> new Option(Integer.toString(
                                recommendation.number()), recommendation.number() + ": " + clip(recommendation
                                .text(), 60))).toList()));
                fields.add(StepField.of(Fields.AGENCY, "Agency", Type.LINE, true, ""));
                fields.add(StepField.of(Fields.OWNER, "Owner", Type.PERSON, false, "Someone who uses the assistant "
                        + "on Teams or Slack: they are reminded in their chat. Leave it empty for none."));
                fields.add(StepField.of(Fields.DUE, "Due", Type.DATE, true, "After today."));
            }
            case STARTED -> {
                List<LearningAction> open = notStarted(review.map(found -> openActions(found, person, enters))
                        .orElse(List.of()));
                if (open.isEmpty()) {
                    return Optional.empty();
                }
                title = "Mark an action started: " + reference;
                intro.add("The action is then shown in progress until it is marked done with its evidence.");
                fields.add(actionChoice(open));
            }
            case DONE -> {
                List<LearningAction> open = review.map(found -> openActions(found, person, enters)).orElse(List.of());
                if (open.isEmpty()) {
                    return Optional.empty();
                }
                title = "Mark an action done: " + reference;
                intro.add("Nothing is marked done without its evidence and a link to it.");
                fields.add(actionChoice(open));
                fields.add(StepField.of(Fields.EVIDENCE, "What was done", Type.TEXT, true, ""));
                fields.add(StepField.of(Fields.LINK, "Link to the evidence", Type.URL, true, "Starting with https://."));
                if (review.get().isSingleAgency()) {
                    fields.add(StepField.of(Fields.EMBEDDED, "How the recommendation is embedded in practice",
                            Type.TEXT, true, "A single agency review must show the recommendations are embedded."));
                }
            }
            case RECORD -> {
                if (!enters || review.filter(found -> !found.findings().isEmpty() && !found.isShared()).isEmpty()) {
                    return Optional.empty();
                }
                title = "Record the learning: " + reference;
                listFindings(review.get(), intro);
                fields.add(StepField.of(CONFIRM, "Share these findings with both boards' learning log and panel "
                        + "channels", Type.BOOLEAN, true, ""));
            }
            case SOURCE -> {
                if (!enters || !fromAudit(record, review)) {
                    return Optional.empty();
                }
                title = "Say the learning is from the audit: " + reference;
                intro.add("The decision asked for audit and quality-assurance activity: say which audit this "
                        + "learning comes from. The learning log then names that audit in place of the review.");
                fields.add(new StepField(Fields.SOURCE, "The learning is from", Type.CHOICE, true, "", List.of(
                        new Option(ReviewLearning.Source.SINGLE_AGENCY_AUDIT.label(),
                                "Single-agency audit (the agency's own)"),
                        new Option(ReviewLearning.Source.MULTI_AGENCY_AUDIT.label(),
                                "Multi-agency audit (led by the Joint LSCB Performance Subgroup)"))));
            }
            default -> {
                if (person.filter(who -> !service.namesLeadReviewers(record, who)).isPresent()) {
                    return Optional.empty();
                }
                title = "Name a lead reviewer: " + reference;
                fields.add(StepField.of(Fields.PERSON, "Lead reviewer", Type.PERSON, true, "Someone who uses the "
                        + "assistant on Teams or Slack. They may then enter the learning."));
            }
        }
        if (fields.stream().anyMatch(field -> field.type().isFreeText())) {
            intro.add(0, "Never type a child's name or date of birth: describe people by their role.");
        }
        return Optional.of(new StepForm(title, intro, Optional.empty(), fields, Map.of(), Map.of(),
                Choice.of(title.substring(0, title.indexOf(':')), new ButtonAction.TakeStep(record.id().value(),
                        step))));
    }

    /** Whether the decision asked for an audit and the learning is not yet recorded, so it may be from that audit. */
    private static boolean fromAudit(CaseRecord record, Optional<ReviewLearning> review) {
        return LearningService.auditAsked(record) && review.filter(ReviewLearning::isShared).isEmpty();
    }

    private static Choice open(CaseRecord record, String step, String label) {
        return Choice.of(label, new ButtonAction.OpenStep(record.id().value(), step));
    }

    /** The actions this person may mark done: all open ones for those who enter the learning, else their own. */
    private static List<LearningAction> openActions(ReviewLearning review, UserRef who, boolean enters) {
        return openActions(review, Optional.of(who), enters);
    }

    /** As above; for no one in particular, those who enter the learning. */
    private static List<LearningAction> openActions(ReviewLearning review, Optional<UserRef> who, boolean enters) {
        return review.actions().stream().filter(action -> !action.isDone())
                .filter(action -> enters || who.filter(action::isOwner).isPresent()).toList();
    }

    private static List<LearningAction> notStarted(List<LearningAction> actions) {
        return actions.stream().filter(action -> action.progress() == LearningAction.Progress.NOT_STARTED).toList();
    }

    /** The choice of one of these actions, by number, agency and due date. */
    private static StepField actionChoice(List<LearningAction> actions) {
        return new StepField(ACTION_NUMBER, "Action", Type.CHOICE, true, "", actions.stream().map(action ->
                new Option(Integer.toString(action.number()), action.number() + ": " + clip(action.agency(), 40)
                        + ", due " + uk.lscb.casereview.core.messages.UkDates.format(action.due()))).toList());
    }

    /** The text in at most this many characters, the last an ellipsis where it was cut. */
    static String clip(String text, int most) {
        return text.length() <= most ? text : text.substring(0, most - 1) + "…";
    }

    /**
     * The findings to be shared, by number and title in short: the first {@value #LISTED}, so that a review with many
     * keeps its card and modal within the platforms' limits.
     */
    private static void listFindings(ReviewLearning review, List<String> intro) {
        review.findings().stream().limit(LISTED).forEach(finding -> intro.add("Finding " + finding.number() + ": "
                + clip(finding.title(), 80)));
        if (review.findings().size() > LISTED) {
            intro.add("Findings " + (LISTED + 1) + " to " + review.findings().size() + " are not listed here; they "
                    + "are shared with the rest.");
        }
    }

    private static String capitalised(String theme) {
        return theme.isEmpty() ? theme : theme.substring(0, 1).toUpperCase(Locale.UK) + theme.substring(1);
    }

    private static List<String> list(String typed) {
        return typed == null ? List.of() : Arrays.stream(typed.split("[,;\\n]")).map(String::trim)
                .filter(item -> !item.isEmpty()).toList();
    }

    private static Optional<Integer> number(String typed) {
        return typed != null && typed.trim().matches("\\d{1,4}") ? Optional.of(Integer.parseInt(typed.trim()))
                : Optional.empty();
    }

    private static Optional<List<Integer>> numbers(String typed) {
        List<String> items = list(typed == null ? null : typed.replace(' ', ','));
        if (items.isEmpty() || !items.stream().allMatch(item -> item.matches("\\d{1,4}"))) {
            return Optional.empty();
        }
        return Optional.of(items.stream().map(Integer::parseInt).toList());
    }
}
