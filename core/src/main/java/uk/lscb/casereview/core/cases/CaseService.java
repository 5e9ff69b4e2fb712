package uk.lscb.casereview.core.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.actions.DecisionVerb;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.boards.Partnership;
import uk.lscb.casereview.core.boards.Roles;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.messages.PageLink;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.rules.Outcome;
import uk.lscb.casereview.core.rules.RulePacks;
import uk.lscb.casereview.core.store.StoreUnavailableException;

/**
 * Takes case actions for people, the same for every channel: checks on the server who may take
 * each one, applies it with {@link CaseLifecycle}, stores it with optimistic concurrency (a lost race
 * re-applies on the fresh case, so two Chairs deciding at once make one decision and the other is
 * told who decided) together with the follow-ups it owes (in the same write), then tells the listener,
 * which carries them out.
 */
public final class CaseService {
    private static final System.Logger LOG = System.getLogger(CaseService.class.getName());
    private static final int MAX_ATTEMPTS = 10;

    private final Cases cases;
    private final Roles roles;
    private final Boards boards;
    private final RulePacks packs;
    private final Clock clock;
    private final CaseListener listener;
    private final OverdueReminders overdueReminders;
    private final MoreButtons moreButtons;
    private final CasePages pages;

    public CaseService(Cases cases, Roles roles, Boards boards, RulePacks packs, Clock clock, CaseListener listener) {
        this(cases, roles, boards, packs, clock, listener, (id, kind, due) -> false);
    }

    /** Whether the overdue reminder of a case's deadline due on {@code due} has been posted (the reminder jobs know). */
    @FunctionalInterface
    public interface OverdueReminders {
        boolean posted(CaseId id, DeadlineKind kind, LocalDate due);
    }

    /**
     * Knowing which overdue reminders were posted: a reason for a delay is then taken as soon as the deadline's
     * overdue reminder has been posted, even where the sweep that posted it ran ahead of this clock.
     */
    public CaseService(Cases cases, Roles roles, Boards boards, RulePacks packs, Clock clock, CaseListener listener,
                       OverdueReminders overdueReminders) {
        this(cases, roles, boards, packs, clock, listener, overdueReminders, MoreButtons.NONE);
    }

    /**
     * Buttons on a case that are taken elsewhere (an agency request's Mark provided, the form asking an agency for
     * information submitted); empty when not theirs.
     */
    @FunctionalInterface
    public interface MoreButtons {
        MoreButtons NONE = (pressed, inputs, actor) -> Optional.empty();

        Optional<ActionResult> pressed(ButtonAction.CaseChange pressed, Map<String, String> inputs, Actor actor);

        /** The form of one of these buttons' steps on the case (to show it again refused), if {@code step} is theirs. */
        default Optional<uk.lscb.casereview.core.messages.StepForm> form(CaseRecord record, String step) {
            return Optional.empty();
        }

        /** These buttons, then {@code other}'s for a button (or a step's form) that is not one of these. */
        default MoreButtons or(MoreButtons other) {
            MoreButtons first = this;
            return new MoreButtons() {
                @Override
                public Optional<ActionResult> pressed(ButtonAction.CaseChange pressed, Map<String, String> inputs,
                                                      Actor actor) {
                    return first.pressed(pressed, inputs, actor).or(() -> other.pressed(pressed, inputs, actor));
                }

                @Override
                public Optional<uk.lscb.casereview.core.messages.StepForm> form(CaseRecord record, String step) {
                    return first.form(record, step).or(() -> other.form(record, step));
                }
            };
        }
    }

    /** As above, with the case buttons that {@code moreButtons} takes (agencies' requests). */
    public CaseService(Cases cases, Roles roles, Boards boards, RulePacks packs, Clock clock, CaseListener listener,
                       OverdueReminders overdueReminders, MoreButtons moreButtons) {
        this(cases, roles, boards, packs, clock, listener, overdueReminders, moreButtons, CasePages.NONE);
    }

    /** @param pages where the cases' pages are on the dashboard: the cards and the case's view link to them */
    public CaseService(Cases cases, Roles roles, Boards boards, RulePacks packs, Clock clock, CaseListener listener,
                       OverdueReminders overdueReminders, MoreButtons moreButtons, CasePages pages) {
        this.pages = Objects.requireNonNull(pages, "pages");
        this.moreButtons = Objects.requireNonNull(moreButtons, "moreButtons");
        this.overdueReminders = Objects.requireNonNull(overdueReminders, "overdueReminders");
        this.cases = Objects.requireNonNull(cases, "cases");
        this.roles = Objects.requireNonNull(roles, "roles");
        this.boards = Objects.requireNonNull(boards, "boards");
        this.packs = Objects.requireNonNull(packs, "packs");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * Who is acting: the person, the board whose panel channel the action came from, if it came
     * from one (panel members act on reminders there), and whether they hold the administrator token (the API).
     */
    public record Actor(UserRef who, Optional<BoardId> panelChannelOf, boolean holdsAdminToken) {
        public Actor {
            Objects.requireNonNull(who, "who");
            Objects.requireNonNull(panelChannelOf, "panelChannelOf");
        }

        public Actor(UserRef who, Optional<BoardId> panelChannelOf) {
            this(who, panelChannelOf, false);
        }

        public static Actor person(UserRef who) {
            return new Actor(who, Optional.empty());
        }

        /** A case-management system calling the API with the administrator token: an administrator of every board. */
        public static Actor adminToken(UserRef who) {
            return new Actor(who, Optional.empty(), true);
        }
    }

    /**
     * What came of an action: whether it was applied, a message for the person, the case as it now
     * is (to re-render its card) when there is one, and the card input a refusal is about, if any
     * (so a form can show the message beside it).
     *
     * @param outOfDate refused because the decision card pressed was made before something the decision rests on was
     *                  recorded ({@link #outOfDate(ButtonAction.Decision, CaseRecord, UserRef)}): the platform puts
     *                  the card as it now is where the person pressed, so that they read it before deciding
     */
    public record ActionResult(boolean applied, String message, Optional<CaseRecord> record, Optional<String> input,
                               boolean outOfDate) {
        public ActionResult(boolean applied, String message, Optional<CaseRecord> record, Optional<String> input) {
            this(applied, message, record, input, false);
        }

        ActionResult(boolean applied, String message, Optional<CaseRecord> record) {
            this(applied, message, record, Optional.empty());
        }
    }

    public Optional<CaseRecord> find(CaseId id) {
        return cases.find(id);
    }

    /** A step's form on the case as it now is (for a platform showing a refused form again). */
    public uk.lscb.casereview.core.messages.StepForm stepForm(CaseRecord record, CaseStep step) {
        return new CaseViews(roles, boards, clock, List.of()).form(record, step);
    }

    /**
     * The form a {@link ButtonAction.TakeStep} of this step id submits, on the case as it now is: a {@link CaseStep}'s,
     * or one of the more buttons' (asking an agency for information); empty for an id that is neither.
     */
    public Optional<uk.lscb.casereview.core.messages.StepForm> stepForm(CaseRecord record, String step) {
        return CaseStep.byId(step).map(known -> stepForm(record, known)).or(() -> moreButtons.form(record, step));
    }

    /** The decision card for a case as it now is, with the link to its page. */
    public DecisionCard card(CaseRecord record) {
        return DecisionCard.of(record, boards, packs).withPage(pages.of(record));
    }

    /** The link to the case's page on the dashboard, when its address is known. */
    public Optional<PageLink> page(CaseRecord record) {
        return pages.of(record);
    }

    /** "There is no case SCR-2026-014.": the case by its reference, never by its id. */
    public static String noSuchCase(CaseId id) {
        return id.shownReference().map(reference -> "There is no case " + reference + ".")
                .orElse("There is no such case.");
    }

    public ActionResult act(CaseId id, CaseAction action, Actor actor) {
        return act(id, action, actor, current -> Optional.empty());
    }

    /**
     * As {@link #act(CaseId, CaseAction, Actor)}, refused with {@code refusal}'s result when it has one for the case as
     * it is on each attempt (so a race lost to a change it refuses for is refused, not re-applied).
     */
    private ActionResult act(CaseId id, CaseAction action, Actor actor,
                             Function<CaseRecord, Optional<ActionResult>> refusal) {
        try {
            for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
                Optional<CaseRecord> found = cases.find(id);
                if (found.isEmpty()) {
                    return new ActionResult(false, noSuchCase(id), Optional.empty());
                }
                CaseRecord current = found.get();
                Optional<String> forbidden = permission(current, action, actor);
                if (forbidden.isPresent()) {
                    logRefusal(action.getClass().getSimpleName(), id, actor);
                    return new ActionResult(false, forbidden.get(), Optional.of(current));
                }
                Optional<ActionResult> held = refusal.apply(current);
                if (held.isPresent()) {
                    return held.get();
                }
                CaseLifecycle.Result result = CaseLifecycle.apply(current, action, clock.instant(),
                        reminded(current.id()));
                if (result instanceof CaseLifecycle.Result.Refused refused) {
                    return new ActionResult(false, refused.message(), Optional.of(current), refused.input());
                }
                CaseLifecycle.Result.Applied applied = (CaseLifecycle.Result.Applied) result;
                CaseRecord next = applied.next().owing(FollowUp.after(action, current, applied.next()));
                if (cases.update(next, current.version())) {
                    notifyListener(current, next, action);
                    return new ActionResult(true, applied.summary(), Optional.of(next));
                }
            }
            return new ActionResult(false, "The case is being changed by someone else right now. Please try again.",
                    Optional.empty());
        } catch (StoreUnavailableException down) {
            LOG.log(System.Logger.Level.WARNING, "store unavailable for an action on case {0}", id.value());
            return new ActionResult(false, StoreUnavailableException.NOTHING_SAVED, Optional.empty());
        }
    }

    private CaseLifecycle.Reminded reminded(CaseId id) {
        return (kind, due) -> overdueReminders.posted(id, kind, due);
    }

    /**
     * A button on a card or a reminder that changes a case, with the card's input values: the Chair's Confirm,
     * Decide or Ask for more information, the referrer's Answer the Chair, a reminder's Mark done or Record the
     * reason for the delay, a step's form submitted. The store unreachable, at any point, is the result "nothing has
     * changed, try again", never an exception: each platform shows the message where the button was pressed.
     */
    public ActionResult cardAction(ButtonAction.CaseChange pressed, Map<String, String> inputs, Actor actor) {
        try {
            return pressedOnCard(pressed, given(inputs), actor);
        } catch (StoreUnavailableException down) {
            LOG.log(System.Logger.Level.WARNING, "store unavailable for a button on case {0}: {1}", pressed.caseId(),
                    down.getMessage());
            return new ActionResult(false, StoreUnavailableException.NOTHING_SAVED, Optional.empty());
        }
    }

    /** The inputs that have a value: a platform's input left without one (null) is one not given. */
    private static Map<String, String> given(Map<String, String> inputs) {
        Map<String, String> given = new HashMap<>();
        inputs.forEach((input, value) -> {
            if (input != null && value != null) {
                given.put(input, value);
            }
        });
        return given;
    }

    private ActionResult pressedOnCard(ButtonAction.CaseChange pressed, Map<String, String> inputs, Actor actor) {
        Optional<ActionResult> elsewhere = moreButtons.pressed(pressed, inputs, actor);
        if (elsewhere.isPresent()) {
            return elsewhere.get();
        }
        if (pressed instanceof ButtonAction.MarkProvided) {
            return new ActionResult(false, "Sorry, I didn't recognise that action.", Optional.empty());
        }
        CaseId id = new CaseId(pressed.caseId());
        UserRef who = actor.who();
        Optional<CaseRecord> found = cases.find(id);
        if (found.isPresent() && pressed instanceof ButtonAction.Decision decision) {
            Optional<String> refusal = mayDecide(found.get(), actor, decision.verb().byPartner());
            if (refusal.isPresent()) {
                logRefusal(decision.verb().word(), id, actor);
                return new ActionResult(false, refusal.get(), found);
            }
            Optional<ActionResult> outOfDate = refusedOutOfDate(found.get(), decision, actor);
            if (outOfDate.isPresent()) {
                return outOfDate.get();
            }
        }
        boolean confirm = pressed instanceof ButtonAction.Decision decision && decision.verb() == DecisionVerb.CONFIRM;
        Optional<String> otherChosen = confirm
                ? found.filter(record -> record.decision().isEmpty()).flatMap(record -> otherOutcomeChosen(record, inputs))
                : Optional.empty();
        if (otherChosen.isPresent()) {
            return new ActionResult(false, otherChosen.get(), found, Optional.of(DecisionCard.OUTCOME));
        }
        Optional<CaseAction> action = action(pressed, found, inputs, who);
        if (action.isEmpty()) {
            return pressed instanceof ButtonAction.Decision decision && decision.verb() == DecisionVerb.DECIDE
                    ? new ActionResult(false, "Please choose an outcome.", found, Optional.of(DecisionCard.OUTCOME))
                    : new ActionResult(false, "Sorry, I didn't recognise that action.", found);
        }
        if (pressed instanceof ButtonAction.Decision decision) {
            return act(id, action.get(), actor, current -> refusedOutOfDate(current, decision, actor));
        }
        return act(id, action.get(), actor);
    }

    /**
     * Why a decision card's button may not act on the case as it now is: the card was made before something the
     * decision rests on was recorded by someone else (a request for more information, the referrer's answer, a
     * safeguarding partner's answer), which the card as it now is shows. Empty when the card shows all of it, when
     * only bookkeeping happened since, and on a case no longer awaiting its decision (a press there answers who
     * decided). For a platform to check before it opens a form of its own on a card.
     */
    public Optional<String> outOfDate(ButtonAction.Decision pressed, CaseRecord current, UserRef who) {
        return OutOfDateCards.refusal(current, pressed, who);
    }

    /** A decision card's press refused as made on a card out of date: logged, nothing changed, the case as it is. */
    private Optional<ActionResult> refusedOutOfDate(CaseRecord current, ButtonAction.Decision pressed, Actor actor) {
        return OutOfDateCards.refusal(current, pressed, actor.who()).map(message -> {
            logRefusal(pressed.verb().word() + " on a card out of date", current.id(), actor);
            return new ActionResult(false, message, Optional.of(current), Optional.empty(), true);
        });
    }

    /**
     * The lifecycle's action for a button; empty for a Confirm on no case, a Decide with no outcome chosen, or Agree or
     * Disagree by someone who is no partner's lead representative on the case's board.
     */
    private Optional<CaseAction> action(ButtonAction.CaseChange pressed, Optional<CaseRecord> found,
                                        Map<String, String> inputs, UserRef who) {
        if (pressed instanceof ButtonAction.Decision decision) {
            return switch (decision.verb()) {
                case AGREE, DISAGREE -> found.flatMap(record -> PartnerDecision.decidingFor(record, boards))
                        .flatMap(partnership -> partnership.roleOf(who).map(role -> new CaseAction.PartnerConfirms(who,
                                role, decision.verb() == DecisionVerb.AGREE,
                                Optional.ofNullable(inputs.get(DecisionCard.REASON)), partnership.needed())));
                case CONFIRM -> found.map(record -> decide(who, record.recommendation().outcome(), inputs));
                case DECIDE -> outcome(inputs.get(DecisionCard.OUTCOME)).map(outcome -> decide(who, outcome, inputs));
                case MORE_INFORMATION -> Optional.of(new CaseAction.RequestMoreInformation(who,
                        inputs.getOrDefault(DecisionCard.REQUEST, "")));
            };
        }
        if (pressed instanceof ButtonAction.MarkDone done) {
            return Optional.of(new CaseAction.MarkDone(who, done.deadline()));
        }
        if (pressed instanceof ButtonAction.RecordDelay delay) {
            return Optional.of(new CaseAction.RecordDelay(who, delay.deadline(),
                    inputs.getOrDefault(CaseLifecycle.DELAY_REASON, "")));
        }
        if (pressed instanceof ButtonAction.TakeStep take) {
            return CaseStep.byId(take.step()).map(step -> new CaseAction.Step(who, step, inputs));
        }
        return Optional.of(new CaseAction.InformationProvided(who, inputs.getOrDefault(CaseLifecycle.ANSWER, "")));
    }

    /**
     * Confirm decides the recommendation only: with another outcome chosen in the card's list it decides nothing
     * and says which button decides the chosen one.
     */
    private static Optional<String> otherOutcomeChosen(CaseRecord record, Map<String, String> inputs) {
        Outcome recommended = record.recommendation().outcome();
        return outcome(inputs.get(DecisionCard.OUTCOME)).filter(chosen -> chosen != recommended)
                .map(chosen -> "You chose \u201C" + chosen.label() + "\u201D in the list but pressed \u201CConfirm: "
                        + recommended.label() + "\u201D. Nothing has been decided. To decide " + chosen.label()
                        + ", press \u201C" + DecisionCard.DECIDE_LABEL + "\u201D; to confirm the recommendation, "
                        + "choose " + recommended.label() + " in the list.");
    }

    private static CaseAction.Decide decide(UserRef who, Outcome outcome, Map<String, String> inputs) {
        List<String> reviewers = Arrays.stream(inputs.getOrDefault(DecisionCard.LEAD_REVIEWERS, "").split("[,;\\n]"))
                .map(String::trim).filter(name -> !name.isEmpty()).toList();
        return new CaseAction.Decide(who, outcome, Optional.ofNullable(inputs.get(DecisionCard.REASON)),
                Optional.ofNullable(inputs.get(DecisionCard.JUSTIFICATION)), reviewers,
                isTrue(inputs.get(DecisionCard.INDEPENDENT)), isTrue(inputs.get(DecisionCard.CONSENT)));
    }

    private static boolean isTrue(String value) {
        return value != null && (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("yes")
                || value.equalsIgnoreCase("on"));
    }

    private static Optional<Outcome> outcome(String code) {
        return Arrays.stream(Outcome.values()).filter(outcome -> outcome.name().equals(code)).findFirst();
    }

    /** Chair-only and oversight checks, on the server. Empty when the actor may act. */
    private Optional<String> permission(CaseRecord record, CaseAction action, Actor actor) {
        BoardId board = record.board();
        UserRef who = actor.who();
        String boardName = boards.get(board).map(b -> b.name()).orElse(board.value());
        if (action instanceof CaseAction.Decide || action instanceof CaseAction.RequestMoreInformation) {
            return mayDecide(record, actor, false);
        }
        if (action instanceof CaseAction.PartnerConfirms confirms) {
            Optional<String> refusal = mayDecide(record, actor, true);
            return refusal.isPresent() || PartnerDecision.decidingFor(record, boards).flatMap(p -> p.roleOf(who))
                    .filter(confirms.role()::equals).isPresent() ? refusal
                    : Optional.of("Only the " + confirms.role().label() + "'s lead representative can confirm for it.");
        }
        if (action instanceof CaseAction.InformationProvided) {
            boolean referrer = record.referrer().isSamePerson(who);
            return referrer || roles.runsReviews(board, who) ? Optional.empty()
                    : Optional.of("Only the referrer, or the " + boardName + " Chair or business unit, can do that.");
        }
        if (action instanceof CaseAction.Step step) {
            return roles.runsReviews(board, who) || actor.holdsAdminToken() ? Optional.empty()
                    : Optional.of("Only the " + boardName + " Chair, an administrator or the business manager can "
                    + "record \u201C" + step.step().label().toLowerCase(java.util.Locale.UK) + "\u201D.");
        }
        boolean inPanel = actor.panelChannelOf().filter(board::equals).isPresent();
        return roles.runsReviews(board, who) || inPanel ? Optional.empty()
                : Optional.of("Only the " + boardName + " Chair, an administrator, the business manager or the board's "
                + "panel channel can do that.");
    }

    private static void logRefusal(String what, CaseId id, Actor actor) {
        LOG.log(System.Logger.Level.INFO, "refused {0} on case {1} for {2}:{3}", what, id.value(),
                actor.who().platform(), actor.who().id());
    }

    /**
     * Who may act on a case's decision: on a case its safeguarding partners decide ({@link PartnerDecision}), each
     * partner's lead representative agrees or disagrees ({@code partnerVerb}) and the Chair does nothing; on any other,
     * the board's Chair decides and asks for more information, and no one agrees or disagrees.
     */
    private Optional<String> mayDecide(CaseRecord record, Actor actor, boolean partnerVerb) {
        String boardName = boards.get(record.board()).map(b -> b.name()).orElse(record.board().value());
        Optional<Partnership> partnership = PartnerDecision.decidingFor(record, boards);
        if (partnership.isPresent()) {
            if (!partnerVerb) {
                return Optional.of("The safeguarding partners of " + boardName + " decide this case, each partner's "
                        + "lead representative on its card. Your attempt has been recorded.");
            }
            return partnership.get().roleOf(actor.who()).isPresent() ? Optional.empty()
                    : Optional.of("Only the lead representatives of the " + boardName + " safeguarding partners can "
                    + "confirm the decision on this case. Your attempt has been recorded.");
        }
        return partnerVerb ? Optional.of("The Independent Chair of " + boardName + " decides this case: there is "
                + "nothing for a safeguarding partner to confirm on it.") : chairOnly(record, actor);
    }

    /** Deciding and asking for more information: the board's Chair only. */
    private Optional<String> chairOnly(CaseRecord record, Actor actor) {
        if (roles.isChair(record.board(), actor.who())) {
            return Optional.empty();
        }
        return Optional.of("Only the Independent Chair of " + boards.get(record.board()).map(b -> b.name())
                .orElse(record.board().value()) + " can decide on this case. Your attempt has been recorded.");
    }

    private void notifyListener(CaseRecord before, CaseRecord after, CaseAction action) {
        try {
            listener.changed(before, after, action);
        } catch (RuntimeException failed) {
            LOG.log(System.Logger.Level.WARNING, "after case {0} changed, the listener failed: {1}",
                    after.id().value(), failed.getClass().getSimpleName());
        }
    }

    /** The rule packs its cases follow. */
    public RulePacks packs() {
        return packs;
    }
}
