package uk.lscb.casereview.core.port.memory;

import uk.lscb.casereview.core.port.Cases;
import uk.lscb.casereview.core.port.CasesContract;

class InMemoryCasesTest extends CasesContract {
    private final Cases store = new InMemoryCases();

    @Override
    protected Cases store() {
        return store;
    }
}
