package uk.lscb.casereview.core.contracts;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import uk.lscb.casereview.core.delivery.Addresses;
import uk.lscb.casereview.core.memory.InMemoryAddresses;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.store.StoreUnavailableException;

/**
 * Addresses in memory that count the saves reaching them (in order, from any thread) and, while {@link #down}, fail
 * them as a store that cannot be reached does. {@link #stored} is the store itself, to set up without counting.
 */
public final class CountedAddresses implements Addresses {
    private final InMemoryAddresses stored = new InMemoryAddresses();
    private final List<Address> saves = new CopyOnWriteArrayList<>();
    private volatile boolean down;

    public InMemoryAddresses stored() {
        return stored;
    }

    /** Every save that reached the store, in order. */
    public List<Address> saves() {
        return saves;
    }

    /** Saves fail as unavailable (true) or are kept (false). */
    public void down(boolean unreachable) {
        down = unreachable;
    }

    @Override
    public void save(Address address) {
        if (down) {
            throw new StoreUnavailableException("MongoDB unavailable: saving an address", null);
        }
        saves.add(address);
        stored.save(address);
    }

    @Override
    public Optional<Address> find(Platform platform, Kind kind, String id) {
        return stored.find(platform, kind, id);
    }

    @Override
    public List<Address> all(Platform platform, Kind kind) {
        return stored.all(platform, kind);
    }
}
