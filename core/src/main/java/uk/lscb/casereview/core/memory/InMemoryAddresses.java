package uk.lscb.casereview.core.memory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import uk.lscb.casereview.core.delivery.Addresses;
import uk.lscb.casereview.core.platforms.Platform;

public final class InMemoryAddresses implements Addresses {
    private final Map<String, Address> store = new ConcurrentHashMap<>();

    private static String key(Platform platform, Kind kind, String id) {
        return platform + "|" + kind + "|" + id;
    }

    @Override
    public void save(Address address) {
        store.put(key(address.platform(), address.kind(), address.id()), address);
    }

    @Override
    public Optional<Address> find(Platform platform, Kind kind, String id) {
        return Optional.ofNullable(store.get(key(platform, kind, id)));
    }

    @Override
    public List<Address> all(Platform platform, Kind kind) {
        return store.values().stream().filter(a -> a.platform().equals(platform) && a.kind() == kind)
                .sorted(java.util.Comparator.comparing(Address::id)).toList();
    }
}
