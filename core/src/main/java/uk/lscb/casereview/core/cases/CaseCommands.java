package uk.lscb.casereview.core.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.lscb.casereview.core.actions.ActionCodec;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.boards.Board;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.boards.Roles;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.deadlines.London;
import uk.lscb.casereview.core.deadlines.ReminderPolicy;
import uk.lscb.casereview.core.messages.Choice;
import uk.lscb.casereview.core.messages.Fact;
import uk.lscb.casereview.core.messages.PageLink;
import uk.lscb.casereview.core.messages.PersonalDetails;
import uk.lscb.casereview.core.messages.Reply;
import uk.lscb.casereview.core.messages.UkDates;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.refs.CaseReference;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.rules.TypedText;
import uk.lscb.casereview.core.transcripts.TranscriptEntry;
import uk.lscb.casereview.core.transcripts.Transcripts;

/**
 * The chat commands about cases, typed at any point: {@code status <reference>}, {@code cases},
 * {@code case <reference>} (stage, what is due next, buttons for the next steps), {@code timeline <reference>}
 * (every step and deadline with dates), {@code decide <reference>}, {@code transcript <reference>}, {@code done <reference> <deadline>} and
 * {@code delay <reference> <deadline> <reason>}. Who may see what is checked here: Chairs,
 * administrators and business managers see their board's cases; a practitioner sees the referrals they made. A Chair who
 * says hello is greeted with the cases awaiting their decision.
 */
public final class CaseCommands {
    private static final Pattern STATUS = Pattern.compile("(?i)status\\s+(\\S+)");
    private static final Pattern DECIDE = Pattern.compile("(?i)decide\\s+(\\S+)");
    private static final Pattern CASE = Pattern.compile("(?i)case\\s+(\\S+)");
    private static final Pattern TIMELINE = Pattern.compile("(?i)timeline\\s+(\\S+)");
    private static final Pattern GREETING = Pattern.compile("(?i)(hi|hello|hey|good (morning|afternoon|evening))\\W*");
    /** Buttons on one message: Adaptive Cards hosts show 5 actions in a set. */
    private static final int MAX_BUTTONS = 5;
    private static final Pattern TRANSCRIPT = Pattern.compile("(?i)transcript\\s+(\\S+)");
    private static final Pattern DONE = Pattern.compile("(?i)done\\s+(\\S+)\\s+(.+)");
    private static final Pattern DELAY = Pattern.compile("(?i)delay\\s+(\\S+)\\s+(\\S+)\\s+(.+)");
    private static final int TRANSCRIPT_LINES = 40;
    private static final String RUN_REVIEWS = "a board's Chair, an administrator or its business manager";
    /** See {@link #incomplete}: a command word, perhaps then a word (a case reference?) and one more. */
    private static final Pattern INCOMPLETE = Pattern.compile("(?i)(case|status|timeline|decide|transcript|request"
            + "|done|delay|provided)(?:\\s+(\\S+)(\\s+\\S+)?)?");
    /** Who may use each command that not everyone may, as a refusal names them. */
    private static final Map<String, String> WHO_MAY = Map.of("decide", "a board's Chair", "transcript",
            "a board's Chair or an administrator", "done", RUN_REVIEWS, "delay", RUN_REVIEWS, "request", RUN_REVIEWS,
            "provided", RUN_REVIEWS);
    static final String HELP_TITLE = "About cases you can also type, at any point";
    /** The words {@code done} and {@code delay} take for a deadline of either rule pack. */
    private static final String DEADLINE_WORDS = words();

    private final Cases cases;
    private final Transcripts transcripts;
    private final CaseService service;
    private final Roles roles;
    private final Boards boards;
    private final Clock clock;
    private final ChairCards chairCards;
    private final List<More> more;

    /**
     * Commands about cases answered elsewhere (agencies' requests), typed at any point like these; one that is also
     * {@link CaseViews.Sections} adds its sections to {@code case} and {@code timeline}.
     */
    public interface More {
        /** The replies to the command, or empty when the text is not one of these. */
        Optional<List<Reply>> answer(String typed, UserRef who);

        /** The command as a transcript keeps it (never its free text), when it is one of these. */
        Optional<String> recorded(String typed);

        /** The replies to a button of these commands pressed in a chat, or empty when it is not one of theirs. */
        Optional<List<Reply>> pressed(ButtonAction action, UserRef who);

        /**
         * These commands as help lists them (the command as typed, then what it does), for someone who runs a
         * board's reviews or not.
         */
        List<Fact> commands(boolean runsReviews);
    }
    private final CaseViews views;

    /** Puts a case's decision card in front of one Chair again, wherever they can be reached. */
    @FunctionalInterface
    public interface ChairCards {
        /** @return false when no platform could reach the Chair */
        boolean postTo(UserRef chair, CaseRecord record);
    }

    public CaseCommands(Cases cases, Transcripts transcripts, CaseService service, Roles roles, Boards boards,
                        Clock clock, ChairCards chairCards) {
        this(cases, transcripts, service, roles, boards, clock, chairCards, List.of());
    }

    /** With more commands answered elsewhere (agencies' requests). */
    public CaseCommands(Cases cases, Transcripts transcripts, CaseService service, Roles roles, Boards boards,
                        Clock clock, ChairCards chairCards, List<More> more) {
        this.more = List.copyOf(more);
        this.cases = Objects.requireNonNull(cases, "cases");
        this.transcripts = Objects.requireNonNull(transcripts, "transcripts");
        this.service = Objects.requireNonNull(service, "service");
        this.roles = Objects.requireNonNull(roles, "roles");
        this.boards = Objects.requireNonNull(boards, "boards");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.chairCards = Objects.requireNonNull(chairCards, "chairCards");
        List<CaseViews.Sections> sections = new java.util.ArrayList<>(List.of(new PackView(service.packs())));
        this.more.stream().filter(CaseViews.Sections.class::isInstance).map(CaseViews.Sections.class::cast)
                .forEach(sections::add);
        this.views = new CaseViews(roles, boards, clock, sections);
    }

    /** What {@code case} and {@code timeline} show, with the sections of the commands answered elsewhere. */
    public CaseViews views() {
        return views;
    }

    /**
     * The commands about cases this person may use, each as typed (what to fill in in capitals, as REFERENCE: Teams
     * drops a word in angle brackets) and what it does: everyone's first, then a Chair's, an administrator's and a
     * business manager's where they hold the role on a board, then the more commands'.
     */
    public List<Fact> commands(UserRef who) {
        boolean chair = boards.all().stream().anyMatch(board -> roles.isChair(board.id(), who));
        boolean oversees = boards.all().stream().anyMatch(board -> roles.canOversee(board.id(), who));
        boolean runsReviews = boards.all().stream().anyMatch(board -> roles.runsReviews(board.id(), who));
        List<Fact> commands = new ArrayList<>(List.of(
                Fact.of("cases", "the open cases you can see"),
                Fact.of("case REFERENCE", "where a case is, what is due next and what you can do"),
                Fact.of("status REFERENCE", "a case's stage and deadlines, in short"),
                Fact.of("timeline REFERENCE", "every step and deadline of a case, with dates")));
        if (chair) {
            commands.add(Fact.of("decide REFERENCE", "the decision card of a case waiting for you"));
        }
        if (oversees) {
            commands.add(Fact.of("transcript REFERENCE", "the conversation a referral came from"));
        }
        if (runsReviews) {
            commands.add(Fact.of("done REFERENCE DEADLINE", "mark a deadline done: the deadline is " + DEADLINE_WORDS));
            commands.add(Fact.of("delay REFERENCE DEADLINE REASON", "record why an overdue deadline is late"));
        }
        more.forEach(answered -> commands.addAll(answered.commands(runsReviews)));
        return List.copyOf(commands);
    }

    /** {@link #commands} as one message: what help adds for someone who may use the case commands. */
    public Reply help(UserRef who) {
        return new Reply.Summary(HELP_TITLE, commands(who), List.of());
    }

    /** The replies to a case command, or empty when the text is not one. */
    public Optional<List<Reply>> answer(String typed, UserRef who) {
        String text = TypedText.clean(typed);
        if (text.equalsIgnoreCase("cases")) {
            return Optional.of(List.of(list(who)));
        }
        Matcher status = STATUS.matcher(text);
        if (status.matches()) {
            return Optional.of(visible(status.group(1), who).map(record -> List.<Reply>of(status(record, who)))
                    .orElseGet(() -> notFound(status.group(1))));
        }
        Matcher decide = DECIDE.matcher(text);
        if (decide.matches()) {
            return Optional.of(decide(decide.group(1), who));
        }
        Matcher overview = CASE.matcher(text);
        if (overview.matches()) {
            return Optional.of(visible(overview.group(1), who).map(record -> summaries(views.overview(record, who),
                    service.page(record)))
                    .or(() -> find(overview.group(1)).map(record -> views.forOthers(record, who))
                            .filter(sections -> !sections.isEmpty()).map(sections -> summaries(sections,
                                    Optional.empty())))
                    .orElseGet(() -> notFound(overview.group(1))));
        }
        Matcher timeline = TIMELINE.matcher(text);
        if (timeline.matches()) {
            return Optional.of(visible(timeline.group(1), who).map(record -> summaries(views.timeline(record, who),
                    service.page(record)))
                    .orElseGet(() -> notFound(timeline.group(1))));
        }
        if (GREETING.matcher(text).matches()) {
            return Optional.of(greeting(who)).filter(replies -> !replies.isEmpty());
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
        for (More commands : more) {
            Optional<List<Reply>> replies = commands.answer(typed, who);
            if (replies.isPresent()) {
                return replies;
            }
        }
        return incomplete(text).map(word -> List.of(commands(who).stream()
                .filter(command -> command.label().startsWith(word + " ")).findFirst()
                .map(command -> new Reply.Say("Type " + word + " with what it needs, like this: " + command.label()
                        + " (" + command.value() + "). Type cases for the cases you can see."))
                .orElseGet(() -> new Reply.Say("Only " + WHO_MAY.get(word) + " can use " + word + ". Type help for "
                        + "the commands you can use."))));
    }

    /**
     * The command {@code typed} looks like a slip for, with how to type it, when it is one this person may use: the
     * first word one letter away from it (two for a word of eight letters or more) — a letter missed, added, changed
     * or two swapped — and either alone, followed by a case reference, or of six letters or more. "staus SCR-2026-001"
     * and "learnin neglect" started a referral; "cause of death" and "chase the police" are not taken for one. The
     * typed word is not repeated back. For a chat with no referral under way; during one, text is an answer.
     */
    public Optional<Reply> mistyped(String typed, UserRef who) {
        String[] words = TypedText.clean(typed).split("\\s+");
        String first = words[0].toLowerCase(Locale.UK);
        List<Fact> commands = commands(who);
        if (first.length() < 4 || commands.stream().anyMatch(command -> wordOf(command).equals(first))) {
            return Optional.empty();
        }
        boolean commandLike = words.length == 1 || isReference(words[1]) || first.length() >= 6;
        return commands.stream().filter(command -> commandLike
                        && slips(first, wordOf(command)) <= (first.length() >= 8 ? 2 : 1))
                .min(java.util.Comparator.<Fact>comparingInt(command -> slips(first, wordOf(command)))
                        .thenComparing(command -> command.label().contains(" ") != words.length > 1))
                .map(command -> new Reply.Say("Did you mean " + wordOf(command) + "? Type it like this: "
                        + command.label() + " (" + command.value() + "). Type help for the commands you can use, or "
                        + "start to make a referral."));
    }

    private static String wordOf(Fact command) {
        return command.label().split(" ")[0];
    }

    /** Letters missed, added, changed or two side by side swapped between two words (optimal string alignment). */
    private static int slips(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int changed = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + changed);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /**
     * The command word of a case command typed without all it needs (as Teams' command menu puts a command in the
     * box): the word alone, or done, delay or provided with only a case reference (and delay's deadline). Text that
     * goes on in words (an answer to the Chair that begins "Case notes…", "Delay 2 weeks") is not one.
     */
    private Optional<String> incomplete(String text) {
        Matcher matcher = INCOMPLETE.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String word = matcher.group(1).toLowerCase(Locale.UK);
        if (matcher.group(2) == null) {
            return Optional.of(word);
        }
        boolean needsMore = matcher.group(3) == null ? Set.of("done", "delay", "provided").contains(word)
                : word.equals("delay");
        return needsMore && isReference(matcher.group(2)) ? Optional.of(word) : Optional.empty();
    }

    /**
     * A case command (one {@link #answer} answers) as a transcript keeps it: the command with its
     * reference and deadline, never free text. A reason is kept only on the case, where it is checked
     * for names; an argument that is not a case reference is kept as its length.
     */
    public String recorded(String typed) {
        for (More commands : more) {
            Optional<String> recorded = commands.recorded(typed);
            if (recorded.isPresent()) {
                return recorded.get();
            }
        }
        String text = TypedText.clean(typed);
        Matcher status = STATUS.matcher(text);
        if (status.matches()) {
            return "status " + reference(status.group(1));
        }
        Matcher decide = DECIDE.matcher(text);
        if (decide.matches()) {
            return "decide " + reference(decide.group(1));
        }
        Matcher overview = CASE.matcher(text);
        if (overview.matches()) {
            return "case " + reference(overview.group(1));
        }
        Matcher timeline = TIMELINE.matcher(text);
        if (timeline.matches()) {
            return "timeline " + reference(timeline.group(1));
        }
        if (GREETING.matcher(text).matches()) {
            return "a greeting";
        }
        Matcher transcript = TRANSCRIPT.matcher(text);
        if (transcript.matches()) {
            return "transcript " + reference(transcript.group(1));
        }
        Matcher delay = DELAY.matcher(text);
        if (delay.matches()) {
            return "delay " + reference(delay.group(1)) + " " + deadline(delay.group(2)).map(CaseCommands::word)
                    .orElse("(not a deadline, " + delay.group(2).length() + " characters)")
                    + " (a reason of " + delay.group(3).length() + " characters)";
        }
        Matcher done = DONE.matcher(text);
        if (done.matches()) {
            return "done " + reference(done.group(1)) + " " + deadline(done.group(2)).map(CaseCommands::word)
                    .orElse("(not a deadline, " + done.group(2).length() + " characters)");
        }
        return incomplete(text).map(word -> word + " (without all it needs)").orElse("cases");
    }

    private String reference(String typed) {
        return isReference(typed) ? typed : "(not a case reference, " + typed.length() + " characters)";
    }

    /** Whether typed text may be repeated back or kept: it reads as a case reference, not a name. */
    private boolean isReference(String typed) {
        return CaseReference.isAcceptableNew(typed, boards.words()) && PersonalDetails.suspect(typed).isEmpty();
    }

    /**
     * The replies to a button of these commands ({@link ButtonAction.OpenDecisionCard}, {@link ButtonAction.OpenStep},
     * and the buttons of the more commands, such as an agency request's Mark provided on a list of requests or the
     * button opening the form that asks an agency), or empty when it is not one.
     */
    public Optional<List<Reply>> pressed(String payload, UserRef who) {
        Optional<ButtonAction> action = ActionCodec.decode(payload);
        if (action.orElse(null) instanceof ButtonAction.OpenStep open && CaseStep.byId(open.step()).isPresent()) {
            return Optional.of(openStep(open, who));
        }
        if (action.orElse(null) instanceof ButtonAction.OpenDecisionCard open) {
            return Optional.of(pressed(open, who));
        }
        for (More commands : more) {
            Optional<List<Reply>> replies = action.flatMap(pressed -> commands.pressed(pressed, who));
            if (replies.isPresent()) {
                return replies;
            }
        }
        return action.filter(ButtonAction.OpenStep.class::isInstance)
                .map(unknown -> List.of(new Reply.Say(ActionCodec.UNRECOGNISED)));
    }

    /**
     * A step's button: its form, for a Chair, administrator or business manager of the case's board, while the step
     * can be taken; otherwise why not (on a stale button: who recorded it and when).
     */
    private List<Reply> openStep(ButtonAction.OpenStep open, UserRef who) {
        Optional<CaseRecord> record = cases.find(new uk.lscb.casereview.core.refs.CaseId(open.caseId()));
        Optional<CaseStep> step = CaseStep.byId(open.step());
        if (record.isEmpty() || step.isEmpty()) {
            return List.of(new Reply.Say(ActionCodec.UNRECOGNISED));
        }
        if (!roles.runsReviews(record.get().board(), who)) {
            return List.of(new Reply.Say("Only the " + boardName(record.get()) + " Chair, an administrator or the "
                    + "business manager can record \u201C" + step.get().label().toLowerCase(Locale.UK) + "\u201D."));
        }
        Optional<String> refusal = CaseLifecycle.refusal(record.get(), step.get());
        if (refusal.isPresent()) {
            return List.of(new Reply.Say(refusal.get() + " Type case " + record.get().reference().value()
                    + " to see where it is."));
        }
        return List.of(new Reply.Form(views.form(record.get(), step.get())));
    }

    /** A case's view, section by section; the first links to the case's page when there is one. */
    private static List<Reply> summaries(List<CaseViews.Section> sections, Optional<PageLink> page) {
        List<Reply> replies = new ArrayList<>();
        for (CaseViews.Section section : sections) {
            replies.add(new Reply.Summary(section.title(), section.facts(), section.actions(), replies.isEmpty() ? page
                    : Optional.empty()));
        }
        return replies;
    }

    /** The replies to a button that posts a case's decision card again. */
    public List<Reply> pressed(ButtonAction.OpenDecisionCard action, UserRef who) {
        return decide(action.reference(), who);
    }

    /**
     * For a Chair with cases awaiting their decision: a greeting listing them, each with a button that posts
     * its decision card; empty for anyone else (they get the usual welcome).
     */
    public List<Reply> greeting(UserRef who) {
        List<CaseRecord> waiting = awaitingDecisionOf(who);
        if (waiting.isEmpty()) {
            return List.of();
        }
        List<Fact> facts = waiting.stream().map(record -> Fact.of(record.reference().value() + " ("
                + boardName(record) + ")", record.status().label() + record.deadline(DeadlineKind.CHAIR_DECISION)
                .map(deadline -> "; decision due by " + UkDates.format(deadline.due())).orElse(""))).toList();
        String intro = "Hello. As Chair, you have " + (waiting.size() == 1 ? "one case" : waiting.size() + " cases")
                + " waiting for your decision. Press Decide beside a case, or type decide and its reference (for "
                + "example: decide " + waiting.get(0).reference().value() + "), and I'll post its decision card "
                + "here. To make a referral yourself, say start.";
        return List.of(new Reply.Say(intro), new Reply.Summary("Waiting for your decision", facts,
                decideButtons(waiting)));
    }

    /** {@code decide <reference>}: the board's Chair gets the case's decision card (again) in their own chat. */
    private List<Reply> decide(String reference, UserRef who) {
        Optional<CaseRecord> record = visible(reference, who);
        if (record.isEmpty()) {
            return notFound(reference);
        }
        CaseRecord found = record.get();
        if (!roles.isChair(found.board(), who)) {
            return List.of(new Reply.Say("Only the Independent Chair of " + boardName(found) + " can decide on case "
                    + found.reference().value() + ". Type status " + found.reference().value() + " to see where it is."));
        }
        if (!found.awaitsTheChair()) {
            return List.of(new Reply.Say("Case " + found.reference().value() + " is not waiting for your decision: "
                    + found.status().label() + ". Type status " + found.reference().value() + " for more."));
        }
        if (!chairCards.postTo(who, found)) {
            return List.of(new Reply.Say("Sorry, I couldn't post the decision card for " + found.reference().value()
                    + " just now. Please try again in a minute."));
        }
        return List.of(new Reply.Say("Here is the decision card for " + found.reference().value() + "."));
    }

    /** The open cases awaiting this person's decision as their board's Chair, oldest first. */
    private List<CaseRecord> awaitingDecisionOf(UserRef who) {
        List<CaseRecord> waiting = new ArrayList<>();
        for (Board board : boards.all()) {
            if (roles.isChair(board.id(), who)) {
                cases.ofBoard(board.id(), CaseStatus.BEFORE_THE_CHAIR).stream().filter(CaseRecord::awaitsTheChair)
                        .forEach(waiting::add);
            }
        }
        waiting.sort(java.util.Comparator.comparing(CaseRecord::createdAt));
        return waiting;
    }

    /** The label of a Chair's button that posts a case's decision card to them. */
    public static String decideLabel(String reference) {
        return "Decide " + reference;
    }

    private static List<Choice> decideButtons(List<CaseRecord> waiting) {
        return waiting.stream().limit(MAX_BUTTONS).map(record -> Choice.of(decideLabel(record.reference().value()),
                new ButtonAction.OpenDecisionCard(record.reference().value()))).toList();
    }

    private String boardName(CaseRecord record) {
        return boards.get(record.board()).map(Board::name).orElse(record.board().value());
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
        List<CaseRecord> waiting = boards.all().stream()
                .flatMap(board -> cases.ofBoard(board.id(), EnumSet.of(CaseStatus.MORE_INFORMATION_REQUESTED)).stream())
                .filter(record -> isReferrer(record, who) && record.origin().equals(where))
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
            return List.of(new Reply.Say("Which deadline? Say " + DEADLINE_WORDS + ", for example: done "
                    + (isReference(reference) ? reference : "SCR-2026-014") + " panel"));
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
        List<CaseRecord> awaitingYou = new ArrayList<>();
        for (Board board : boards.all()) {
            boolean oversees = roles.runsReviews(board.id(), who);
            boolean chair = roles.isChair(board.id(), who);
            for (CaseRecord record : cases.ofBoard(board.id(), CaseStatus.OPEN)) {
                if (oversees || isReferrer(record, who)) {
                    facts.add(Fact.of(record.reference().value() + " (" + board.name() + ")",
                            record.status().label() + nextDeadline(record).map(d -> "; " + d).orElse("")));
                    if (chair && record.awaitsTheChair()) {
                        awaitingYou.add(record);
                    }
                }
            }
        }
        return new Reply.Summary(facts.isEmpty() ? "There are no open cases you can see."
                : awaitingYou.isEmpty() ? "Open cases you can see. Type status and a reference for more."
                : "Open cases you can see. Type status (or, as Chair, decide) and a reference for more.", facts,
                decideButtons(awaitingYou));
    }

    private Reply status(CaseRecord record, UserRef who) {
        List<Fact> facts = new ArrayList<>();
        facts.add(Fact.of("Board", boards.get(record.board()).map(Board::name).orElse(record.board().value())));
        facts.add(Fact.of("Stage", record.status().label()));
        facts.add(Fact.of("Recommendation", record.recommendation().outcome().label()));
        record.decision().ifPresent(decision -> facts.add(Fact.of("Chair's decision", decision.outcome().label()
                + " (by " + decision.chair().displayName() + ", " + UkDates.format(London.dateOf(decision.at())) + ")")));
        Instant now = clock.instant();
        for (CaseDeadline deadline : record.deadlines()) {
            facts.add(Fact.of(deadline.kind().label(), CaseViews.describe(deadline, now)));
        }
        boolean yours = roles.isChair(record.board(), who) && record.awaitsTheChair();
        return new Reply.Summary("Case " + record.reference().value(), facts, yours
                ? List.of(Choice.of(CaseViews.OPEN_DECISION_CARD,
                new ButtonAction.OpenDecisionCard(record.reference().value())))
                : List.of());
    }

    private Optional<String> nextDeadline(CaseRecord record) {
        Instant now = clock.instant();
        return record.deadlines().stream().filter(deadline -> !deadline.isDone())
                .min(java.util.Comparator.comparing(CaseDeadline::due))
                .map(deadline -> deadline.kind().label() + ": " + CaseViews.describe(deadline, now));
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
                + "/api/cases/" + record.get().reference().inAddress() + "/transcript)" : "");
        return List.of(new Reply.Summary(title, facts, List.of()));
    }

    /** A case the person may see: theirs as referrer, or their board's as Chair, administrator or business manager. */
    private Optional<CaseRecord> visible(String reference, UserRef who) {
        return find(reference).filter(record -> isReferrer(record, who) || roles.runsReviews(record.board(), who));
    }

    private Optional<CaseRecord> find(String reference) {
        if (!CaseReference.isWellFormed(reference)) {
            return Optional.empty();
        }
        List<CaseRecord> found = cases.findByReference(new CaseReference(reference));
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private static boolean isReferrer(CaseRecord record, UserRef who) {
        return record.referrer().isSamePerson(who);
    }

    private List<Reply> notFound(String reference) {
        return List.of(new Reply.Say("I can't find a case " + (isReference(reference) ? reference + " " : "")
                + "that you can see. Check the reference; Chairs, administrators and business managers see their board's cases, "
                + "practitioners the referrals they made."));
    }

    private static String words() {
        List<String> words = Arrays.stream(DeadlineKind.values())
                .filter(kind -> kind != DeadlineKind.AGENCY_INFORMATION).map(CaseCommands::word).toList();
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }

    /** The word {@code done} and {@code delay} take for the deadline. */
    static String word(DeadlineKind kind) {
        return switch (kind) {
            case CHAIR_DECISION -> "decision";
            case NATIONAL_PANEL_NOTIFICATION -> "panel";
            case SCR_COMPLETION -> "scr";
            case NATIONAL_PANEL_REPORT_COPY -> "copy";
            case PUBLICATION_MINIMUM -> "publication";
            case AGENCY_INFORMATION -> "agency";
            case SERIOUS_INCIDENT_NOTIFICATION -> "notification";
            case RAPID_REVIEW -> "rapid";
            case LOCAL_REVIEW_PUBLICATION -> "local";
        };
    }

    private static Optional<DeadlineKind> deadline(String word) {
        String key = word.trim().toLowerCase(Locale.UK);
        return Arrays.stream(DeadlineKind.values()).filter(kind -> switch (kind) {
            case CHAIR_DECISION -> key.startsWith("decision");
            case NATIONAL_PANEL_NOTIFICATION -> key.startsWith("panel") || key.startsWith("national");
            case SCR_COMPLETION -> key.startsWith("scr") || key.startsWith("completion");
            case NATIONAL_PANEL_REPORT_COPY -> key.startsWith("copy") || key.startsWith("report");
            case PUBLICATION_MINIMUM -> key.startsWith("publication");
            // an agency's request is marked provided on its own ({@code provided <reference> <number>})
            case AGENCY_INFORMATION -> false;
            case SERIOUS_INCIDENT_NOTIFICATION -> key.startsWith("notification") || key.startsWith("incident");
            case RAPID_REVIEW -> key.startsWith("rapid");
            case LOCAL_REVIEW_PUBLICATION -> key.startsWith("local");
        }).findFirst();
    }
}
