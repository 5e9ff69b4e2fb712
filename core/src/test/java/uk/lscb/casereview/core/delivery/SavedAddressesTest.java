package uk.lscb.casereview.core.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.contracts.CountedAddresses;
import uk.lscb.casereview.core.delivery.Addresses.Address;
import uk.lscb.casereview.core.delivery.Addresses.Kind;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.store.StoreUnavailableException;

class SavedAddressesTest {
    private final CountedAddresses store = new CountedAddresses();
    private final SavedAddresses addresses = new SavedAddresses(store);

    private static Address dm(String user, String channel) {
        return new Address(Platform.SLACK, Kind.PERSON, user, channel);
    }

    @Test
    void theSameAddressSavedAgainIsNotWrittenAgain() {
        addresses.save(dm("U1", "D1"));
        addresses.save(dm("U1", "D1"));
        addresses.save(dm("U1", "D1"));

        assertThat(store.saves()).containsExactly(dm("U1", "D1"));
        assertThat(addresses.find(Platform.SLACK, Kind.PERSON, "U1")).contains(dm("U1", "D1"));
    }

    @Test
    void aChangedAddressOrAnotherPersonsIsWritten() {
        addresses.save(dm("U1", "D1"));
        addresses.save(dm("U1", "D9"));
        addresses.save(dm("U2", "D1"));
        addresses.save(new Address(Platform.TEAMS, Kind.PERSON, "U1", "D9"));

        assertThat(store.saves()).containsExactly(dm("U1", "D1"), dm("U1", "D9"), dm("U2", "D1"),
                new Address(Platform.TEAMS, Kind.PERSON, "U1", "D9"));
        assertThat(addresses.find(Platform.SLACK, Kind.PERSON, "U1")).contains(dm("U1", "D9"));
    }

    @Test
    void aSaveThatFailedIsNotRememberedSoTheNextOneIsWritten() {
        store.down(true);
        assertThatThrownBy(() -> addresses.save(dm("U1", "D1"))).isInstanceOf(StoreUnavailableException.class);

        store.down(false);
        addresses.save(dm("U1", "D1"));

        assertThat(store.saves()).containsExactly(dm("U1", "D1"));
        assertThat(addresses.find(Platform.SLACK, Kind.PERSON, "U1")).contains(dm("U1", "D1"));
    }

    @Test
    void rememberingWhileTheStoreIsDownDoesNotFailAndTheNextMessageSavesIt() {
        store.down(true);
        addresses.remember(dm("U1", "D1"));

        store.down(false);
        addresses.remember(dm("U1", "D1"));
        addresses.remember(dm("U1", "D1"));

        assertThat(store.saves()).containsExactly(dm("U1", "D1"));
    }
}
