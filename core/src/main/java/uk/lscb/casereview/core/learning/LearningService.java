package uk.lscb.casereview.core.learning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import uk.lscb.casereview.core.boards.Board;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.boards.Roles;
import uk.lscb.casereview.core.cases.AuditEvent;
import uk.lscb.casereview.core.cases.CaseLifecycle;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.CaseService;
import uk.lscb.casereview.core.cases.Cases;
import uk.lscb.casereview.core.cases.ChairDecision;
import uk.lscb.casereview.core.cases.DoneMark;
import uk.lscb.casereview.core.cases.FollowUp;
import uk.lscb.casereview.core.deadlines.London;
import uk.lscb.casereview.core.deadlines.WorkingDays;
import uk.lscb.casereview.core.messages.DueDates;
import uk.lscb.casereview.core.messages.PersonalDetails;
import uk.lscb.casereview.core.messages.UkDates;
import uk.lscb.casereview.core.people.PersonIds;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.rules.AdditionalAction;
import uk.lscb.casereview.core.store.StoreUnavailableException;

/**
 * Enters a review's learning, the same for every channel and the API, and checks who may: the board's Chair,
 * business manager or an administrator, or one of the case's lead reviewers (whom those people name, by platform
 * id); an action's owner may also start it and mark it done. Every free-text field is checked for personal details
 * and refused, never stored and never logged, when it looks like a name or a date of birth. Nothing is marked done
 * without evidence. Each entry is written to the case's audit trail (who, when, rule pack version; never the text).
 */
public final class LearningService {
    private static final System.Logger LOG = System.getLogger(LearningService.class.getName());
    private static final int MAX_ATTEMPTS = 10;
    /** A finding's title is a line, not a paragraph. */
    public static final int MAX_TITLE = 150;

    /** The input ids of the learning forms (chat, the local page, the API's fields). */
    public static final class Fields {
        public static final String TITLE = "title";
        public static final String TEXT = "text";
        public static final String THEMES = "themes";
        public static final String KIND = "kind";
        public static final String FINDINGS = "findings";
        public static final String AGENCIES = "agencies";
        public static final String RECOMMENDATION = "recommendation";
        public static final String AGENCY = "agency";
        public static final String OWNER = "owner";
        public static final String DUE = "due";
        public static final String EVIDENCE = "evidence";
        public static final String LINK = "link";
        public static final String EMBEDDED = "embedded";
        public static final String PERSON = "person";
        public static final String SOURCE = "source";

        private Fields() {
        }
    }

    private final Cases cases;
    private final LearningLogs logs;
    private final Roles roles;
    private final Boards boards;
    private final LearningThemes themes;
    private final Clock clock;
    private final Consumer<CaseRecord> owing;

    /** @param owing told of a case that now owes follow-ups (the post to both boards when the learning is recorded) */
    public LearningService(Cases cases, LearningLogs logs, Roles roles, Boards boards, LearningThemes themes,
                           Clock clock, Consumer<CaseRecord> owing) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.logs = Objects.requireNonNull(logs, "logs");
        this.roles = Objects.requireNonNull(roles, "roles");
        this.boards = Objects.requireNonNull(boards, "boards");
        this.themes = Objects.requireNonNull(themes, "themes");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.owing = Objects.requireNonNull(owing, "owing");
    }

    /** A finding as typed: its kind is {@code learning} or {@code good-practice} (blank for learning). */
    public record FindingInput(String title, String text, List<String> themes, String kind) {
        public FindingInput {
            themes = themes == null ? List.of() : List.copyOf(themes);
        }
    }

    /** A recommendation as typed: the findings it is made from, and the agencies it is for (none: the board). */
    public record RecommendationInput(String text, List<Integer> findings, List<String> agencies) {
        public RecommendationInput {
            findings = findings == null ? List.of() : List.copyOf(findings);
            agencies = agencies == null ? List.of() : List.copyOf(agencies);
        }
    }

    /** An action as typed: on which recommendation, by which agency, its owner if any, due when. */
    public record ActionInput(int recommendation, String agency, Optional<UserRef> owner, String due) {
        public ActionInput {
            Objects.requireNonNull(owner, "owner");
        }
    }

    /** The evidence an action is done: what was done, a link, and for a single agency review how it is embedded. */
    public record EvidenceInput(String evidence, String link, String embedded) {
    }

    /**
     * What came of an entry: whether it was taken, a message for the person, the review as it now is, the field a
     * refusal is about (so a form can show it beside that field), and whether it was refused because of who asked.
     */
    public record Result(boolean applied, String message, Optional<ReviewLearning> learning, Optional<String> field,
                         boolean forbidden) {
        static Result refused(String message) {
            return new Result(false, message, Optional.empty(), Optional.empty(), false);
        }

        public static Result refused(String message, String field) {
            return new Result(false, message, Optional.empty(), Optional.of(field), false);
        }

        static Result forbidden(String message) {
            return new Result(false, message, Optional.empty(), Optional.empty(), true);
        }
    }

    /** An action of a review with where it stands today. */
    public record ActionRow(ReviewLearning review, LearningAction action, LearningAction.Status status) {
    }

    public LearningThemes themes() {
        return themes;
    }

    /** Today in London, which an action's status is taken from. */
    public LocalDate today() {
        return London.dateOf(clock.instant());
    }

    /** The case's learning, if any has been entered. */
    public Optional<ReviewLearning> of(CaseId caseId) {
        return logs.find(caseId);
    }

    /** Whether this person may enter the case's learning: its board's Chair, business manager, administrator or lead reviewer. */
    public boolean mayEnter(CaseRecord record, UserRef who) {
        return roles.runsReviews(record.board(), who)
                || logs.find(record.id()).filter(review -> review.isLeadReviewer(who)).isPresent();
    }

    /** Whether this person may name the case's lead reviewers: its board's Chair, business manager or administrator. */
    public boolean namesLeadReviewers(CaseRecord record, UserRef who) {
        return roles.runsReviews(record.board(), who);
    }

    /**
     * Names a lead reviewer who may enter the case's learning (by platform id), if they can be someone
     * ({@link PersonIds#refusal}).
     */
    public Result leadReviewer(CaseId caseId, UserRef person, CaseService.Actor actor) {
        Optional<String> noOne = PersonIds.refusal("the lead reviewer", person, roles.localIdentities());
        if (noOne.isPresent()) {
            return Result.refused(noOne.get(), Fields.PERSON);
        }
        return change(caseId, actor, true, "lead reviewer named for the learning",
                "lead reviewer " + person.platform().id() + ":" + person.id(), review -> {
                    if (review.isLeadReviewer(person)) {
                        return Change.refused(Result.refused(person.id() + " is already a lead reviewer of this "
                                + "review.", Fields.PERSON));
                    }
                    return Change.to(review.withLeadReviewer(person), person.id() + " can now enter the learning of "
                            + review.reference().value() + ".");
                });
    }

    /** Records a finding of the case's review. */
    public Result addFinding(CaseId caseId, FindingInput input, CaseService.Actor actor) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put(Fields.TITLE, input.title());
        texts.put(Fields.TEXT, input.text());
        Optional<Result> refused = checked(texts);
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<String> titleTooLong = PersonalDetails.refusalOfFreeText("title", input.title(), MAX_TITLE);
        if (titleTooLong.isPresent()) {
            return Result.refused(titleTooLong.get(), Fields.TITLE);
        }
        List<String> chosen = new ArrayList<>();
        for (String typed : input.themes()) {
            Optional<String> theme = themes.find(typed);
            if (theme.isEmpty()) {
                return Result.refused("\"" + shown(typed) + "\" is not one of the themes. Choose from: "
                        + String.join(", ", themes.all()) + ".", Fields.THEMES);
            }
            if (!chosen.contains(theme.get())) {
                chosen.add(theme.get());
            }
        }
        if (chosen.isEmpty()) {
            return Result.refused("Please choose at least one theme: " + String.join(", ", themes.all()) + ".",
                    Fields.THEMES);
        }
        Optional<Finding.Kind> kind = input.kind() == null || input.kind().isBlank()
                ? Optional.of(Finding.Kind.LEARNING) : Finding.Kind.byId(input.kind());
        if (kind.isEmpty()) {
            return Result.refused("A finding is either learning or good practice.", Fields.KIND);
        }
        return change(caseId, actor, false, "finding recorded", null, review -> {
            Optional<Finding> same = review.findings().stream().filter(recorded -> recorded.kind() == kind.get()
                    && same(recorded.title(), input.title()) && same(recorded.text(), input.text())).findFirst();
            if (same.isPresent()) {
                return Change.refused(Result.refused(already("Finding " + same.get().number(), review, same.get().by(),
                        same.get().at())));
            }
            Finding finding = new Finding(review.findings().size() + 1, input.title().trim(), input.text().trim(),
                    chosen, kind.get(), actor.who(), clock.instant());
            return Change.to(review.with(finding), "Finding " + finding.number() + " recorded on "
                    + review.reference().value() + ": " + finding.title() + "."
                    + (review.isShared() ? " It is in the learning log at once, as the review's learning is shared."
                    : ""), "finding " + finding.number());
        });
    }

    /**
     * Says where the review's learning comes from: the review itself, or the single-agency or multi-agency audit the
     * decision asked for (only a case whose recommendation carries the audit flag), until the learning is recorded.
     */
    public Result source(CaseId caseId, String typed, CaseService.Actor actor) {
        Optional<ReviewLearning.Source> source = ReviewLearning.Source.typed(typed);
        if (source.isEmpty()) {
            return Result.refused("Please say where the learning comes from: single-agency audit, multi-agency audit "
                    + "or review.", Fields.SOURCE);
        }
        return change(caseId, actor, false, "learning source set", "from " + source.get().label(), review -> {
            if (source.get().isAudit() && !auditAsked(review.caseId())) {
                return Change.refused(Result.refused("The decision on " + review.reference().value() + " did not ask "
                        + "for audit and quality-assurance activity, so its learning cannot be entered as from an "
                        + "audit.", Fields.SOURCE));
            }
            if (review.source() == source.get()) {
                return Change.refused(Result.refused("The learning of " + review.reference().value() + " is already "
                        + "entered as from the " + review.from().toLowerCase(java.util.Locale.UK) + "."));
            }
            if (review.isShared()) {
                return Change.refused(Result.refused("The learning of " + review.reference().value() + " is already "
                        + "recorded, so where it came from cannot change now."));
            }
            String message = switch (source.get()) {
                case REVIEW -> "the review itself";
                case SINGLE_AGENCY_AUDIT -> "the single-agency audit the decision asked for (the agency's own)";
                case MULTI_AGENCY_AUDIT -> "the multi-agency audit the decision asked for (led by the Joint LSCB "
                        + "Performance Subgroup)";
            };
            return Change.to(review.withSource(source.get()), "The learning of " + review.reference().value()
                    + " is now entered as from " + message + ".");
        });
    }

    private boolean auditAsked(CaseId caseId) {
        return cases.find(caseId).map(LearningService::auditAsked).orElse(false);
    }

    /** Whether the case's recommendation carries the audit flag, so its learning may be from that audit. */
    static boolean auditAsked(CaseRecord record) {
        return record.recommendation().additionalActions().contains(AdditionalAction.AUDIT_AND_QUALITY_ASSURANCE);
    }

    /** Records a recommendation made from some of the review's findings. */
    public Result addRecommendation(CaseId caseId, RecommendationInput input, CaseService.Actor actor) {
        for (String agency : input.agencies()) {
            Optional<Result> refused = checked(Map.of(Fields.AGENCIES, agency));
            if (refused.isPresent()) {
                return refused.get();
            }
        }
        Optional<Result> refused = checked(Map.of(Fields.TEXT, input.text() == null ? "" : input.text()));
        if (refused.isPresent()) {
            return refused.get();
        }
        if (input.findings().isEmpty()) {
            return Result.refused("Please say which findings the recommendation is made from, by number.",
                    Fields.FINDINGS);
        }
        List<String> agencies = input.agencies().stream().map(String::trim).filter(agency -> !agency.isEmpty())
                .distinct().toList();
        return change(caseId, actor, false, "recommendation recorded", null, review -> {
            for (int finding : input.findings()) {
                if (review.finding(finding).isEmpty()) {
                    return Change.refused(Result.refused(review.reference().value() + " has no finding " + finding
                            + ".", Fields.FINDINGS));
                }
            }
            List<Integer> from = input.findings().stream().distinct().sorted().toList();
            Optional<ReviewRecommendation> same = review.recommendations().stream().filter(recorded ->
                    same(recorded.text(), input.text()) && recorded.findings().equals(from)
                            && recorded.agencies().equals(agencies)).findFirst();
            if (same.isPresent()) {
                return Change.refused(Result.refused(already("Recommendation " + same.get().number(), review,
                        same.get().by(), same.get().at())));
            }
            ReviewRecommendation recommendation = new ReviewRecommendation(review.recommendations().size() + 1,
                    input.text().trim(), from, agencies, actor.who(), clock.instant());
            return Change.to(review.with(recommendation), "Recommendation " + recommendation.number()
                    + " recorded on " + review.reference().value() + ", for " + recommendation.addressedTo() + ".",
                    "recommendation " + recommendation.number());
        });
    }

    /** Records an agency's action on a recommendation; its owner, if any, must be someone ({@link PersonIds#refusal}). */
    public Result addAction(CaseId caseId, ActionInput input, CaseService.Actor actor) {
        Optional<Result> refused = checked(Map.of(Fields.AGENCY, input.agency() == null ? "" : input.agency()));
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<String> noOne = input.owner().flatMap(owner -> PersonIds.refusal("the owner", owner,
                roles.localIdentities()));
        if (noOne.isPresent()) {
            return Result.refused(noOne.get(), Fields.OWNER);
        }
        DueDates.Read read = DueDates.read(input.due(), London.dateOf(clock.instant()), WorkingDays.englandAndWales(),
                "Please give the date the action is due, for example 31/03/2027.");
        if (read instanceof DueDates.Refused notDue) {
            return Result.refused(notDue.why(), Fields.DUE);
        }
        DueDates.Due due = (DueDates.Due) read;
        return change(caseId, actor, false, "action recorded", null, review -> {
            if (review.recommendation(input.recommendation()).isEmpty()) {
                return Change.refused(Result.refused(review.reference().value() + " has no recommendation "
                        + input.recommendation() + ".", Fields.RECOMMENDATION));
            }
            Optional<LearningAction> same = review.actions().stream().filter(recorded ->
                    recorded.recommendation() == input.recommendation() && same(recorded.agency(), input.agency())
                            && recorded.owner().equals(input.owner()) && recorded.due().equals(due.due()))
                    .findFirst();
            if (same.isPresent()) {
                return Change.refused(Result.refused(already("Action " + same.get().number(), review, same.get().by(),
                        same.get().at())));
            }
            LearningAction action = new LearningAction(review.actions().size() + 1, input.recommendation(),
                    input.agency().trim(), input.owner(), due.due(), LearningAction.Progress.NOT_STARTED,
                    Optional.empty(), actor.who(), clock.instant());
            return Change.to(review.with(action), "Action " + action.number() + " recorded on "
                    + review.reference().value() + ": " + action.agency() + ", due " + UkDates.format(action.due())
                    + due.moved() + ". Reminders follow until it is marked done with its "
                    + "evidence.", "action " + action.number());
        });
    }

    /** Marks an action in progress. */
    public Result start(CaseId caseId, int number, CaseService.Actor actor) {
        return onAction(caseId, number, actor, "action started", (review, action) -> {
            if (action.progress() != LearningAction.Progress.NOT_STARTED) {
                return Change.refused(Result.refused("Action " + number + " is already " + action
                        .status(London.dateOf(clock.instant())).label() + "."));
            }
            return Change.to(review.with(action.started()), "Action " + number + " is in progress.",
                    "action " + number);
        });
    }

    /** Marks an action done, with its evidence: nothing is closed without it. */
    public Result markDone(CaseId caseId, int number, EvidenceInput input, CaseService.Actor actor) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put(Fields.EVIDENCE, input.evidence());
        texts.put(Fields.LINK, input.link());
        Optional<Result> refused = checked(texts);
        if (refused.isPresent()) {
            return refused.get();
        }
        String link = input.link().trim();
        if (!link.matches("(?i)https?://\\S+")) {
            return Result.refused("Please give a web address starting with https:// (or http://) where the evidence "
                    + "can be seen.", Fields.LINK);
        }
        String embedded = input.embedded() == null ? "" : input.embedded().trim();
        if (!embedded.isEmpty()) {
            Optional<Result> embeddedRefused = checked(Map.of(Fields.EMBEDDED, embedded));
            if (embeddedRefused.isPresent()) {
                return embeddedRefused.get();
            }
        }
        return onAction(caseId, number, actor, "action done", (review, action) -> {
            if (action.isDone()) {
                DoneMark mark = action.evidence().orElseThrow().mark();
                return Change.refused(Result.refused("Action " + number + " was already marked done by "
                        + mark.who().displayName() + " on " + UkDates.format(London.dateOf(mark.at())) + "."));
            }
            if (review.isSingleAgency() && embedded.isEmpty()) {
                return Change.refused(Result.refused("This is a single agency review: please say how the "
                        + "recommendation is embedded in the agency's practice.", Fields.EMBEDDED));
            }
            LearningAction.Evidence evidence = new LearningAction.Evidence(input.evidence().trim(), link,
                    embedded.isEmpty() ? Optional.empty() : Optional.of(embedded),
                    new DoneMark(actor.who(), clock.instant()));
            return Change.to(review.with(action.done(evidence)), "Action " + number + " on "
                    + review.reference().value() + " is done, with its evidence.", "action " + number);
        });
    }

    /**
     * Records the review's learning: from now on its findings are in the learning log both boards search, and both
     * boards' panel channels are told once.
     */
    public Result share(CaseId caseId, CaseService.Actor actor) {
        return change(caseId, actor, false, "learning recorded", null, review -> {
            if (review.isShared()) {
                DoneMark mark = review.shared().get();
                return Change.refused(Result.refused("The learning of " + review.reference().value()
                        + " was already recorded by " + mark.who().displayName() + " on "
                        + UkDates.format(London.dateOf(mark.at())) + "."));
            }
            if (review.findings().isEmpty()) {
                return Change.refused(Result.refused("Record at least one finding first."));
            }
            return Change.to(review.sharedBy(new DoneMark(actor.who(), clock.instant())), "The learning of "
                    + review.reference().value() + " is recorded: its " + review.findings().size()
                    + (review.findings().size() == 1 ? " finding is" : " findings are") + " in the learning log of "
                    + "both boards, and both panel channels are told.", review.findings().size() + " findings");
        });
    }

    /** The actions of these boards' reviews, with where each stands today, in one status or all. */
    public List<ActionRow> actions(List<BoardId> ofBoards, Optional<LearningAction.Status> status) {
        LocalDate today = London.dateOf(clock.instant());
        List<ActionRow> rows = new ArrayList<>();
        for (BoardId board : ofBoards) {
            for (ReviewLearning review : logs.ofBoard(board)) {
                for (LearningAction action : review.actions()) {
                    LearningAction.Status now = action.status(today);
                    if (status.map(now::equals).orElse(true)) {
                        rows.add(new ActionRow(review, action, now));
                    }
                }
            }
        }
        rows.sort(java.util.Comparator.comparing((ActionRow row) -> row.action().due())
                .thenComparing(row -> row.review().caseId().value()).thenComparingInt(row -> row.action().number()));
        return rows;
    }

    /**
     * Writes the postings of reviews whose learning changed since they were last written (at start-up and with the
     * follow-up sweep, after a crash between the two writes). @return how many reviews
     */
    public int completePending() {
        int indexed = 0;
        for (ReviewLearning review : logs.unindexed()) {
            index(review);
            indexed++;
        }
        return indexed;
    }

    private void index(ReviewLearning review) {
        logs.index(Terms.of(review));
        logs.update(review.withIndexed(), review.version());
    }

    /** What an entry makes of the review: the next version and the message, or a refusal. */
    /**
     * The same text typed again: a form sent twice (a second press, a platform's retry) records nothing twice, as a
     * case's steps do not.
     */
    private static boolean same(String recorded, String typed) {
        return recorded.trim().equalsIgnoreCase(typed == null ? "" : typed.trim());
    }

    private static String already(String what, ReviewLearning review, UserRef by, java.time.Instant at) {
        return what + " on " + review.reference().value() + " already says this: recorded by " + by.displayName()
                + " on " + UkDates.format(London.dateOf(at)) + ". Nothing new is recorded.";
    }

    private record Change(Optional<Result> refusal, ReviewLearning next, String message, String detail) {
        static Change refused(Result result) {
            return new Change(Optional.of(result), null, null, null);
        }

        static Change to(ReviewLearning next, String message) {
            return new Change(Optional.empty(), next, message, null);
        }

        static Change to(ReviewLearning next, String message, String detail) {
            return new Change(Optional.empty(), next, message, detail);
        }
    }

    private interface ActionChange {
        Change apply(ReviewLearning review, LearningAction action);
    }

    private Result onAction(CaseId caseId, int number, CaseService.Actor actor, String what, ActionChange change) {
        return change(caseId, actor, false, what, null, review -> {
            Optional<LearningAction> action = review.action(number);
            if (action.isEmpty()) {
                return Change.refused(Result.refused(review.reference().value() + " has no action " + number + "."));
            }
            return change.apply(review, action.get());
        }, number);
    }

    private Result change(CaseId caseId, CaseService.Actor actor, boolean onlyBoardRoles, String what,
                          String detail, Function<ReviewLearning, Change> change) {
        return change(caseId, actor, onlyBoardRoles, what, detail, change, 0);
    }

    /**
     * Applies one entry: checks the case and the person, then writes the review's next version if it is still the
     * one read (again on a concurrent write), then the case's audit trail. {@code owned} is the number of the action
     * whose owner may take this step too (0 for none).
     */
    private Result change(CaseId caseId, CaseService.Actor actor, boolean onlyBoardRoles, String what,
                          String detail, Function<ReviewLearning, Change> change, int owned) {
        try {
            Optional<CaseRecord> found = cases.find(caseId);
            if (found.isEmpty()) {
                return Result.refused(CaseService.noSuchCase(caseId));
            }
            CaseRecord record = found.get();
            Optional<ChairDecision> decision = record.decision();
            if (decision.isEmpty()) {
                return Result.refused("Case " + record.reference().value() + " has no decision yet, so it has no "
                        + "review to learn from.");
            }
            for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
                Optional<ReviewLearning> stored = logs.find(caseId);
                ReviewLearning current = stored.orElseGet(() -> ReviewLearning.empty(caseId, record.board(),
                        record.reference(), decision.get().outcome()));
                if (!allowed(record, current, actor, onlyBoardRoles, owned)) {
                    LOG.log(System.Logger.Level.INFO, "refused learning entry {0} on case {1} for {2}:{3}", what,
                            caseId.value(), actor.who().platform(), actor.who().id());
                    return Result.forbidden(onlyBoardRoles
                            ? "Only the " + boardName(record) + " Chair, business manager or an administrator can "
                            + "name a lead reviewer. Your attempt has been recorded."
                            : "Only the " + boardName(record) + " Chair, business manager, an administrator or the "
                            + "review's lead reviewer can enter its learning" + (owned > 0 ? " (and the action's "
                            + "owner mark it)" : "") + ". Your attempt has been recorded.");
                }
                Change next = change.apply(current);
                if (next.refusal().isPresent()) {
                    return next.refusal().get();
                }
                boolean written = stored.isEmpty() ? logs.create(next.next())
                        : logs.update(next.next(), current.version());
                if (written) {
                    ReviewLearning kept = next.next();
                    if (!kept.indexed()) {
                        index(kept);
                        kept = logs.find(caseId).orElse(kept);
                    }
                    audit(caseId, actor.who(), what, detail != null ? detail : next.detail(),
                            kept.isShared() && !current.isShared());
                    return new Result(true, next.message(), Optional.of(kept), Optional.empty(), false);
                }
            }
            return Result.refused("The review's learning is being changed by someone else right now. Please try "
                    + "again.");
        } catch (StoreUnavailableException down) {
            LOG.log(System.Logger.Level.WARNING, "store unavailable for a learning entry on case {0}", caseId.value());
            return Result.refused(StoreUnavailableException.NOTHING_SAVED);
        }
    }

    private boolean allowed(CaseRecord record, ReviewLearning review, CaseService.Actor actor, boolean onlyBoardRoles,
                            int owned) {
        if (actor.holdsAdminToken() || roles.runsReviews(record.board(), actor.who())) {
            return true;
        }
        if (onlyBoardRoles) {
            return false;
        }
        return review.isLeadReviewer(actor.who())
                || (owned > 0 && review.action(owned).filter(action -> action.isOwner(actor.who())).isPresent());
    }

    /**
     * The entry in the case's audit trail (never its text); when the learning has just been recorded, with the post
     * to both boards' panel channels it owes. One atomic append, so concurrent reads and changes of the case never
     * lose it.
     */
    private void audit(CaseId caseId, UserRef who, String what, String detail, boolean shared) {
        Optional<CaseRecord> before = cases.find(caseId);
        if (before.isEmpty()) {
            return;
        }
        AuditEvent event = new AuditEvent(clock.instant(), who, what, detail == null ? "" : detail,
                before.get().recommendation().rulePack());
        List<FollowUp> owed = shared ? List.of(new FollowUp(FollowUp.Kind.LEARNING_SHARED, before.get().version() + 1,
                Optional.of("shared"))) : List.of();
        if (cases.appendAudit(caseId, event, owed) && shared) {
            cases.find(caseId).ifPresent(owing);
        }
    }

    private Optional<Result> checked(Map<String, String> texts) {
        for (Map.Entry<String, String> text : texts.entrySet()) {
            Optional<String> refusal = PersonalDetails.refusalOfFreeText(describe(text.getKey()), text.getValue(),
                    CaseLifecycle.MAX_FREE_TEXT);
            if (refusal.isPresent()) {
                return Optional.of(Result.refused(refusal.get(), text.getKey()));
            }
        }
        return Optional.empty();
    }

    private static String describe(String field) {
        return switch (field) {
            case Fields.TITLE -> "finding's title";
            case Fields.TEXT -> "text";
            case Fields.AGENCIES, Fields.AGENCY -> "agency's name";
            case Fields.EVIDENCE -> "evidence";
            case Fields.LINK -> "link to the evidence";
            case Fields.EMBEDDED -> "description of how it is embedded";
            default -> field;
        };
    }

    /** A typed theme shown back: never more than 40 characters, and nothing that looks personal. */
    private static String shown(String typed) {
        String value = typed == null ? "" : typed.trim();
        return PersonalDetails.suspectInNotes(value).isPresent() || value.length() > 40 ? "That theme" : value;
    }

    private String boardName(CaseRecord record) {
        return boards.get(record.board()).map(Board::name).orElse(record.board().value());
    }
}
