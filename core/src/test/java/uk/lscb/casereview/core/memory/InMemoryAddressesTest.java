package uk.lscb.casereview.core.memory;

import uk.lscb.casereview.core.contracts.AddressesContract;
import uk.lscb.casereview.core.delivery.Addresses;

class InMemoryAddressesTest extends AddressesContract {
    private final Addresses store = new InMemoryAddresses();

    @Override
    protected Addresses store() {
        return store;
    }
}
