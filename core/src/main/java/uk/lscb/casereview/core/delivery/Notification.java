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
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.CaseId;

/**
 * A message the bot posts unprompted, such as a deadline reminder. Never carries any detail of a child
 * beyond the case reference.
 *
 * @param to        who receives it: the board's panel channel, its Chair, or both
 * @param actions   buttons, e.g. Mark done ({@code case:done:<caseId>:<DeadlineKind>})
 * @param dedupeKey the same for every attempt at the same message (a reminder job's id), for
 *                  platforms that can drop a repeat
 * @param reminds   for a deadline's reminder, which deadline of which case
 */
public record Notification(BoardId board, Set<Audience> to, String title, String text, List<Fact> facts,
                           List<Choice> actions, String dedupeKey, Optional<Reminds> reminds) {

    /** The deadline a reminder is about: every posted copy of it is updated once the deadline is done. */
    public record Reminds(CaseId caseId, DeadlineKind kind) {
        public Reminds {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** A notification that is not a deadline's reminder. */
    public Notification(BoardId board, Set<Audience> to, String title, String text, List<Fact> facts,
                        List<Choice> actions, String dedupeKey) {
        this(board, to, title, text, facts, actions, dedupeKey, Optional.empty());
    }

    public Notification {
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
