package uk.lscb.casereview.core.delivery;

class InMemoryDeliveryJobsTest extends DeliveryJobsContract {
    @Override
    protected DeliveryJobs store() {
        return new InMemoryDeliveryJobs();
    }
}
