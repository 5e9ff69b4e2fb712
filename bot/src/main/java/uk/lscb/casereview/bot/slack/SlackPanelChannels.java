package uk.lscb.casereview.bot.slack;

import uk.lscb.casereview.bot.cases.PlatformChannels;
import uk.lscb.casereview.core.delivery.ChannelNotifier;
import uk.lscb.casereview.core.delivery.Notification;
import uk.lscb.casereview.core.platforms.Platform;

/** Slack's share of every notification: the board's panel channel, and the Chairs for escalations. */
final class SlackPanelChannels implements PlatformChannels {
    private final ChannelNotifier channels;

    SlackPanelChannels(ChannelNotifier channels) {
        this.channels = channels;
    }

    @Override
    public Platform platform() {
        return Platform.SLACK;
    }

    @Override
    public void send(Notification notification) {
        channels.send(notification);
    }
}
