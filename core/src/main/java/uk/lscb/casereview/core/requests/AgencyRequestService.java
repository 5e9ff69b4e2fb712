package uk.lscb.casereview.core.requests;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.boards.Board;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.boards.Roles;
import uk.lscb.casereview.core.cases.AuditEvent;
import uk.lscb.casereview.core.cases.CaseLifecycle;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.CaseService;
import uk.lscb.casereview.core.cases.Cases;
import uk.lscb.casereview.core.cases.DoneMark;
import uk.lscb.casereview.core.cases.FollowUp;
import uk.lscb.casereview.core.deadlines.London;
import uk.lscb.casereview.core.deadlines.WorkingDays;
import uk.lscb.casereview.core.messages.Choice;
import uk.lscb.casereview.core.messages.DueDates;
import uk.lscb.casereview.core.messages.PersonalDetails;
import uk.lscb.casereview.core.messages.StepField;
import uk.lscb.casereview.core.messages.StepForm;
import uk.lscb.casereview.core.messages.UkDates;
import uk.lscb.casereview.core.people.PersonIds;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.store.StoreUnavailableException;

/**
 * Asks agencies for information on a case and records what they provide, the same for every channel and the API.
 * Who may act is checked here, on the server: the board's Chair, business manager or administrator asks (a
 * practitioner may not); the contact, those same people, or the board's panel channel marks it provided. Each step
 * is stored on the request, then written to the case's audit trail (who, when, rule pack version) with the
 * follow-ups it owes (the contact's message, the panel's note, the reminders), in the case's one write; a crash
 * between the two leaves the request unrecorded and {@link #completePending} finishes it. A refusal changes nothing
 * and says why; a second press says who provided it and when.
 */
public final class AgencyRequestService implements CaseService.MoreButtons {
    private static final System.Logger LOG = System.getLogger(AgencyRequestService.class.getName());
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK)
            .withZone(London.ZONE);
    private static final int MAX_ATTEMPTS = 10;
    /** The input ids of the form that asks an agency (chat, the local page, the API's fields). */
    public static final String AGENCY = "agency";
    public static final String CONTACT = "contact";
    public static final String ASKED = "asked";
    public static final String DUE = "due";
    /**
     * The form asking an agency, as the buttons that open and submit it ({@link ButtonAction.OpenStep},
     * {@link ButtonAction.TakeStep}) name it: not a {@code CaseStep}, since a request is kept apart from its case.
     */
    public static final String FORM_STEP = "agency-request";

    private final Cases cases;
    private final AgencyRequests requests;
    private final Roles roles;
    private final Boards boards;
    private final WorkingDays workingDays;
    private final Clock clock;
    private final Consumer<CaseRecord> owing;

    /**
     * @param owing told of a case that now owes follow-ups (the follow-up processor carries them out)
     */
    public AgencyRequestService(Cases cases, AgencyRequests requests, Roles roles, Boards boards,
                                WorkingDays workingDays, Clock clock, Consumer<CaseRecord> owing) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.requests = Objects.requireNonNull(requests, "requests");
        this.roles = Objects.requireNonNull(roles, "roles");
        this.boards = Objects.requireNonNull(boards, "boards");
        this.workingDays = Objects.requireNonNull(workingDays, "workingDays");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.owing = Objects.requireNonNull(owing, "owing");
    }

    /** What is asked, as typed: the agency, its contact's platform id (or blank for none), the request, the due date. */
    public record Ask(String agency, Optional<UserRef> contact, String asked, String due) {
        public Ask {
            Objects.requireNonNull(contact, "contact");
        }
    }

    /**
     * What came of a step: whether it was taken, a message for the person, the request as it now is, the form field
     * a refusal is about (so a form can show it beside that field), and whether it was refused because of who asked.
     */
    public record Result(boolean applied, String message, Optional<AgencyRequest> request, Optional<String> field,
                         boolean forbidden) {
        static Result refused(String message) {
            return new Result(false, message, Optional.empty(), Optional.empty(), false);
        }

        static Result refused(String message, String field) {
            return new Result(false, message, Optional.empty(), Optional.of(field), false);
        }

        static Result forbidden(String message, Optional<AgencyRequest> request) {
            return new Result(false, message, request, Optional.empty(), true);
        }

        static Result done(String message, AgencyRequest request) {
            return new Result(true, message, Optional.of(request), Optional.empty(), false);
        }
    }

    /** Asks the case's agency for information, if this person may. */
    public Result ask(CaseId caseId, Ask ask, CaseService.Actor actor) {
        return ask(caseId, ask, actor, false);
    }

    /**
     * As {@link #ask(CaseId, Ask, CaseService.Actor)}; {@code administratorToken} says the caller checked the
     * deployment's administrator token (the API outside local mode), which stands for an administrator of every board.
     */
    public Result ask(CaseId caseId, Ask ask, CaseService.Actor actor, boolean administratorToken) {
        try {
            Optional<CaseRecord> found = cases.find(caseId);
            if (found.isEmpty()) {
                return Result.refused(CaseService.noSuchCase(caseId));
            }
            CaseRecord record = found.get();
            if (!administratorToken && !mayAsk(record, actor.who())) {
                logRefusal("ask", caseId, actor);
                return Result.forbidden(notAsker(record) + " Your attempt has been recorded.", Optional.empty());
            }
            if (!record.status().isOpen()) {
                return Result.refused(closed(record));
            }
            Optional<Result> refused = checked(ask);
            if (refused.isPresent()) {
                return refused.get();
            }
            DueDates.Read due = DueDates.read(ask.due(), London.dateOf(clock.instant()), workingDays,
                    "Please give the date the information is due, for example 18/12/2026.");
            if (due instanceof DueDates.Refused notDue) {
                return Result.refused(notDue.why(), DUE);
            }
            return create(record, ask, (DueDates.Due) due, actor.who());
        } catch (StoreUnavailableException down) {
            LOG.log(System.Logger.Level.WARNING, "store unavailable for an agency request on case {0}", caseId.value());
            return Result.refused(StoreUnavailableException.NOTHING_SAVED);
        }
    }

    /** Marks the case's request {@code number} provided, if this person may. */
    public Result provided(CaseId caseId, int number, CaseService.Actor actor) {
        return provided(caseId, number, actor, false);
    }

    /**
     * As {@link #provided(CaseId, int, CaseService.Actor)}; {@code administratorToken} as for
     * {@link #ask(CaseId, Ask, CaseService.Actor, boolean)}.
     */
    public Result provided(CaseId caseId, int number, CaseService.Actor actor, boolean administratorToken) {
        try {
            for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
                Optional<AgencyRequest> found = requests.find(caseId, number);
                if (found.isEmpty()) {
                    return Result.refused(cases.find(caseId).map(record -> "Case " + record.reference().value()
                            + " has no agency request " + number + ".").orElseGet(() -> CaseService.noSuchCase(caseId)));
                }
                AgencyRequest request = found.get();
                if (!administratorToken && !mayMarkProvided(request, actor)) {
                    logRefusal("provided", caseId, actor);
                    return Result.forbidden("Only the agency's contact, or the " + boardName(request)
                            + " Chair, business manager, an administrator or the board's panel channel, can mark this "
                            + "request provided. Your attempt has been recorded.", Optional.of(request));
                }
                if (request.isProvided()) {
                    return new Result(false, already(request), Optional.of(request), Optional.empty(), false);
                }
                AgencyRequest provided = request.providedBy(new DoneMark(actor.who(), clock.instant()));
                if (requests.update(provided, request.version())) {
                    AgencyRequest recorded = record(provided).orElse(provided);
                    return Result.done("Marked provided: the information " + describe(recorded) + ".", recorded);
                }
            }
            return Result.refused("The request is being changed by someone else right now. Please try again.");
        } catch (StoreUnavailableException down) {
            LOG.log(System.Logger.Level.WARNING, "store unavailable for an agency request on case {0}", caseId.value());
            return Result.refused(StoreUnavailableException.NOTHING_SAVED);
        }
    }

    /**
     * A Mark provided button, or the form asking an agency submitted (its fields as the inputs), as the adapters
     * hand every case button to {@link CaseService#cardAction}; a refusal names the field it is about.
     */
    @Override
    public Optional<CaseService.ActionResult> pressed(ButtonAction.CaseChange pressed, Map<String, String> inputs,
                                                      CaseService.Actor actor) {
        Result result;
        if (pressed instanceof ButtonAction.MarkProvided provided) {
            result = provided(new CaseId(provided.caseId()), provided.number(), actor);
        } else if (pressed instanceof ButtonAction.TakeStep take && take.step().equals(FORM_STEP)) {
            result = ask(new CaseId(take.caseId()), new Ask(inputs.get(AGENCY), PersonIds.typed(inputs.get(CONTACT),
                    actor.who().platform()), inputs.get(ASKED), inputs.get(DUE)), actor, actor.holdsAdminToken());
        } else {
            return Optional.empty();
        }
        CaseId caseId = new CaseId(pressed.caseId());
        Optional<CaseRecord> record;
        try {
            record = cases.find(caseId);
        } catch (StoreUnavailableException down) {
            record = Optional.empty();
        }
        return Optional.of(new CaseService.ActionResult(result.applied(), result.message(), record,
                result.field()));
    }

    /** The form asking an agency, for {@link CaseService#stepForm(CaseRecord, String)}. */
    @Override
    public Optional<StepForm> form(CaseRecord record, String step) {
        return step.equals(FORM_STEP) ? Optional.of(form(record)) : Optional.empty();
    }

    /**
     * The form asking an agency for information on the case: the agency, its contact (a person who uses the
     * assistant, or none), what is asked and the date it is due.
     */
    public StepForm form(CaseRecord record) {
        List<StepField> fields = List.of(
                StepField.of(AGENCY, "Agency", StepField.Type.LINE, true, "For example Staffordshire Police."),
                StepField.of(CONTACT, "Their contact", StepField.Type.PERSON, false, "Someone at the agency who uses "
                        + "the assistant on Teams or Slack: they are told in their chat, with a button to mark it "
                        + "provided. Leave it empty for none."),
                StepField.of(ASKED, "What is asked", StepField.Type.TEXT, true, "Never a child's name or date of "
                        + "birth: use the case reference, and describe people by their role."),
                StepField.of(DUE, "Due date", StepField.Type.DATE, true, "A weekend or bank holiday moves to the next "
                        + "working day."));
        return new StepForm("Ask an agency for information: " + record.reference().value(), List.of(
                "Case " + record.reference().value() + " (" + boardName(record) + "): ask an agency for information. "
                        + "Agencies must contribute (Children Act 2004 s14B); the contact is told with the legal "
                        + "basis in the framework's words.",
                "Reminders go to the contact and the panel channel 7 and 2 days before it is due, on the day, then "
                        + "weekly until it is marked provided; once overdue, the Chair is told too."),
                Optional.empty(), fields, Map.of(), Map.of(), Choice.of("Ask the agency",
                new ButtonAction.TakeStep(record.id().value(), FORM_STEP)));
    }

    /** Why this person may not ask on this case now (not one of the board's people, or the case is closed). */
    public Optional<String> refusalToAsk(CaseRecord record, UserRef who) {
        if (!mayAsk(record, who)) {
            return Optional.of(notAsker(record));
        }
        return record.status().isOpen() ? Optional.empty() : Optional.of(closed(record));
    }

    private String notAsker(CaseRecord record) {
        return "Only the " + boardName(record) + " Chair, business manager or an administrator can ask an agency for "
                + "information.";
    }

    private static String closed(CaseRecord record) {
        return "Case " + record.reference().value() + " is " + record.status().label().toLowerCase(Locale.UK)
                + ", so no more information can be asked for it.";
    }

    /** The case's requests. */
    public List<AgencyRequest> ofCase(CaseId caseId) {
        return requests.ofCase(caseId);
    }

    /** Requests across the cases of every board whose reviews this person runs (Chair, business manager, administrator). */
    public List<AgencyRequest> visibleTo(UserRef who) {
        List<AgencyRequest> all = new ArrayList<>();
        for (Board board : boards.all()) {
            if (roles.runsReviews(board.id(), who)) {
                all.addAll(requests.ofBoard(board.id()));
            }
        }
        all.sort(InMemoryAgencyRequests.BY_DUE);
        return all;
    }

    /** Whether this person may ask for and see the case's requests. */
    public boolean mayAsk(CaseRecord record, UserRef who) {
        return roles.runsReviews(record.board(), who);
    }

    /**
     * Writes to their cases the requests a crash left unrecorded (at start-up and with the follow-up sweep).
     * @return how many
     */
    public int completePending() {
        int completed = 0;
        for (AgencyRequest request : requests.unrecorded()) {
            if (record(request).isPresent()) {
                completed++;
            }
        }
        return completed;
    }

    /** "from Staffordshire Police (request 2 on SCR-2026-014), due 18 December 2026". */
    public static String describe(AgencyRequest request) {
        return "from " + request.agency() + " (request " + request.number() + " on " + request.reference().value()
                + "), due " + UkDates.format(request.due());
    }

    /** "Already marked provided by … on … at …." */
    public static String already(AgencyRequest request) {
        DoneMark mark = request.provided().orElseThrow();
        return "This information was already marked provided by " + mark.who().displayName() + " on "
                + WHEN.format(mark.at()) + ".";
    }

    private Result create(CaseRecord record, Ask ask, DueDates.Due due, UserRef who) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            int number = requests.ofCase(record.id()).size() + 1;
            AgencyRequest request = new AgencyRequest(record.id(), number, 1, record.board(), record.reference(),
                    ask.agency().trim(), ask.contact(), ask.asked().trim(), due.due(), who, clock.instant(),
                    Optional.empty(), false);
            if (requests.create(request)) {
                AgencyRequest recorded = record(request).orElse(request);
                return Result.done("Information requested " + describe(recorded) + due.moved() + ". "
                        + ask.contact().map(contact -> "Their contact is told in their chat with the assistant, "
                        + "with the legal basis and a button to mark it provided.")
                        .orElse("It has no contact on Teams or Slack, so only the panel channel is reminded.")
                        + " Reminders follow until it is marked provided.", recorded);
            }
        }
        return Result.refused("The case is being changed by someone else right now. Please try again.");
    }

    /**
     * Writes the request's latest step to its case (the audit event and what it owes), unless the case already has
     * it, then marks the request recorded. Empty when the case could not be written now (the sweep tries again).
     */
    private Optional<AgencyRequest> record(AgencyRequest request) {
        String what = request.isProvided() ? "agency information provided" : "agency information requested";
        String detail = "request " + request.number() + (request.isProvided() ? " from " + request.agency()
                : " to " + request.agency() + ", due " + UkDates.format(request.due()));
        FollowUp owed = new FollowUp(request.isProvided() ? FollowUp.Kind.AGENCY_PROVIDED : FollowUp.Kind.AGENCY_ASKED,
                0, Optional.of(Integer.toString(request.number())));
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Optional<CaseRecord> found = cases.find(request.caseId());
            if (found.isEmpty()) {
                return Optional.empty();
            }
            CaseRecord current = found.get();
            boolean written = current.audit().stream().anyMatch(event -> event.action().equals(what)
                    && event.detail().startsWith("request " + request.number() + " "));
            if (!written) {
                UserRef who = request.provided().map(DoneMark::who).orElse(request.askedBy());
                Instant at = request.provided().map(DoneMark::at).orElse(request.askedAt());
                FollowUp versioned = new FollowUp(owed.kind(), current.version() + 1, owed.text());
                CaseRecord next = current.recording(new AuditEvent(at, who, what, detail,
                        current.recommendation().rulePack()), List.of(versioned,
                        FollowUp.of(FollowUp.Kind.SCHEDULE_REMINDERS, current.version() + 1)));
                if (!cases.update(next, current.version())) {
                    continue;
                }
                owing.accept(next);
            }
            AgencyRequest recorded = request.withRecorded();
            return requests.update(recorded, request.version()) ? Optional.of(recorded)
                    : requests.find(request.caseId(), request.number());
        }
        return Optional.empty();
    }

    private Optional<Result> checked(Ask ask) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put(AGENCY, ask.agency());
        texts.put(ASKED, ask.asked());
        for (Map.Entry<String, String> text : texts.entrySet()) {
            String name = text.getKey().equals(AGENCY) ? "agency's name" : "description of what is asked";
            Optional<String> refusal = PersonalDetails.refusalOfFreeText(name, text.getValue(),
                    CaseLifecycle.MAX_FREE_TEXT);
            if (refusal.isPresent()) {
                return Optional.of(Result.refused(refusal.get(), text.getKey()));
            }
        }
        return ask.contact().flatMap(contact -> PersonIds.refusal("the contact", contact, roles.localIdentities()))
                .map(noOne -> Result.refused(noOne, CONTACT));
    }

    private boolean mayMarkProvided(AgencyRequest request, CaseService.Actor actor) {
        return request.isContact(actor.who()) || roles.runsReviews(request.board(), actor.who())
                || actor.panelChannelOf().filter(request.board()::equals).isPresent();
    }

    private String boardName(CaseRecord record) {
        return boards.get(record.board()).map(Board::name).orElse(record.board().value());
    }

    private String boardName(AgencyRequest request) {
        return boards.get(request.board()).map(Board::name).orElse(request.board().value());
    }

    private static void logRefusal(String what, CaseId id, CaseService.Actor actor) {
        LOG.log(System.Logger.Level.INFO, "refused agency request step {0} on case {1} for {2}:{3}", what, id.value(),
                actor.who().platform(), actor.who().id());
    }
}
