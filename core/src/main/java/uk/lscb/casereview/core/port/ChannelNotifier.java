package uk.lscb.casereview.core.port;

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
}
