package uk.lscb.casereview.core.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.delivery.Addresses;
import uk.lscb.casereview.core.delivery.Addresses.Address;
import uk.lscb.casereview.core.delivery.Addresses.Kind;

/** What every {@link Addresses} implementation does. Extend it with a fresh, empty store. */
public abstract class AddressesContract {

    protected abstract Addresses store();

    @Test
    public void aSavedAddressIsFoundAndASecondSaveReplacesIt() {
        Addresses addresses = store();
        addresses.save(new Address("teams", Kind.PERSON, "aad-1", "{\"v\":1}"));
        addresses.save(new Address("teams", Kind.PERSON, "aad-1", "{\"v\":2}"));

        assertThat(addresses.find("teams", Kind.PERSON, "aad-1")).map(Address::value).contains("{\"v\":2}");
        assertThat(addresses.all("teams", Kind.PERSON)).hasSize(1);
    }

    @Test
    public void addressesAreKeptApartByPlatformAndKind() {
        Addresses addresses = store();
        addresses.save(new Address("teams", Kind.CHANNEL, "19:abc", "channel"));
        addresses.save(new Address("slack", Kind.CHANNEL, "19:abc", "other"));

        assertThat(addresses.find("teams", Kind.PERSON, "19:abc")).isEmpty();
        assertThat(addresses.all("teams", Kind.CHANNEL)).extracting(Address::value).containsExactly("channel");
    }
}
