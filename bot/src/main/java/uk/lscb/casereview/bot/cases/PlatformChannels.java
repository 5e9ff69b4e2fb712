package uk.lscb.casereview.bot.cases;

import uk.lscb.casereview.core.port.ChannelNotifier;

/**
 * One platform's way of posting to a board's panel channel. A platform where the board has no panel
 * channel does nothing and returns normally; a post the platform refuses throws.
 */
public interface PlatformChannels extends ChannelNotifier {

    /** The platform's name as {@code UserRef.platform()} has it: {@code teams}, {@code slack}, {@code local}. */
    String platform();
}
