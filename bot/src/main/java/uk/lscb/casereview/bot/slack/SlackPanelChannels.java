package uk.lscb.casereview.bot.slack;

import uk.lscb.casereview.bot.cases.PlatformChannels;
import uk.lscb.casereview.core.delivery.ChannelNotifier;
import uk.lscb.casereview.core.delivery.Notification;

/** Slack's share of every notification: the board's panel channel, and the Chairs for escalations. */
final class SlackPanelChannels implements PlatformChannels {
    private final ChannelNotifier channels;

    SlackPanelChannels(ChannelNotifier channels) {
        this.channels = channels;
    }

    @Override
    public String platform() {
        return "slack";
    }

    @Override
    public void send(Notification notification) {
        channels.send(notification);
    }
}
