package uk.lscb.casereview.bot.cases;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.lscb.casereview.core.delivery.ChannelNotifier;
import uk.lscb.casereview.core.delivery.Notification;
import uk.lscb.casereview.core.delivery.PlatformDelivery;

/**
 * Posts a notification on every platform, and throws when any platform failed so that the reminder is
 * retried. A retry posts again only where it failed: each platform's delivery skips a destination where the
 * notification's dedupe key was already posted.
 */
final class AllChannels implements ChannelNotifier {
    private static final Logger LOG = LoggerFactory.getLogger(AllChannels.class);

    private final List<PlatformDelivery> platforms;

    AllChannels(List<PlatformDelivery> platforms) {
        this.platforms = List.copyOf(platforms);
    }

    @Override
    public void send(Notification notification) {
        RuntimeException failure = null;
        for (PlatformDelivery platform : platforms) {
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
