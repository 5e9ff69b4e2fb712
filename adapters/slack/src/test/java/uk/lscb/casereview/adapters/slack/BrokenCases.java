package uk.lscb.casereview.adapters.slack;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import uk.lscb.casereview.core.cases.AuditEvent;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.Cases;
import uk.lscb.casereview.core.cases.FollowUp;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.refs.CaseReference;

/**
 * A case store with a bug in it, not one that cannot be reached (which the app tells apart and answers in its own
 * words): once {@link #breakNow} is called, each call waits until {@link #release} (so that it ends after Slack has
 * stopped waiting for the ack) and then throws an {@link IllegalStateException} saying {@link #DETAIL}.
 */
final class BrokenCases implements Cases {
    /** What the failure says: none of it may reach the person. */
    static final String DETAIL = "BrokenCases: index 7 out of bounds reading case 00000000-0000-0000-0000-000000000001";

    private final Cases cases;
    private final CountDownLatch reached = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile boolean broken;

    BrokenCases(Cases cases) {
        this.cases = cases;
    }

    void breakNow() {
        broken = true;
    }

    /** Waits until a call has reached the broken store. @return false if none has within the timeout */
    boolean awaitCall(Duration timeout) throws InterruptedException {
        return reached.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Lets the calls waiting, and every call after, fail at once. */
    void release() {
        released.countDown();
    }

    private void call() {
        if (!broken) {
            return;
        }
        reached.countDown();
        try {
            released.await(1, TimeUnit.MINUTES);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        throw new IllegalStateException(DETAIL);
    }

    @Override
    public boolean create(CaseRecord record) {
        call();
        return cases.create(record);
    }

    @Override
    public Optional<CaseRecord> find(CaseId id) {
        call();
        return cases.find(id);
    }

    @Override
    public List<CaseRecord> findByReference(CaseReference reference) {
        call();
        return cases.findByReference(reference);
    }

    @Override
    public List<CaseRecord> ofBoard(BoardId board) {
        call();
        return cases.ofBoard(board);
    }

    @Override
    public List<CaseRecord> withFollowUps() {
        call();
        return cases.withFollowUps();
    }

    @Override
    public boolean update(CaseRecord next, long expectedVersion) {
        call();
        return cases.update(next, expectedVersion);
    }

    @Override
    public boolean appendAudit(CaseId id, AuditEvent event, List<FollowUp> owed) {
        call();
        return cases.appendAudit(id, event, owed);
    }
}
