package uk.lscb.casereview.core.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.lscb.casereview.core.boards.Board;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.boards.Roles;
import uk.lscb.casereview.core.conversation.Fact;
import uk.lscb.casereview.core.conversation.PersonalDetails;
import uk.lscb.casereview.core.conversation.Reply;
import uk.lscb.casereview.core.conversation.UkDates;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.deadlines.London;
import uk.lscb.casereview.core.deadlines.ReminderPolicy;
import uk.lscb.casereview.core.port.Cases;
import uk.lscb.casereview.core.port.ConversationKey;
import uk.lscb.casereview.core.port.TranscriptEntry;
import uk.lscb.casereview.core.port.Transcripts;
import uk.lscb.casereview.core.port.UserRef;
import uk.lscb.casereview.core.rules.TypedText;

/**
 * The chat commands about cases, typed at any point: {@code status <reference>}, {@code cases},
 * {@code transcript <reference>}, {@code done <reference> <deadline>} and
 * {@code delay <reference> <deadline> <reason>}. Who may see what is checked here: Chairs and
 * administrators see their board's cases; a practitioner sees the referrals they made.
 */
public final class CaseCommands {
    private static final Pattern STATUS = Pattern.compile("(?i)status\\s+(\\S+)");
    private static final Pattern TRANSCRIPT = Pattern.compile("(?i)transcript\\s+(\\S+)");
    private static final Pattern DONE = Pattern.compile("(?i)done\\s+(\\S+)\\s+(.+)");
    private static final Pattern DELAY = Pattern.compile("(?i)delay\\s+(\\S+)\\s+(decision|panel|scr|copy|publication)\\s+(.+)");
    private static final int TRANSCRIPT_LINES = 40;

    private final Cases cases;
    private final Transcripts transcripts;
    private final CaseService service;
    private final Roles roles;
    private final Boards boards;
    private final Clock clock;

    public CaseCommands(Cases cases, Transcripts transcripts, CaseService service, Roles roles, Boards boards,
                        Clock clock) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.transcripts = Objects.requireNonNull(transcripts, "transcripts");
        this.service = Objects.requireNonNull(service, "service");
        this.roles = Objects.requireNonNull(roles, "roles");
        this.boards = Objects.requireNonNull(boards, "boards");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The replies to a case command, or empty when the text is not one. */
    public Optional<List<Reply>> answer(String typed, UserRef who) {
        String text = TypedText.clean(typed);
        if (text.equalsIgnoreCase("cases")) {
            return Optional.of(List.of(list(who)));
        }
        Matcher status = STATUS.matcher(text);
        if (status.matches()) {
            return Optional.of(visible(status.group(1), who).map(record -> List.<Reply>of(status(record)))
                    .orElseGet(() -> notFound(status.group(1))));
        }
        Matcher transcript = TRANSCRIPT.matcher(text);
        if (transcript.matches()) {
            return Optional.of(transcript(transcript.group(1), who));
        }
        Matcher delay = DELAY.matcher(text);
        if (delay.matches()) {
            return Optional.of(act(delay.group(1), who, deadline(delay.group(2)).map(kind ->
                    new CaseAction.RecordDelay(who, kind, delay.group(3)))));
        }
        Matcher done = DONE.matcher(text);
        if (done.matches()) {
            return Optional.of(act(done.group(1), who, deadline(done.group(2)).map(kind -> new CaseAction.MarkDone(who, kind))));
        }
        return Optional.empty();
    }

    /**
     * What came of text taken as the referrer's answer to the Chair's request for more information.
     *
     * @param refusedBecause why the text was refused and must not be stored, when it was
     */
    public record TypedAnswer(List<Reply> replies, Optional<String> refusedBecause) {
        public TypedAnswer {
            replies = List.copyOf(replies);
            Objects.requireNonNull(refusedBecause, "refusedBecause");
        }
    }

    /**
     * Text typed in the chat a referral came from, while the Chair waits for its referrer's answer: taken as
     * the answer (refused, and not kept, if it may hold a name or a date of birth). Empty when no referral
     * from this chat awaits this person's answer.
     */
    public Optional<TypedAnswer> typedAnswer(String typed, UserRef who, ConversationKey where) {
        List<CaseRecord> waiting = boards.all().stream().flatMap(board -> cases.ofBoard(board.id()).stream())
                .filter(record -> record.status() == CaseStatus.MORE_INFORMATION_REQUESTED
                        && isReferrer(record, who) && record.origin().equals(where))
                .toList();
        if (waiting.isEmpty()) {
            return Optional.empty();
        }
        String text = TypedText.clean(typed);
        Optional<PersonalDetails.Suspicion> suspicion = PersonalDetails.suspect(text);
        if (suspicion.isPresent()) {
            return Optional.of(new TypedAnswer(List.of(new Reply.Say("I haven't kept your answer: "
                    + suspicion.get().because() + ". Never give a child's name or date of birth: refer to the child "
                    + "by the case reference. Please type your answer again without them.")),
                    Optional.of(suspicion.get().because())));
        }
        if (waiting.size() > 1) {
            return Optional.of(new TypedAnswer(List.of(new Reply.Say("The Chair is waiting for your answer on "
                    + "more than one referral (" + String.join(", ", waiting.stream()
                    .map(record -> record.reference().value()).toList()) + "), so I haven't kept that. Please "
                    + "press Answer the Chair on the request you are answering.")), Optional.of("it was not clear "
                    + "which referral it answered")));
        }
        CaseRecord record = waiting.get(0);
        CaseService.ActionResult result = service.act(record.id(), new CaseAction.InformationProvided(who, text),
                CaseService.Actor.person(who));
        return Optional.of(new TypedAnswer(List.of(new Reply.Say(result.message())), Optional.empty()));
    }

    private List<Reply> act(String reference, UserRef who, Optional<CaseAction> action) {
        if (action.isEmpty()) {
            return List.of(new Reply.Say("Which deadline? Say decision, panel, scr, copy or publication, for example: "
                    + "done " + reference + " panel"));
        }
        Optional<CaseRecord> record = visible(reference, who);
        if (record.isEmpty()) {
            return notFound(reference);
        }
        CaseService.ActionResult result = service.act(record.get().id(), action.get(), CaseService.Actor.person(who));
        return List.of(new Reply.Say(result.message()));
    }

    private Reply list(UserRef who) {
        List<Fact> facts = new ArrayList<>();
        for (Board board : boards.all()) {
            boolean oversees = roles.canOversee(board.id(), who);
            for (CaseRecord record : cases.ofBoard(board.id())) {
                if (record.status().isOpen() && (oversees || isReferrer(record, who))) {
                    facts.add(Fact.of(record.reference().value() + " (" + board.name() + ")",
                            record.status().label() + nextDeadline(record).map(d -> "; " + d).orElse("")));
                }
            }
        }
        return new Reply.Summary(facts.isEmpty() ? "There are no open cases you can see."
                : "Open cases you can see. Type status and a reference for more.", facts, List.of());
    }

    private Reply status(CaseRecord record) {
        List<Fact> facts = new ArrayList<>();
        facts.add(Fact.of("Board", boards.get(record.board()).map(Board::name).orElse(record.board().value())));
        facts.add(Fact.of("Stage", record.status().label()));
        facts.add(Fact.of("Recommendation", record.recommendation().outcome().label()));
        record.decision().ifPresent(decision -> facts.add(Fact.of("Chair's decision", decision.outcome().label()
                + " (by " + decision.chair().displayName() + ", " + UkDates.format(London.dateOf(decision.at())) + ")")));
        Instant now = clock.instant();
        for (CaseDeadline deadline : record.deadlines()) {
            facts.add(Fact.of(deadline.kind().label(), describe(deadline, now)));
        }
        return new Reply.Summary("Case " + record.reference().value(), facts, List.of());
    }

    private String describe(CaseDeadline deadline, Instant now) {
        String due = "due " + UkDates.format(deadline.due());
        if (deadline.done().isPresent()) {
            DoneMark mark = deadline.done().get();
            return due + "; done by " + mark.who().displayName() + " on " + UkDates.format(London.dateOf(mark.at()));
        }
        if (ReminderPolicy.englandAndWales().isOverdue(deadline.kind(), deadline.due(), now)) {
            long days = ChronoUnit.DAYS.between(deadline.due(), London.dateOf(now));
            return due + "; OVERDUE by " + days + (days == 1 ? " day" : " days")
                    + deadline.delayReason().map(reason -> "; reason: " + reason)
                    .orElse("; reason for the delay not yet recorded");
        }
        return due;
    }

    private Optional<String> nextDeadline(CaseRecord record) {
        Instant now = clock.instant();
        return record.deadlines().stream().filter(deadline -> !deadline.isDone())
                .min(java.util.Comparator.comparing(CaseDeadline::due))
                .map(deadline -> deadline.kind().label() + ": " + describe(deadline, now));
    }

    private List<Reply> transcript(String reference, UserRef who) {
        Optional<CaseRecord> record = find(reference);
        if (record.isEmpty() || !roles.canOversee(record.get().board(), who)) {
            return List.of(new Reply.Say("Only the board's Chair or an administrator can read a case's transcript, "
                    + "and only for a case that exists."));
        }
        List<TranscriptEntry> entries = transcripts.ofCase(record.get().id().value());
        int from = Math.max(0, entries.size() - TRANSCRIPT_LINES);
        List<Fact> facts = new ArrayList<>();
        for (TranscriptEntry entry : entries.subList(from, entries.size())) {
            facts.add(Fact.of(UkDates.format(London.dateOf(entry.at())) + " " + entry.who().displayName(),
                    entry.text() + entry.payload().filter(p -> entry.kind().equals("button")).map(p -> " (" + p + ")")
                            .orElse("")));
        }
        String title = "Transcript of " + record.get().reference().value() + (from > 0
                ? " (the last " + TRANSCRIPT_LINES + " of " + entries.size() + " entries; the full transcript is at "
                + "/api/cases/" + record.get().reference().value() + "/transcript)" : "");
        return List.of(new Reply.Summary(title, facts, List.of()));
    }

    /** A case the person may see: theirs as referrer, or their board's as Chair or administrator. */
    private Optional<CaseRecord> visible(String reference, UserRef who) {
        return find(reference).filter(record -> isReferrer(record, who) || roles.canOversee(record.board(), who));
    }

    private Optional<CaseRecord> find(String reference) {
        if (!CaseReference.isWellFormed(reference)) {
            return Optional.empty();
        }
        List<CaseRecord> found = cases.findByReference(new CaseReference(reference));
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private static boolean isReferrer(CaseRecord record, UserRef who) {
        return record.referrer().platform().equals(who.platform()) && record.referrer().id().equals(who.id());
    }

    private static List<Reply> notFound(String reference) {
        return List.of(new Reply.Say("I can't find a case " + (CaseReference.isWellFormed(reference) ? reference : "")
                + " that you can see. Check the reference; Chairs and administrators see their board's cases, "
                + "practitioners the referrals they made."));
    }

    private static Optional<DeadlineKind> deadline(String word) {
        String key = word.trim().toLowerCase(Locale.UK);
        return Arrays.stream(DeadlineKind.values()).filter(kind -> switch (kind) {
            case CHAIR_DECISION -> key.startsWith("decision");
            case NATIONAL_PANEL_NOTIFICATION -> key.startsWith("panel") || key.startsWith("national");
            case SCR_COMPLETION -> key.startsWith("scr") || key.startsWith("completion");
            case NATIONAL_PANEL_REPORT_COPY -> key.startsWith("copy") || key.startsWith("report");
            case PUBLICATION_MINIMUM -> key.startsWith("publication");
        }).findFirst();
    }
}
