package uk.lscb.casereview.core.delivery;

import java.util.List;
import java.util.Optional;
import uk.lscb.casereview.core.platforms.Platform;

/**
 * Where the bot can post without being spoken to first: a platform's opaque address for a person's
 * 1:1 chat or a channel (for Teams, a serialised conversation reference), kept when the bot is
 * installed or messaged, so decisions and reminders can be sent proactively. A board's registered panel
 * channel is one too (kind {@link Kind#CHANNEL}, id {@code panel:<board>}). Nothing else: what was posted
 * where, and which notifications were, is kept in {@link PostedCopies}.
 */
public interface Addresses {

    /** What an address is for. */
    enum Kind { PERSON, CHANNEL }

    /** One stored address: platform, kind, the person's or channel's id there, and the opaque value. */
    record Address(Platform platform, Kind kind, String id, String value) {
    }

    /** Stores or replaces the address. */
    void save(Address address);

    Optional<Address> find(Platform platform, Kind kind, String id);

    List<Address> all(Platform platform, Kind kind);
}
