package uk.lscb.casereview.core.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.delivery.Addresses;
import uk.lscb.casereview.core.delivery.Addresses.Address;
import uk.lscb.casereview.core.delivery.Addresses.Kind;
import uk.lscb.casereview.core.platforms.Platform;

/** What every {@link Addresses} implementation does. Extend it with a fresh, empty store. */
public abstract class AddressesContract {

    protected abstract Addresses store();

    @Test
    public void aSavedAddressIsFoundAndASecondSaveReplacesIt() {
        Addresses addresses = store();
        addresses.save(new Address(Platform.TEAMS, Kind.PERSON, "aad-1", "{\"v\":1}"));
        addresses.save(new Address(Platform.TEAMS, Kind.PERSON, "aad-1", "{\"v\":2}"));

        assertThat(addresses.find(Platform.TEAMS, Kind.PERSON, "aad-1")).map(Address::value).contains("{\"v\":2}");
        assertThat(addresses.all(Platform.TEAMS, Kind.PERSON)).hasSize(1);
    }

    @Test
    public void addressesAreKeptApartByPlatformAndKind() {
        Addresses addresses = store();
        addresses.save(new Address(Platform.TEAMS, Kind.CHANNEL, "19:abc", "channel"));
        addresses.save(new Address(Platform.SLACK, Kind.CHANNEL, "19:abc", "other"));

        assertThat(addresses.find(Platform.TEAMS, Kind.PERSON, "19:abc")).isEmpty();
        assertThat(addresses.all(Platform.TEAMS, Kind.CHANNEL)).extracting(Address::value).containsExactly("channel");
    }
}
