package uk.lscb.casereview.core.memory;

import uk.lscb.casereview.core.cases.Cases;
import uk.lscb.casereview.core.contracts.CasesContract;

class InMemoryCasesTest extends CasesContract {
    private final Cases store = new InMemoryCases();

    @Override
    protected Cases store() {
        return store;
    }
}
