package uk.lscb.casereview.core.followups;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.boards.Board;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.DecisionCard;
import uk.lscb.casereview.core.cases.FollowUp;
import uk.lscb.casereview.core.cases.FollowUpHandler;
import uk.lscb.casereview.core.deadlines.Audience;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.delivery.ChannelNotifier;
import uk.lscb.casereview.core.delivery.DecisionRequests;
import uk.lscb.casereview.core.delivery.DirectMessages;
import uk.lscb.casereview.core.delivery.Notification;
import uk.lscb.casereview.core.messages.Choice;
import uk.lscb.casereview.core.messages.Fact;
import uk.lscb.casereview.core.messages.UkDates;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.reminders.ReminderScheduler;
import uk.lscb.casereview.core.rules.RulePacks;

/**
 * What happens around a case besides its own record: the decision card goes to the Chair on every
 * platform when a referral becomes a case and is updated in place as the case moves on; the panel
 * channel hears of referrals and decisions; the referrer hears of the decision and of a request for
 * more information; reminders are (re)scheduled whenever deadlines change. Nothing sent names a
 * child: only the case reference identifies the case. A platform that fails does not stop the others.
 * Each is one {@link FollowUp} a stored change owes, carried out by the {@link FollowUpProcessor}.
 */
public final class CaseNotifications implements FollowUpHandler {
    private static final System.Logger LOG = System.getLogger(CaseNotifications.class.getName());

    private final List<DecisionRequests> platforms;
    private final ChannelNotifier panel;
    private final List<DirectMessages> direct;
    private final ReminderScheduler reminders;
    private final Boards boards;
    private final RulePacks packs;
    private final Clock clock;

    public CaseNotifications(List<DecisionRequests> platforms, ChannelNotifier panel, List<DirectMessages> direct,
                             ReminderScheduler reminders, Boards boards, RulePacks packs, Clock clock) {
        this.platforms = List.copyOf(platforms);
        this.panel = Objects.requireNonNull(panel, "panel");
        this.direct = List.copyOf(direct);
        this.reminders = Objects.requireNonNull(reminders, "reminders");
        this.boards = Objects.requireNonNull(boards, "boards");
        this.packs = Objects.requireNonNull(packs, "packs");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Carries out one follow-up of the case as it now is. Everything it posts carries the follow-up's key, so
     * doing it again (after a crash before it was marked done) is dropped by the platforms.
     *
     * @return false when it could not be done yet and is to be tried again later: the Chair's card, while no
     *         platform can reach the Chair (the panel channel is told so the first time)
     * @throws uk.lscb.casereview.core.store.StoreUnavailableException when the reminder jobs cannot be stored
     *                                                                 (the follow-up stays owed)
     */
    @Override
    public boolean carryOut(CaseRecord record, FollowUp followUp) {
        long version = followUp.version();
        switch (followUp.kind()) {
            case POST_DECISION_CARD -> {
                return postCard(record, followUp);
            }
            case UPDATE_DECISION_CARD -> {
                DecisionCard card = DecisionCard.of(record, boards, packs);
                for (DecisionRequests platform : platforms) {
                    attempt("update the decision card", record, () -> {
                        platform.update(record, card);
                        return true;
                    });
                }
            }
            case PANEL_REFERRED -> {
                String due = record.deadline(DeadlineKind.CHAIR_DECISION).map(d -> UkDates.format(d.due())).orElse("");
                post(record, "New referral " + record.reference().value() + ": awaiting the Chair's decision",
                        "Recommendation: " + record.recommendation().outcome().label() + ". The Chair's decision is "
                                + "due by " + due + ".", "referred", version);
            }
            case PANEL_DECIDED -> decisionText(record).ifPresent(text ->
                    post(record, "Decision on " + record.reference().value(), text, "decided", version));
            case TELL_REFERRER_DECIDED -> decisionText(record).ifPresent(text ->
                    tell(record, "Decision on your referral " + record.reference().value(), text, "decided", version));
            case TELL_REFERRER_MORE_INFORMATION -> tell(record, "The Chair needs more information on "
                    + record.reference().value(), followUp.text().orElse("") + " Press Answer the Chair, or type "
                    + "your answer here. When you have answered, the Chair can decide.", "more-information", version,
                    List.of(Choice.of("Answer the Chair", new ButtonAction.AnswerChair(record.id().value(), version))));
            case TELL_CHAIR_INFORMATION_PROVIDED -> tellChair(record, version);
            case REMINDERS_DONE -> followUp.text().flatMap(CaseNotifications::deadline).ifPresent(kind ->
                    attempt("update the reminders", record, () -> {
                        panel.remindersDone(record, kind);
                        return true;
                    }));
            case SCHEDULE_REMINDERS -> reminders.deadlinesChanged(record, clock.instant());
        }
        return true;
    }

    /** Posts the card to the Chair unless the case no longer awaits them; false when no platform reached them. */
    private boolean postCard(CaseRecord record, FollowUp followUp) {
        if (!record.awaitsTheChair()) {
            return true;
        }
        DecisionCard card = DecisionCard.of(record, boards, packs);
        boolean posted = false;
        for (DecisionRequests platform : platforms) {
            posted |= attempt("post the decision card", record, () -> platform.post(record, card)).orElse(false);
        }
        if (!posted) {
            LOG.log(System.Logger.Level.WARNING, "case {0}: no platform could reach the Chair (try {1}); tried again "
                    + "later and when the Chair writes", record.id().value(), followUp.attempts() + 1);
            if (followUp.attempts() == 0) {
                post(record, "The decision card for " + record.reference().value() + " could not reach the Chair",
                        "The Chair has not yet written to the Case Review Assistant, so it cannot message them. The "
                                + "card is posted to the Chair as soon as they write to it or install it, and tried "
                                + "again until then. The Chair can also type: decide " + record.reference().value(),
                        "undelivered", followUp.version());
            }
        }
        return posted;
    }

    /**
     * Posts the case's card again to one Chair, wherever they can be reached (their own chat with the
     * assistant), for {@code decide <reference>}. @return false when no platform could reach them
     */
    public boolean postCardTo(UserRef chair, CaseRecord record) {
        DecisionCard card = DecisionCard.of(record, boards, packs);
        boolean posted = false;
        for (DecisionRequests platform : platforms) {
            posted |= attempt("post the decision card again", record, () -> platform.postTo(chair, record, card))
                    .orElse(false);
        }
        return posted;
    }

    private static Optional<String> decisionText(CaseRecord record) {
        return record.decision().map(decision -> "The Independent Chair (" + decision.chair().displayName()
                + ") decided: " + decision.outcome().label() + "." + record.deadline(
                        DeadlineKind.NATIONAL_PANEL_NOTIFICATION).map(d -> " The national panel must be notified by "
                        + UkDates.format(d.due()) + ".").orElse(""));
    }

    private void post(CaseRecord record, String title, String text, String event, long version) {
        Notification note = new Notification(record.board(), EnumSet.of(Audience.PANEL_CHANNEL), title, text,
                facts(record), List.of(), record.id().value() + "/" + event + "/" + version);
        attempt("notify the panel channel", record, () -> {
            panel.send(note);
            return true;
        });
    }

    /** The Chair hears that the referrer has answered, with the answer; the card shows it too. */
    private void tellChair(CaseRecord record, long version) {
        List<Fact> facts = new java.util.ArrayList<>(facts(record));
        DecisionCard.lastAnswer(record).ifPresent(answer -> facts.add(Fact.of("The referrer's answer", answer)));
        Notification note = new Notification(record.board(), EnumSet.of(Audience.CHAIR), "The referrer has answered on "
                + record.reference().value(), "The referral is awaiting your decision again; the answer is also on "
                + "its decision card.", facts, List.of(), record.id().value() + "/information-provided/" + version);
        attempt("tell the Chair of the referrer's answer", record, () -> {
            panel.send(note);
            return true;
        });
    }

    private static Optional<DeadlineKind> deadline(String name) {
        return java.util.Arrays.stream(DeadlineKind.values()).filter(kind -> kind.name().equals(name)).findFirst();
    }

    private void tell(CaseRecord record, String title, String text, String event, long version) {
        tell(record, title, text, event, version, List.of());
    }

    private void tell(CaseRecord record, String title, String text, String event, long version, List<Choice> actions) {
        Notification note = new Notification(record.board(), EnumSet.of(Audience.PANEL_CHANNEL), title, text,
                facts(record), actions, record.id().value() + "/" + event + "/referrer/" + version);
        boolean reached = false;
        for (DirectMessages platform : direct) {
            reached |= attempt("message the referrer", record, () -> platform.sendTo(record.referrer(), note))
                    .orElse(false);
        }
        if (!reached) {
            LOG.log(System.Logger.Level.INFO, "case {0}: the referrer could not be messaged directly",
                    record.id().value());
        }
    }

    private List<Fact> facts(CaseRecord record) {
        return List.of(Fact.of("Case reference", record.reference().value()),
                Fact.of("Board", boards.get(record.board()).map(Board::name).orElse(record.board().value())),
                Fact.of("Stage", record.status().label()));
    }

    private static Optional<Boolean> attempt(String what, CaseRecord record, java.util.function.Supplier<Boolean> step) {
        try {
            return Optional.of(step.get());
        } catch (RuntimeException failed) {
            LOG.log(System.Logger.Level.WARNING, "case {0}: could not {1}: {2}", record.id().value(), what,
                    failed.getClass().getSimpleName());
            return Optional.empty();
        }
    }
}
