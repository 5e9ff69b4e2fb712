package uk.lscb.casereview.core.contracts;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import uk.lscb.casereview.core.cases.AuditEvent;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.Cases;
import uk.lscb.casereview.core.cases.FollowUp;
import uk.lscb.casereview.core.conversation.Conversations;
import uk.lscb.casereview.core.conversation.StoredConversation;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.refs.CaseReference;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.reminders.ReminderJob;
import uk.lscb.casereview.core.reminders.ReminderJobs;
import uk.lscb.casereview.core.store.StoreUnavailableException;
import uk.lscb.casereview.core.transcripts.TranscriptEntry;
import uk.lscb.casereview.core.transcripts.Transcripts;

/**
 * Wraps real stores so that the n-th write (counting every write to any of them) fails as if the
 * database had gone away, having written nothing. Reads always work. For fault tests of a turn.
 */
public final class FaultyStore {
    private final AtomicInteger writes = new AtomicInteger();
    private volatile int failAt = Integer.MAX_VALUE;
    private volatile boolean halting;
    private final Conversations conversations;
    private final Transcripts transcripts;
    private final Cases cases;

    public FaultyStore(Conversations conversations, Transcripts transcripts, Cases cases) {
        this.conversations = conversations;
        this.transcripts = transcripts;
        this.cases = cases;
    }

    /** Makes the n-th write from now on fail (1 = the next one); later writes work again. */
    public void failWrite(int n) {
        writes.set(0);
        failAt = n;
    }

    public void heal() {
        failAt = Integer.MAX_VALUE;
        halting = false;
    }

    /** Makes the n-th write from now on and every write after it fail: the process died there. */
    public void haltAtWrite(int n) {
        failWrite(n);
        halting = true;
    }

    /** How many writes have been attempted since {@link #failWrite} (or the start). */
    public int writes() {
        return writes.get();
    }

    private void write(String what) {
        int write = writes.incrementAndGet();
        if (write == failAt || halting && write > failAt) {
            throw new StoreUnavailableException("injected fault at " + what, null);
        }
    }

    public Conversations conversations() {
        return new Conversations() {
            @Override
            public Optional<StoredConversation> find(ConversationKey key) {
                return conversations.find(key);
            }

            @Override
            public List<StoredConversation> withOutbox() {
                return conversations.withOutbox();
            }

            @Override
            public boolean write(StoredConversation next, long expectedVersion) {
                FaultyStore.this.write("conversation");
                return conversations.write(next, expectedVersion);
            }
        };
    }

    public Transcripts transcripts() {
        return new Transcripts() {
            @Override
            public void append(List<TranscriptEntry> entries) {
                write("transcript append");
                transcripts.append(entries);
            }

            @Override
            public List<TranscriptEntry> ofConversation(ConversationKey conversation) {
                return transcripts.ofConversation(conversation);
            }

            @Override
            public List<TranscriptEntry> ofCase(String caseId) {
                return transcripts.ofCase(caseId);
            }

            @Override
            public void linkToCase(ConversationKey conversation, long from, long to, String caseId) {
                write("transcript link");
                transcripts.linkToCase(conversation, from, to, caseId);
            }
        };
    }

    /** Reminder jobs whose scheduling and cancelling count as writes. */
    public ReminderJobs reminderJobs(ReminderJobs jobs) {
        return new ReminderJobs() {
            @Override
            public boolean schedule(ReminderJob job) {
                write("reminder schedule");
                return jobs.schedule(job);
            }

            @Override
            public Optional<ReminderJob> claimNext(java.time.Instant now, String owner, java.time.Duration lease) {
                return jobs.claimNext(now, owner, lease);
            }

            @Override
            public boolean markSent(String id, String owner, java.time.Instant at) {
                return jobs.markSent(id, owner, at);
            }

            @Override
            public void release(String id, String owner, java.time.Instant retryAt) {
                jobs.release(id, owner, retryAt);
            }

            @Override
            public boolean skip(String id, String owner) {
                return jobs.skip(id, owner);
            }

            @Override
            public int cancel(CaseId caseId, uk.lscb.casereview.core.deadlines.DeadlineKind kind) {
                write("reminder cancel");
                return jobs.cancel(caseId, kind);
            }

            @Override
            public List<ReminderJob> ofCase(CaseId caseId) {
                return jobs.ofCase(caseId);
            }
        };
    }

    public Cases cases() {
        return new Cases() {
            @Override
            public boolean create(CaseRecord record) {
                write("case create");
                return cases.create(record);
            }

            @Override
            public Optional<CaseRecord> find(CaseId id) {
                return cases.find(id);
            }

            @Override
            public List<CaseRecord> findByReference(CaseReference reference) {
                return cases.findByReference(reference);
            }

            @Override
            public List<CaseRecord> ofBoard(BoardId board) {
                return cases.ofBoard(board);
            }

            @Override
            public List<CaseRecord> withFollowUps() {
                return cases.withFollowUps();
            }

            @Override
            public boolean update(CaseRecord next, long expectedVersion) {
                write("case update");
                return cases.update(next, expectedVersion);
            }

            @Override
            public boolean appendAudit(CaseId id, AuditEvent event, List<FollowUp> owed) {
                write("case audit");
                return cases.appendAudit(id, event, owed);
            }
        };
    }
}
