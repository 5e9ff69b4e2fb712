package uk.lscb.casereview.core.delivery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import uk.lscb.casereview.core.platforms.Platform;

/**
 * The store's addresses, without saving again what this bot saved last for the same key: a person's address is
 * remembered at each of their messages (in Teams and in Slack), and is nearly always the one already stored, so
 * saving it again would cost the turn a write for nothing. Every save of a platform's bot goes through its own
 * instance, so what it remembers is what it last stored (a save that failed is not remembered); another instance
 * of the application sharing the store may have saved a newer address since, which stays until this bot sees a
 * different one (both were where the person wrote lately). Keeps the most recently saved keys.
 */
public final class SavedAddresses implements Addresses {
    private static final System.Logger LOG = System.getLogger(SavedAddresses.class.getName());
    private static final int KEPT = 10_000;

    private final Addresses addresses;
    private final Map<String, String> saved = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > KEPT;
        }
    };

    private final Object[] stripes = new Object[64];

    public SavedAddresses(Addresses addresses) {
        this.addresses = Objects.requireNonNull(addresses, "addresses");
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new Object();
        }
    }

    @Override
    public void save(Address address) {
        String key = address.platform().id() + "/" + address.kind() + "/" + address.id();
        // One key's saves one at a time, so that what is remembered is what was stored last.
        synchronized (stripes[Math.floorMod(key.hashCode(), stripes.length)]) {
            synchronized (saved) {
                if (address.value().equals(saved.get(key))) {
                    return;
                }
            }
            addresses.save(address);
            synchronized (saved) {
                saved.put(key, address.value());
            }
        }
    }

    /**
     * Saves a person's or a channel's address as {@link #save} does, without failing what it is called from (the
     * person's message is still answered): an address not saved is logged in one line, and the next message saves it.
     */
    public void remember(Address address) {
        try {
            save(address);
        } catch (RuntimeException notSaved) {
            LOG.log(System.Logger.Level.WARNING, "could not remember the address of {0}:{1}: {2}",
                    address.platform().id(), address.id(), notSaved.getClass().getSimpleName());
        }
    }

    @Override
    public Optional<Address> find(Platform platform, Kind kind, String id) {
        return addresses.find(platform, kind, id);
    }

    @Override
    public List<Address> all(Platform platform, Kind kind) {
        return addresses.all(platform, kind);
    }
}
