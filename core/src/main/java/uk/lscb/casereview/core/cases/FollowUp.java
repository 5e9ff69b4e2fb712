package uk.lscb.casereview.core.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One piece of work a stored case change owes the world besides the case itself (a card to post, a note to
 * the panel channel, the referrer to tell, reminders to schedule). It is written into the case in the same
 * single-document write as the change, so a crash straight after that write loses nothing: whichever
 * instance runs next carries it out ({@link FollowUpProcessor}).
 *
 * @param version   the case version whose change made it; with the kind it is the follow-up's {@link #key}
 * @param text      the Chair's request, for {@link Kind#TELL_REFERRER_MORE_INFORMATION}; the deadline, for
 *                  {@link Kind#REMINDERS_DONE} and {@link Kind#REMINDERS_REASONED}
 * @param attempts  how many times it has been tried and could not be done yet (the Chair's card with no way
 *                  to reach the Chair)
 * @param notBefore when it is next tried, after {@code attempts} failed tries (backing off); empty: now
 */
public record FollowUp(Kind kind, long version, Optional<String> text, int attempts, Optional<Instant> notBefore) {
    /** The wait after the first failed try; it doubles with each try, up to {@link #LONGEST_WAIT}. */
    static final Duration FIRST_WAIT = Duration.ofMinutes(1);
    static final Duration LONGEST_WAIT = Duration.ofHours(1);

    /** What is owed. */
    public enum Kind {
        POST_DECISION_CARD,
        UPDATE_DECISION_CARD,
        PANEL_REFERRED,
        PANEL_DECIDED,
        TELL_REFERRER_DECIDED,
        TELL_REFERRER_MORE_INFORMATION,
        TELL_CHAIR_INFORMATION_PROVIDED,
        /** The safeguarding partners differ so that their rule cannot be met: the panel channel hears who differs. */
        PANEL_PARTNERS_DIFFER,
        /** The safeguarding partners' decision stands: the partnership's independent scrutineer(s) are told. */
        TELL_SCRUTINEER,
        /** The panel channel hears of a step recorded, once; the text is the {@code CaseStep}'s id. */
        PANEL_STEP,
        /** Every posted copy of a deadline's reminders shows it done; the text is the {@code DeadlineKind}. */
        REMINDERS_DONE,
        /**
         * Every posted copy of an open deadline's reminders shows the reason for its delay, just recorded, and no form
         * for another; the text is the {@code DeadlineKind}.
         */
        REMINDERS_REASONED,
        SCHEDULE_REMINDERS,
        /** An agency was asked for information: its contact and the panel channel are told; the text is its number. */
        AGENCY_ASKED,
        /** An agency's information was provided: the panel channel is told; the text is the request's number. */
        AGENCY_PROVIDED,
        /**
         * A reminder of the agency requests of the case due on one date, to their contacts and the panel channel
         * (and the Chair once overdue); the text is {@code <due>/<sequence>/<stage>/<the day it is for>}.
         */
        AGENCY_REMINDER,
        /** A review's learning was recorded: both boards' panel channels hear of its findings, once. */
        LEARNING_SHARED,
        /**
         * A reminder of one of the review's actions, to its owner and the panel channel (and the Chair the first day
         * it is overdue); the text is {@code <action>/<stage>/<the day it is for>}.
         */
        LEARNING_REMINDER
    }

    /** The kinds whose text tells one apart from another of the same kind, whatever the case's version. */
    private static final java.util.Set<Kind> KEYED_BY_TEXT =
            java.util.EnumSet.of(Kind.AGENCY_ASKED, Kind.AGENCY_PROVIDED, Kind.AGENCY_REMINDER, Kind.LEARNING_SHARED,
                    Kind.LEARNING_REMINDER);

    public FollowUp {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(notBefore, "notBefore");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must not be negative");
        }
    }

    /** A follow-up not yet tried. */
    public FollowUp(Kind kind, long version, Optional<String> text) {
        this(kind, version, text, 0, Optional.empty());
    }

    public static FollowUp of(Kind kind, long version) {
        return new FollowUp(kind, version, Optional.empty());
    }

    /**
     * Unique within a case: the same follow-up always has the same key. An agency request's follow-ups are keyed by
     * their text alone (the request's number, the reminder's date and sequence), so writing one again after a crash,
     * at a later version of the case, owes and delivers it once.
     */
    public String key() {
        if (keyedByText()) {
            return kind + "/" + text.orElse("");
        }
        return kind + "/" + version + (kind == Kind.REMINDERS_DONE || kind == Kind.REMINDERS_REASONED
                ? "/" + text.orElse("") : "");
    }

    /** Whether its {@link #key} is its kind and text alone, whatever the version of the case that owes it. */
    public boolean keyedByText() {
        return KEYED_BY_TEXT.contains(kind);
    }

    /**
     * {@code owed}, each keyed by its text: what a store adds without knowing the version it writes the case at
     * ({@link Cases#appendAudit(uk.lscb.casereview.core.refs.CaseId, AuditEvent, List)}).
     *
     * @throws IllegalArgumentException if one is keyed by the case's version
     */
    public static List<FollowUp> requireKeyedByText(List<FollowUp> owed) {
        for (FollowUp followUp : owed) {
            if (!followUp.keyedByText()) {
                throw new IllegalArgumentException(followUp.kind() + " is keyed by the case's version");
            }
        }
        return List.copyOf(owed);
    }

    /** Whether it is to be tried at {@code now} (not waiting after a failed try). */
    public boolean readyAt(Instant now) {
        return notBefore.filter(next -> next.isAfter(now)).isEmpty();
    }

    /** The same follow-up after one more failed try at {@code now}: tried again after a wait that doubles each time. */
    FollowUp failedAt(Instant now) {
        Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(attempts, 20));
        return new FollowUp(kind, version, text, attempts + 1,
                Optional.of(now.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait)));
    }

    /** What a referral that has just become a case (at {@code version}) owes: the Chair's card, the panel's note, reminders. */
    static List<FollowUp> ofReferral(long version) {
        return List.of(of(Kind.POST_DECISION_CARD, version), of(Kind.PANEL_REFERRED, version),
                of(Kind.SCHEDULE_REMINDERS, version));
    }

    /** What an action stored as {@code after} owes: the card brought up to date, who is told, the reminders re-planned. */
    static List<FollowUp> after(CaseAction action, CaseRecord before, CaseRecord after) {
        long version = after.version();
        List<FollowUp> owed = new ArrayList<>(List.of(of(Kind.UPDATE_DECISION_CARD, version)));
        if ((action instanceof CaseAction.Decide || action instanceof CaseAction.PartnerConfirms)
                && after.decision().isPresent()) {
            owed.add(of(Kind.PANEL_DECIDED, version));
            owed.add(of(Kind.TELL_REFERRER_DECIDED, version));
            if (action instanceof CaseAction.PartnerConfirms) {
                owed.add(of(Kind.TELL_SCRUTINEER, version));
            }
        } else if (action instanceof CaseAction.PartnerConfirms confirms
                && PartnerDecision.of(after, confirms.needed()).deadlocked()) {
            owed.add(of(Kind.PANEL_PARTNERS_DIFFER, version));
        } else if (action instanceof CaseAction.RequestMoreInformation request) {
            owed.add(new FollowUp(Kind.TELL_REFERRER_MORE_INFORMATION, version, Optional.of(request.request())));
        } else if (action instanceof CaseAction.InformationProvided) {
            owed.add(of(Kind.TELL_CHAIR_INFORMATION_PROVIDED, version));
        } else if (action instanceof CaseAction.Step step) {
            owed.add(new FollowUp(Kind.PANEL_STEP, version, Optional.of(step.step().id())));
        }
        after.deadlines().stream()
                .filter(deadline -> deadline.isDone()
                        && before.deadline(deadline.kind()).map(had -> !had.isDone()).orElse(true))
                .forEach(done -> owed.add(new FollowUp(Kind.REMINDERS_DONE, version,
                        Optional.of(done.kind().name()))));
        after.deadlines().stream()
                .filter(deadline -> !deadline.isDone() && deadline.delayReason().isPresent()
                        && !before.deadline(deadline.kind()).flatMap(CaseDeadline::delayReason)
                        .equals(deadline.delayReason()))
                .forEach(reasoned -> owed.add(new FollowUp(Kind.REMINDERS_REASONED, version,
                        Optional.of(reasoned.kind().name()))));
        owed.add(of(Kind.SCHEDULE_REMINDERS, version));
        return owed;
    }
}
