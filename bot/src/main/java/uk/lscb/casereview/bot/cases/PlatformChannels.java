package uk.lscb.casereview.bot.cases;

import uk.lscb.casereview.core.delivery.ChannelNotifier;
import uk.lscb.casereview.core.platforms.Platform;

/**
 * One platform's way of posting to a board's panel channel. A platform where the board has no panel
 * channel does nothing and returns normally; a post the platform refuses throws. A notification whose
 * dedupe key was already posted to a destination is not posted there again, so a retry after a partial
 * failure repeats nothing.
 */
public interface PlatformChannels extends ChannelNotifier {

    /** The platform, as {@code UserRef.platform()} has it. */
    Platform platform();
}
