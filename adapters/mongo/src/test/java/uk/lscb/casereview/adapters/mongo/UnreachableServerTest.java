package uk.lscb.casereview.adapters.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoTimeoutException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.lscb.casereview.core.store.StoreUnavailableException;

class UnreachableServerTest {
    /** What the sync driver says when no server answered within the selection limit. */
    private static final String NO_SERVER = "Timed out while waiting for a server that matches WritableServerSelector. "
            + "Client view of cluster state is {type=UNKNOWN, servers=[{address=db:27017, type=UNKNOWN, "
            + "state=CONNECTING}]";

    /** A port of the store: each call runs the next failure given, or answers. */
    interface Port {
        String read();
    }

    private final AtomicLong now = new AtomicLong(-5_000_000_000L);
    private final AtomicInteger calls = new AtomicInteger();
    private volatile Supplier<RuntimeException> failing = () -> null;

    private Port port(Duration unreachableFor) {
        Port store = () -> {
            calls.incrementAndGet();
            RuntimeException failure = failing.get();
            if (failure != null) {
                throw failure;
            }
            return "read";
        };
        return new UnreachableServer(unreachableFor, now::get).guard(Port.class, store);
    }

    private static StoreUnavailableException down(String driverMessage) {
        return new StoreUnavailableException("MongoDB unavailable: reading a case",
                new MongoTimeoutException(driverMessage));
    }

    @Test
    void afterACallFoundNoServerTheNextFailAtOnceUntilTheWhileIsOverAndThenAreTriedAgain() {
        Port guarded = port(Duration.ofSeconds(10));
        failing = () -> down(NO_SERVER);

        assertThatThrownBy(guarded::read).isInstanceOf(StoreUnavailableException.class)
                .hasMessage("MongoDB unavailable: reading a case");
        now.addAndGet(Duration.ofSeconds(9).toNanos());
        assertThatThrownBy(guarded::read).isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("not tried, as no server answered a moment ago").hasNoCause();
        assertThat(calls).as("the store asked once").hasValue(1);

        failing = () -> null;
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(guarded.read()).isEqualTo("read");
        assertThat(guarded.read()).isEqualTo("read");
        assertThat(calls).hasValue(3);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Timed out after 5000 ms while waiting for a connection to server db:27017.",
            "Timed out while waiting to resolve SRV records for db.example."})
    void aFullConnectionPoolOrAnotherTimeoutIsNoReasonNotToAskAgain(String driverMessage) {
        Port guarded = port(Duration.ofSeconds(10));
        failing = () -> down(driverMessage);

        assertThatThrownBy(guarded::read).isInstanceOf(StoreUnavailableException.class);
        assertThatThrownBy(guarded::read).isInstanceOf(StoreUnavailableException.class)
                .hasMessage("MongoDB unavailable: reading a case");

        assertThat(calls).hasValue(2);
    }

    @Test
    void withNoWhileEveryCallIsTried() {
        Port guarded = port(Duration.ZERO);
        failing = () -> down(NO_SERVER);

        assertThatThrownBy(guarded::read).isInstanceOf(StoreUnavailableException.class);
        assertThatThrownBy(guarded::read).isInstanceOf(StoreUnavailableException.class);

        assertThat(calls).hasValue(2);
    }

    @Test
    void anotherFailureIsThrownAsItIs() {
        Port guarded = port(Duration.ofSeconds(10));
        IllegalStateException bug = new IllegalStateException("a bug");
        failing = () -> bug;

        assertThatThrownBy(guarded::read).isSameAs(bug);
    }
}
