package uk.lscb.casereview.benchmarks;

import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.bson.Document;
import uk.lscb.casereview.adapters.mongo.MongoStore;
import uk.lscb.casereview.adapters.mongo.embedded.EmbeddedBackend;
import uk.lscb.casereview.adapters.mongo.embedded.InProcessMongo;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.cases.CaseStatus;
import uk.lscb.casereview.core.conversation.Conversation;
import uk.lscb.casereview.core.conversation.Inbound;
import uk.lscb.casereview.core.conversation.PackConversations;
import uk.lscb.casereview.core.conversation.ScopingService;
import uk.lscb.casereview.core.deadlines.Audience;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.deadlines.ReminderStage;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.reminders.ReminderJob;
import uk.lscb.casereview.core.reminders.ReminderJobs;
import uk.lscb.casereview.core.rules.RulePacks;
import uk.lscb.casereview.core.rules.wt2015.Wt2015;

/**
 * What the reminder sweep and a case list cost as the store fills: 10k, 100k and 1M stored open deadlines (pending
 * reminder jobs due in the next two years) with the same 20 due now, and one stored case for every 20 deadlines
 * (all closed but the same 20 open ones). Per size, the median over rounds of one sweep's claims (claim until
 * nothing is due; the claimed jobs are then released, due again, outside the timing) and of one case list (a
 * board's open cases, as the {@code cases} command reads them), with the documents each read, on the embedded store
 * as shipped; and the same on mongo-java-server as shipped (in memory; it reads every document of a collection for
 * these queries), in fewer rounds, up to 100k. The stored documents are made by the real code once (a job scheduled through the port,
 * a case through a whole referral) and copied, so that 1M need not go through a million turns.
 *
 * <p>Run it as the README says ("Benchmarks"). Arguments: the sizes (default 10000 100000 1000000).
 */
public final class SweepBenchmark {
    private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Europe/London"));
    private static final BoardId BOARD = new BoardId("staffordshire");
    private static final int DUE = 20;
    private static final int DEADLINES_PER_CASE = 20;
    private static final int ROUNDS = 21;
    /** On the server as shipped, whose every claim reads the whole collection. */
    private static final int SCAN_ROUNDS = 5;
    private static final int SCAN_UP_TO = 100_000;
    private static final int WARM_UP = 2_000;
    private static final int BATCH = 5_000;
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final List<String> REFERRAL = List.of("start", "Staffordshire", "SCR-2026-001", "yesterday", "yes",
            "no", "not sure", "no", "no", "yes", "not sure", "no", "yes", "submit");

    private SweepBenchmark() {
    }

    /** One size on one backend: medians in milliseconds and documents read per sweep and per list. */
    record Result(String backend, int deadlines, int cases, double sweepMs, double claimMs, long sweepDocuments,
                  double listMs, long listDocuments, int listed, double loadSeconds) {
    }

    public static void main(String[] args) throws IOException {
        List<Integer> sizes = args.length == 0 ? List.of(10_000, 100_000, 1_000_000)
                : Stream.of(args).map(Integer::parseInt).toList();
        RulePacks packs = new RulePacks(List.of(Wt2015.pack()));
        List<Result> results = new ArrayList<>();
        double loadAtStart = loadAverage();
        run(true, WARM_UP, packs); // so that the first size is not the one that pays for compiling the code
        for (int size : sizes) {
            results.add(run(true, size, packs));
            if (size <= SCAN_UP_TO) {
                results.add(run(false, size, packs));
            }
        }
        System.out.printf(Locale.ROOT, "%n%s, load average %.1f at start and %.1f at end, %d rounds (%d as shipped),"
                + " %d due%n", LocalDate.now(), loadAtStart, loadAverage(), ROUNDS, SCAN_ROUNDS, DUE);
        System.out.println("| backend | open deadlines | cases | sweep p50 ms | × 10k | per claim ms (sweep ÷ 21) "
                + "| documents read per sweep | case list p50 ms | × 10k | documents read per list |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (Result result : results) {
            Result smallest = results.stream().filter(r -> r.backend().equals(result.backend()))
                    .min(Comparator.comparingInt(Result::deadlines)).orElseThrow();
            System.out.printf(Locale.ROOT, "| %s | %,d | %,d | %.2f | %.2f | %.2f | %s | %.2f | %.2f | %s |%n",
                    result.backend(), result.deadlines(), result.cases(), result.sweepMs(),
                    result.sweepMs() / smallest.sweepMs(), result.claimMs(), documents(result.sweepDocuments()),
                    result.listMs(), result.listMs() / smallest.listMs(), documents(result.listDocuments()));
        }
    }

    private static String documents(long count) {
        return count < 0 ? "not counted" : String.format(Locale.ROOT, "%,d", count);
    }

    private static Result run(boolean embedded, int deadlines, RulePacks packs) throws IOException {
        Path directory = Files.createTempDirectory("sweep-bench");
        MongoBackend backend = embedded ? EmbeddedBackend.open(directory.resolve("casereview.mv"))
                : new MemoryBackend();
        LongSupplier examined = embedded ? ((EmbeddedBackend) backend)::documentsExamined : () -> -1;
        String name = embedded ? "embedded store" : "mongo-java-server as shipped (memory, no index used)";
        try (MongoClient client = InProcessMongo.client(backend, MongoClientSettings.builder())) {
            MongoStore store = MongoStore.open(client, "casereview", packs);
            long loading = System.nanoTime();
            int cases = fill(store, client, deadlines, packs);
            double loadSeconds = (System.nanoTime() - loading) / 1e9;
            System.out.printf(Locale.ROOT, "%s: %,d deadlines and %,d cases stored in %.0f s%n", name, deadlines, cases,
                    loadSeconds);
            ReminderJobs jobs = store.reminderJobs();
            List<Long> sweeps = new ArrayList<>();
            List<Long> lists = new ArrayList<>();
            long sweepDocuments = 0;
            long listDocuments = 0;
            int listed = 0;
            for (int round = 0; round < (embedded ? ROUNDS : SCAN_ROUNDS); round++) {
                long before = examined.getAsLong();
                long start = System.nanoTime();
                List<String> claimed = new ArrayList<>();
                for (Optional<ReminderJob> job = jobs.claimNext(NOW, "bench", LEASE); job.isPresent();
                     job = jobs.claimNext(NOW, "bench", LEASE)) {
                    claimed.add(job.get().id());
                }
                sweeps.add(System.nanoTime() - start);
                sweepDocuments = examined.getAsLong() - before;
                if (claimed.size() != DUE) {
                    throw new IllegalStateException("claimed " + claimed.size() + " of " + DUE + " due");
                }
                claimed.forEach(id -> jobs.release(id, "bench", NOW.minusSeconds(60)));

                before = examined.getAsLong();
                start = System.nanoTime();
                listed = store.cases().ofBoard(BOARD, CaseStatus.OPEN).size();
                lists.add(System.nanoTime() - start);
                listDocuments = examined.getAsLong() - before;
            }
            double sweepMs = median(sweeps);
            return new Result(name, deadlines, cases, sweepMs, sweepMs / (DUE + 1), embedded ? sweepDocuments : -1,
                    median(lists), embedded ? listDocuments : -1, listed, loadSeconds);
        } finally {
            backend.close();
            Directories.delete(directory);
        }
    }

    /**
     * Stores the deadlines (DUE of them due now, the rest over the next two years) and one case per
     * {@link #DEADLINES_PER_CASE} of them, DUE open and the rest closed, by copying documents the real code wrote.
     */
    private static int fill(MongoStore store, MongoClient client, int deadlines, RulePacks packs) {
        MongoCollection<Document> jobs = client.getDatabase("casereview").getCollection(MongoStore.REMINDER_JOBS);
        MongoCollection<Document> cases = client.getDatabase("casereview").getCollection(MongoStore.CASES);
        CaseId templateCase = new CaseId("staffordshire/TEMPLATE");
        LocalDate due = LocalDate.of(2027, 6, 30);
        store.reminderJobs().schedule(new ReminderJob(ReminderJob.idOf(templateCase, DeadlineKind.CHAIR_DECISION, due, 0),
                templateCase, BOARD, DeadlineKind.CHAIR_DECISION, due, 0, ReminderStage.AHEAD, NOW, Set.of(Audience.CHAIR),
                ReminderJob.Status.PENDING, Optional.empty(), Optional.empty(), 0, Optional.empty()));
        Document job = jobs.find().first();
        jobs.deleteMany(new Document());
        List<Document> batch = new ArrayList<>(BATCH);
        long span = Duration.ofDays(730).toMillis();
        for (int i = 0; i < deadlines; i++) {
            Document copy = new Document(job);
            CaseId caseId = new CaseId("staffordshire/scr-" + i / DEADLINES_PER_CASE);
            int sequence = i % DEADLINES_PER_CASE;
            copy.put("_id", ReminderJob.idOf(caseId, DeadlineKind.CHAIR_DECISION, due, sequence));
            copy.put("caseId", caseId.value());
            copy.put("sequence", (long) sequence);
            Instant at = i < DUE ? NOW.minusSeconds(60L * (i + 1))
                    : NOW.plusMillis(60_000 + (long) i * 7_919 % span);
            copy.put("at", Date.from(at));
            batch.add(copy);
            if (batch.size() == BATCH) {
                jobs.insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            jobs.insertMany(batch);
            batch.clear();
        }

        Conversation conversation = new Conversation(packs.current(), Boards.staffordshireAndStoke(), CLOCK);
        ScopingService scoping = new ScopingService(PackConversations.of(conversation), store.conversations(), store.transcripts(),
                store.cases(), CLOCK);
        ConversationKey key = new ConversationKey(Platform.LOCAL, "practitioner");
        UserRef who = new UserRef(Platform.LOCAL, "practitioner", "Practitioner");
        for (String text : REFERRAL) {
            scoping.handle(new ScopingService.Incoming(key, who, Optional.empty(), new Inbound.TextMessage(text),
                    Optional.empty()));
        }
        Document referred = cases.find().first();
        if (referred == null) {
            throw new IllegalStateException("the template referral made no case");
        }
        cases.deleteMany(new Document());
        int count = Math.max(DUE, deadlines / DEADLINES_PER_CASE);
        for (int i = 0; i < count; i++) {
            Document copy = new Document(referred);
            String reference = "SCR-" + i;
            copy.put("_id", "staffordshire/" + reference.toLowerCase(Locale.ROOT));
            copy.put("reference", reference);
            copy.put("referenceKey", reference.toLowerCase(Locale.ROOT));
            copy.put("createdAt", Date.from(NOW.minusSeconds(3_600L * i)));
            copy.put("status", i < DUE ? CaseStatus.AWAITING_DECISION.name() : CaseStatus.CLOSED.name());
            batch.add(copy);
            if (batch.size() == BATCH) {
                cases.insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            cases.insertMany(batch);
        }
        return count;
    }

    private static double median(List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted[sorted.length / 2] / 1e6;
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
