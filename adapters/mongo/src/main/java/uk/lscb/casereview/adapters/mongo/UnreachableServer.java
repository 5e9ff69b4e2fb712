package uk.lscb.casereview.adapters.mongo;

import com.mongodb.MongoTimeoutException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;
import uk.lscb.casereview.core.store.StoreUnavailableException;

/**
 * A MongoDB that no server of answered within the client's server selection limit (5 s) is not asked again for a
 * while: each of the store's calls in that time fails at once, as unavailable, instead of waiting the limit again. A
 * person is told "try again" in a moment, not after 5 s for each call (a Teams turn makes several), and a request
 * thread is not held while the store is down. A call made after the while is tried, and trips it again if no server
 * answers. Only the driver's failure to find a server trips it: a slow one, a full connection pool or a refused write
 * does not. The embedded store, in this process, never trips it.
 */
final class UnreachableServer {
    /** The driver's messages when server selection ran out of time (5.x: "…a server that matches…", "…a suitable…"). */
    private static final Pattern NO_SERVER = Pattern.compile("waiting for a (suitable )?server");

    private final long forNanos;
    private final LongSupplier nanoTime;
    /** Until when calls fail at once: none at first, so it starts as now. */
    private volatile long untilNanos;

    /** @param unreachableFor how long calls fail at once after one found no server; zero: never */
    UnreachableServer(Duration unreachableFor, LongSupplier nanoTime) {
        this.forNanos = unreachableFor.toNanos();
        this.nanoTime = nanoTime;
        this.untilNanos = nanoTime.getAsLong();
    }

    /** The port, its calls failing at once while the server is taken to be unreachable. */
    <T> T guard(Class<T> port, T store) {
        if (forNanos <= 0) {
            return store;
        }
        Object guarded = Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
            if (nanoTime.getAsLong() - untilNanos < 0) {
                throw new StoreUnavailableException("MongoDB unavailable: " + port.getSimpleName() + "."
                        + method.getName() + " not tried, as no server answered a moment ago", null);
            }
            try {
                return method.invoke(store, args);
            } catch (InvocationTargetException failed) {
                if (failed.getCause() instanceof StoreUnavailableException down && noServer(down)) {
                    untilNanos = nanoTime.getAsLong() + forNanos;
                }
                throw failed.getCause();
            }
        });
        return port.cast(guarded);
    }

    private static boolean noServer(StoreUnavailableException down) {
        return down.getCause() instanceof MongoTimeoutException timeout && timeout.getMessage() != null
                && NO_SERVER.matcher(timeout.getMessage()).find();
    }
}
