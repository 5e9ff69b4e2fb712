package uk.lscb.casereview.core.cases;

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
 * @param version the case version whose change made it; with the kind it is the follow-up's {@link #key}
 * @param text    the Chair's request, for {@link Kind#TELL_REFERRER_MORE_INFORMATION}; the deadline, for
 *                {@link Kind#REMINDERS_DONE}
 */
public record FollowUp(Kind kind, long version, Optional<String> text) {

    /** What is owed. */
    public enum Kind {
        POST_DECISION_CARD,
        UPDATE_DECISION_CARD,
        PANEL_REFERRED,
        PANEL_DECIDED,
        TELL_REFERRER_DECIDED,
        TELL_REFERRER_MORE_INFORMATION,
        TELL_CHAIR_INFORMATION_PROVIDED,
        /** Every posted copy of a deadline's reminders shows it done; the text is the {@code DeadlineKind}. */
        REMINDERS_DONE,
        SCHEDULE_REMINDERS
    }

    public FollowUp {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    public static FollowUp of(Kind kind, long version) {
        return new FollowUp(kind, version, Optional.empty());
    }

    /** Unique within a case: the same follow-up always has the same key. */
    public String key() {
        return kind + "/" + version + (kind == Kind.REMINDERS_DONE ? "/" + text.orElse("") : "");
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
        if (action instanceof CaseAction.Decide && after.decision().isPresent()) {
            owed.add(of(Kind.PANEL_DECIDED, version));
            owed.add(of(Kind.TELL_REFERRER_DECIDED, version));
        } else if (action instanceof CaseAction.RequestMoreInformation request) {
            owed.add(new FollowUp(Kind.TELL_REFERRER_MORE_INFORMATION, version, Optional.of(request.request())));
        } else if (action instanceof CaseAction.InformationProvided) {
            owed.add(of(Kind.TELL_CHAIR_INFORMATION_PROVIDED, version));
        }
        after.deadlines().stream()
                .filter(deadline -> deadline.isDone()
                        && before.deadline(deadline.kind()).map(had -> !had.isDone()).orElse(true))
                .forEach(done -> owed.add(new FollowUp(Kind.REMINDERS_DONE, version,
                        Optional.of(done.kind().name()))));
        owed.add(of(Kind.SCHEDULE_REMINDERS, version));
        return owed;
    }
}
