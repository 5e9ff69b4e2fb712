package uk.lscb.casereview.bot.cases;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.lscb.casereview.core.delivery.ChannelNotifier;
import uk.lscb.casereview.core.delivery.Notification;

/**
 * Posts a notification on every platform, and throws when any platform failed so that the reminder is
 * retried. A retry posts again only where it failed: each platform drops a notification whose dedupe
 * key it has already posted (see {@link PlatformChannels}).
 */
final class AllChannels implements ChannelNotifier {
    private static final Logger LOG = LoggerFactory.getLogger(AllChannels.class);

    private final List<PlatformChannels> platforms;

    AllChannels(List<PlatformChannels> platforms) {
        this.platforms = List.copyOf(platforms);
    }

    @Override
    public void send(Notification notification) {
        RuntimeException failure = null;
        for (PlatformChannels platform : platforms) {
            try {
                platform.send(notification);
            } catch (RuntimeException failed) {
                LOG.warn("posting {} on {} failed: {}", notification.dedupeKey(), platform.platform(),
                        failed.getClass().getSimpleName());
                failure = failed;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
