package uk.lscb.casereview.core.delivery;

import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.refs.CaseId;

/**
 * Posts a notification to a board's channel (and, for {@link uk.lscb.casereview.core.deadlines.Audience#CHAIR},
 * to its Chair). Returns once the platform has accepted the post.
 */
public interface ChannelNotifier {

    /**
     * Posts it.
     *
     * @throws RuntimeException if the post was not accepted; the caller retries later, so it must be
     *     safe to call again with the same {@link Notification#dedupeKey()}
     */
    void send(Notification notification);

    /**
     * The deadline of this kind of the case is done: every copy of its reminders already posted shows who did it
     * and loses its buttons. Platforms that cannot change a post keep it; a press on it then shows the same.
     *
     * @throws RuntimeException if a copy could not be changed; the caller tries again later
     */
    default void remindersDone(CaseRecord record, DeadlineKind kind) {
    }

    /**
     * The reason for the delay of the case's open deadline of this kind is recorded: every copy of its reminders
     * already posted becomes {@code now} (the reason, and no form for another). Platforms that cannot change a post
     * keep it.
     *
     * @throws RuntimeException if a copy could not be changed; the caller tries again later
     */
    default void remindersReasoned(CaseRecord record, DeadlineKind kind, Notification now) {
    }

    /**
     * Every copy of the case's messages kept as {@code copies} ({@link Notification.Reminds}), in channels and in
     * people's chats, becomes {@code now}: an agency request's messages once it is provided. Platforms that cannot
     * change a post keep it.
     *
     * @throws RuntimeException if a copy could not be changed; the caller tries again later
     */
    default void replaceCopies(CaseId caseId, String copies, Notification now) {
    }
}
