package uk.lscb.casereview.core.requests;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.cases.CaseCommands;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.CaseService;
import uk.lscb.casereview.core.cases.CaseViews;
import uk.lscb.casereview.core.cases.Cases;
import uk.lscb.casereview.core.deadlines.London;
import uk.lscb.casereview.core.messages.Choice;
import uk.lscb.casereview.core.messages.Fact;
import uk.lscb.casereview.core.messages.PersonalDetails;
import uk.lscb.casereview.core.messages.Reply;
import uk.lscb.casereview.core.messages.UkDates;
import uk.lscb.casereview.core.people.PersonIds;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.refs.CaseReference;
import uk.lscb.casereview.core.rules.TypedText;

/**
 * The chat commands of agencies' requests, on every platform: {@code request <reference>} (the button opening the
 * form that asks an agency, or the same as one typed line: {@code request <reference> agency: …; contact: …; due: …;
 * asks: …}), {@code requests} (across the cases of the boards whose reviews the person runs),
 * {@code requests <reference>} (one case's) and {@code provided <reference> <number>}. Who may do what is
 * checked by {@link AgencyRequestService}.
 */
public final class RequestCommands implements CaseCommands.More, CaseViews.Sections {
    private static final Pattern LIST = Pattern.compile("(?i)requests(?:\\s+(\\S+))?");
    private static final Pattern FORM = Pattern.compile("(?i)request\\s+(\\S+)");
    private static final Pattern ASK = Pattern.compile("(?is)request\\s+(\\S+)\\s+agency\\s*:(.*?);\\s*contact\\s*:"
            + "(.*?);\\s*due\\s*:(.*?);\\s*asks\\s*:(.*)");
    private static final Pattern PROVIDED = Pattern.compile("(?i)provided\\s+(\\S+)\\s+(\\d{1,4})");
    /** Buttons on one message: Adaptive Cards hosts show 5 actions in a set. */
    private static final int MAX_BUTTONS = 5;
    /** The button opening the form that asks an agency. */
    static final String ASK_LABEL = "Ask an agency for information";
    private static final String EXAMPLE = "agency: Staffordshire Police; contact: none; due: 18/12/2026; asks: a "
            + "chronology of police contact with the family";

    private final Cases cases;
    private final AgencyRequestService service;
    private final Clock clock;

    public RequestCommands(Cases cases, AgencyRequestService service, Clock clock) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.service = Objects.requireNonNull(service, "service");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Optional<List<Reply>> answer(String typed, UserRef who) {
        String text = TypedText.clean(typed);
        Matcher ask = ASK.matcher(text);
        if (ask.matches()) {
            return Optional.of(ask(ask, who));
        }
        Matcher form = FORM.matcher(text);
        if (form.matches()) {
            return Optional.of(withCase(form.group(1), who, record -> List.of(new Reply.Say("To ask an agency for "
                    + "information on " + record.reference().value() + ", press \u201C" + ASK_LABEL + "\u201D, or "
                    + "type one line: request " + record.reference().value() + " " + EXAMPLE + ". The contact is "
                    + "their Teams or Slack id (the platform you are on unless you write teams:, slack: or local: "
                    + "before it), or none. They are told in their chat, with the legal basis (Children Act 2004 "
                    + "s14B), and reminded until it is marked provided.", askButton(record)), list(record))));
        }
        Matcher list = LIST.matcher(text);
        if (list.matches()) {
            return Optional.of(list.group(1) == null ? List.of(across(who))
                    : withCase(list.group(1), who, record -> List.of(list(record))));
        }
        Matcher provided = PROVIDED.matcher(text);
        if (provided.matches()) {
            Optional<CaseRecord> record = find(provided.group(1));
            if (record.isEmpty()) {
                return Optional.of(notFound());
            }
            return Optional.of(List.of(new Reply.Say(service.provided(record.get().id(),
                    Integer.parseInt(provided.group(2)), CaseService.Actor.person(who)).message())));
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> recorded(String typed) {
        String text = TypedText.clean(typed);
        Matcher ask = ASK.matcher(text);
        if (ask.matches()) {
            return Optional.of("request " + reference(ask.group(1)) + " (an agency request of " + text.length()
                    + " characters, kept on the case once checked)");
        }
        Matcher form = FORM.matcher(text);
        if (form.matches()) {
            return Optional.of("request " + reference(form.group(1)));
        }
        Matcher list = LIST.matcher(text);
        if (list.matches()) {
            return Optional.of(list.group(1) == null ? "requests" : "requests " + reference(list.group(1)));
        }
        Matcher provided = PROVIDED.matcher(text);
        if (provided.matches()) {
            return Optional.of("provided " + reference(provided.group(1)) + " " + provided.group(2));
        }
        return Optional.empty();
    }

    @Override
    public List<Fact> commands(boolean runsReviews) {
        return runsReviews ? List.of(
                Fact.of("requests", "the agencies' requests for information on your boards' cases, by due date"),
                Fact.of("request REFERENCE", "ask an agency for information on a case"),
                Fact.of("provided REFERENCE NUMBER", "mark an agency's request provided")) : List.of();
    }

    /**
     * Mark provided pressed on a list of requests in a chat (as the same button on a message or reminder), or the
     * button opening the form that asks an agency: the form for those who may ask on the open case, otherwise why not.
     */
    @Override
    public Optional<List<Reply>> pressed(ButtonAction action, UserRef who) {
        if (action instanceof ButtonAction.OpenStep open && open.step().equals(AgencyRequestService.FORM_STEP)) {
            return Optional.of(cases.find(new CaseId(open.caseId())).map(record -> service.refusalToAsk(record, who)
                    .<Reply>map(Reply.Say::new).orElseGet(() -> new Reply.Form(service.form(record))))
                    .map(List::of).orElseGet(this::notFound));
        }
        if (!(action instanceof ButtonAction.MarkProvided provided)) {
            return Optional.empty();
        }
        return Optional.of(List.of(new Reply.Say(service.provided(new CaseId(
                provided.caseId()), provided.number(), CaseService.Actor.person(who)).message())));
    }

    /**
     * In {@code case} and {@code timeline}, for those who may see them: the case's requests, and while the case is
     * open the button asking an agency.
     */
    @Override
    public List<CaseViews.Section> of(CaseRecord record, UserRef who) {
        if (!service.mayAsk(record, who) || (service.ofCase(record.id()).isEmpty() && !record.status().isOpen())) {
            return List.of();
        }
        Reply.Summary summary = (Reply.Summary) list(record);
        return List.of(new CaseViews.Section(summary.title(), summary.facts(), summary.actions()));
    }

    /** The case's requests, with the button asking an agency while the case is open, and Mark provided on each open. */
    public Reply list(CaseRecord record) {
        List<AgencyRequest> requests = service.ofCase(record.id());
        List<Choice> buttons = new ArrayList<>(askButton(record));
        requests.stream().filter(request -> !request.isProvided()).limit(MAX_BUTTONS - buttons.size())
                .forEach(request -> buttons.add(Choice.of("Mark " + request.number() + " provided",
                        new ButtonAction.MarkProvided(request.caseId().value(), request.number()))));
        return new Reply.Summary(requests.isEmpty() ? "No agency has been asked for information on "
                + record.reference().value() + " yet." : "Agencies' information on " + record.reference().value(),
                requests.stream().map(request -> fact("Request " + request.number() + ": " + request.agency(),
                        request)).toList(), buttons);
    }

    /**
     * One line per request: its due date and where it stands. An overdue one says its reminders go to the Chair, not
     * that the Chair was told: the first overdue reminder goes at 09:00 on the next working day, and "escalated to
     * the Chair" was shown before it had gone.
     */
    public String standing(AgencyRequest request) {
        String due = "due " + UkDates.format(request.due());
        if (request.provided().isPresent()) {
            return due + "; provided (marked by " + request.provided().get().who().displayName() + " on "
                    + UkDates.format(London.dateOf(request.provided().get().at())) + ")";
        }
        LocalDate today = London.dateOf(clock.instant());
        long late = ChronoUnit.DAYS.between(request.due(), today);
        return due + (late > 0 ? "; OVERDUE by " + late + (late == 1 ? " day" : " days") + " (its overdue reminders "
                + "go to the Chair too)"
                : "; open") + request.contact().map(contact -> "; contact " + contact.id() + " (" + contact.platform()
                + ")").orElse("; no contact on Teams or Slack");
    }

    private Fact fact(String label, AgencyRequest request) {
        return Fact.of(label, standing(request));
    }

    private Reply across(UserRef who) {
        List<AgencyRequest> requests = service.visibleTo(who);
        List<Choice> buttons = new ArrayList<>();
        requests.stream().filter(request -> !request.isProvided()).limit(MAX_BUTTONS).forEach(request ->
                buttons.add(Choice.of("Mark " + request.reference().value() + " " + request.number() + " provided",
                        new ButtonAction.MarkProvided(request.caseId().value(), request.number()))));
        return new Reply.Summary(requests.isEmpty() ? "There are no agency requests on the cases you can see."
                : "Agencies' information across your boards' cases, by due date", requests.stream().map(request ->
                fact(request.reference().value() + " request " + request.number() + ": " + request.agency(), request))
                .toList(), buttons);
    }

    /** The button opening the form that asks an agency, while the case is open. */
    private static List<Choice> askButton(CaseRecord record) {
        return record.status().isOpen() ? List.of(Choice.of(ASK_LABEL, new ButtonAction.OpenStep(record.id().value(),
                AgencyRequestService.FORM_STEP))) : List.of();
    }

    private List<Reply> ask(Matcher ask, UserRef who) {
        Optional<CaseRecord> record = find(ask.group(1));
        if (record.isEmpty()) {
            return notFound();
        }
        AgencyRequestService.Result result = service.ask(record.get().id(), new AgencyRequestService.Ask(
                ask.group(2), PersonIds.typed(ask.group(3), who.platform()), ask.group(5), ask.group(4).trim()),
                CaseService.Actor.person(who));
        return List.of(new Reply.Say(result.message()));
    }

    private List<Reply> withCase(String reference, UserRef who,
                                 java.util.function.Function<CaseRecord, List<Reply>> replies) {
        Optional<CaseRecord> record = find(reference).filter(found -> service.mayAsk(found, who));
        return record.map(replies).orElseGet(this::notFound);
    }

    private Optional<CaseRecord> find(String reference) {
        if (!CaseReference.isWellFormed(reference)) {
            return Optional.empty();
        }
        List<CaseRecord> found = cases.findByReference(new CaseReference(reference));
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private static String reference(String typed) {
        return CaseReference.isWellFormed(typed) && PersonalDetails.suspect(typed).isEmpty() ? typed : "(not a case reference, " + typed.length() + " characters)";
    }

    private List<Reply> notFound() {
        return List.of(new Reply.Say("I can't find a case with that reference whose agencies' requests you can see. "
                + "The board's Chair, business managers and administrators see its cases' requests."));
    }
}
