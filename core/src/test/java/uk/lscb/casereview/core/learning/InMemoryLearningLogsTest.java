package uk.lscb.casereview.core.learning;

import uk.lscb.casereview.core.contracts.LearningLogsContract;

class InMemoryLearningLogsTest extends LearningLogsContract {
    private final LearningLogs store = new InMemoryLearningLogs();

    @Override
    protected LearningLogs store() {
        return store;
    }
}
