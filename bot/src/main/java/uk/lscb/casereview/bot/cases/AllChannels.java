package uk.lscb.casereview.bot.cases;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.lscb.casereview.core.port.Addresses;
import uk.lscb.casereview.core.port.ChannelNotifier;
import uk.lscb.casereview.core.port.Notification;

/**
 * Posts a notification on every platform. What each platform accepted is recorded (by the
 * notification's dedupe key), so when one platform fails and the reminder is retried, only the
 * platforms that have not yet accepted it post it again. Throws when any platform failed.
 */
final class AllChannels implements ChannelNotifier {
    private static final Logger LOG = LoggerFactory.getLogger(AllChannels.class);

    private final List<PlatformChannels> platforms;
    private final Addresses addresses;

    AllChannels(List<PlatformChannels> platforms, Addresses addresses) {
        this.platforms = List.copyOf(platforms);
        this.addresses = addresses;
    }

    @Override
    public void send(Notification notification) {
        String marker = "sent:" + notification.dedupeKey();
        RuntimeException failure = null;
        for (PlatformChannels platform : platforms) {
            if (addresses.find(platform.platform(), Addresses.Kind.CHANNEL, marker).isPresent()) {
                continue;
            }
            try {
                platform.send(notification);
                addresses.save(new Addresses.Address(platform.platform(), Addresses.Kind.CHANNEL, marker, "sent"));
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
