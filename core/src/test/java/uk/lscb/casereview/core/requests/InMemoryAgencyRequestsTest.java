package uk.lscb.casereview.core.requests;

import uk.lscb.casereview.core.contracts.AgencyRequestsContract;

class InMemoryAgencyRequestsTest extends AgencyRequestsContract {
    private final AgencyRequests store = new InMemoryAgencyRequests();

    @Override
    protected AgencyRequests store() {
        return store;
    }
}
