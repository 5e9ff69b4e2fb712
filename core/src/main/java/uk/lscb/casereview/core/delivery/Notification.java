package uk.lscb.casereview.core.delivery;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import uk.lscb.casereview.core.deadlines.Audience;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.messages.Choice;
import uk.lscb.casereview.core.messages.Fact;
import uk.lscb.casereview.core.messages.PageLink;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.refs.CaseReference;

/**
 * A message the bot posts unprompted, such as a deadline reminder. Never carries any detail of a child
 * beyond the case reference.
 *
 * @param to        who receives it: the board's panel channel, its Chair, or both
 * @param actions   buttons, e.g. Mark done ({@code case:done:<caseId>:<DeadlineKind>})
 * @param dedupeKey the same for every attempt at the same message (a reminder job's id), for
 *                  platforms that can drop a repeat
 * @param reminds   for a deadline's reminder, which deadline of which case
 * @param about     the case it names, if it names one
 * @param page      the link to that case's page on the dashboard, added on delivery when the dashboard's address is
 *                  known ({@link PlatformDelivery})
 */
public record Notification(BoardId board, Set<Audience> to, String title, String text, List<Fact> facts,
                           List<Choice> actions, String dedupeKey, Optional<Reminds> reminds,
                           Optional<CaseReference> about, Optional<PageLink> page) {

    /**
     * What a notification's posted copies are kept as, to be replaced later: a deadline's reminders (every copy updated
     * once the deadline is done), or an agency request's messages (once it is provided).
     *
     * @param copies the kind of {@link PostedCopies.Copy} they are remembered as
     */
    public record Reminds(CaseId caseId, String copies) {
        public Reminds {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(copies, "copies");
        }

        /** The reminders of one deadline of the case. */
        public Reminds(CaseId caseId, DeadlineKind kind) {
            this(caseId, PostedCopies.reminder(kind));
        }
    }

    /** A notification that is not a deadline's reminder. */
    public Notification(BoardId board, Set<Audience> to, String title, String text, List<Fact> facts,
                        List<Choice> actions, String dedupeKey) {
        this(board, to, title, text, facts, actions, dedupeKey, Optional.empty());
    }

    /** A notification naming no case (or not yet: {@link #about(CaseReference)}). */
    public Notification(BoardId board, Set<Audience> to, String title, String text, List<Fact> facts,
                        List<Choice> actions, String dedupeKey, Optional<Reminds> reminds) {
        this(board, to, title, text, facts, actions, dedupeKey, reminds, Optional.empty(), Optional.empty());
    }

    /** This notification, naming this case of its board. */
    public Notification about(CaseReference reference) {
        return new Notification(board, to, title, text, facts, actions, dedupeKey, reminds, Optional.of(reference),
                page);
    }

    /** This notification with the link to its case's page (or none). */
    public Notification withPage(Optional<PageLink> link) {
        return new Notification(board, to, title, text, facts, actions, dedupeKey, reminds, about, link);
    }

    public Notification {
        Objects.requireNonNull(about, "about");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(reminds, "reminds");
        Objects.requireNonNull(board, "board");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(dedupeKey, "dedupeKey");
        if (to.isEmpty()) {
            throw new IllegalArgumentException("a notification goes to someone");
        }
        to = Collections.unmodifiableSet(EnumSet.copyOf(to));
        facts = List.copyOf(facts);
        actions = List.copyOf(actions);
    }
}
