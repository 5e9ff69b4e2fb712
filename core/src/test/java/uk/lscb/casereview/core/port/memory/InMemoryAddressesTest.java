package uk.lscb.casereview.core.port.memory;

import uk.lscb.casereview.core.port.Addresses;
import uk.lscb.casereview.core.port.AddressesContract;

class InMemoryAddressesTest extends AddressesContract {
    private final Addresses store = new InMemoryAddresses();

    @Override
    protected Addresses store() {
        return store;
    }
}
