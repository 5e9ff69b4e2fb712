package uk.lscb.casereview.benchmarks;

import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import uk.lscb.casereview.adapters.mongo.MongoStore;
import uk.lscb.casereview.adapters.mongo.embedded.EmbeddedBackend;
import uk.lscb.casereview.adapters.mongo.embedded.InProcessMongo;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.conversation.Conversation;
import uk.lscb.casereview.core.conversation.Inbound;
import uk.lscb.casereview.core.conversation.PackConversations;
import uk.lscb.casereview.core.conversation.ScopingService;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.rules.RulePacks;
import uk.lscb.casereview.core.rules.wt2015.Wt2015;

/**
 * What the embedded store costs a conversation turn, and how many bytes of file a referral leaves. Whole
 * referrals (14 turns each, ending in a case) go through the real {@link ScopingService} and {@link MongoStore},
 * through the application's in-memory connections, on three backends: mongo-java-server's memory backend (no
 * file: the floor), the embedded store as it was at first (H2 on a file, Java serialization, a commit after every
 * message, no compaction) and {@link EmbeddedBackend} as shipped. Rounds alternate between the backends, so a busy
 * machine slows them alike; the figures are medians over every turn of every round. The bytes are those of every
 * file the backend keeps in its data directory.
 *
 * <p>Run it as the README says ("Benchmarks"). Arguments: referrals per round (default 200), rounds (default 3).
 * With {@code heap} and numbers of referrals instead ({@code heap 1000 5000}), it loads that many referrals into
 * {@link EmbeddedBackend} alone and says how long compacting the journal then takes (writing a snapshot of the live
 * data, requests waiting), what the store holds in the heap once reopened (its journal replayed), how big the
 * snapshot is and how long opening took (replaying the snapshot and writing it again).
 */
public final class EmbeddedStoreBenchmark {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneId.of("Europe/London"));
    private static final List<String> REFERRAL = List.of("start", "Staffordshire", "REF", "yesterday", "yes", "no",
            "not sure", "no", "no", "yes", "not sure", "no", "yes", "submit");

    private EmbeddedStoreBenchmark() {
    }

    /** The embedded store at first: H2 on a file with its defaults (Java serialization), a commit per message. */
    static final class Before extends H2Backend {
        Before(String file) {
            super(file);
        }

        @Override
        public Document handleMessage(MongoMessage message) {
            try {
                return super.handleMessage(message);
            } finally {
                commit();
            }
        }
    }

    enum Variant {
        MEMORY, BEFORE, EMBEDDED;

        MongoBackend open(Path file) {
            return switch (this) {
                case MEMORY -> new MemoryBackend();
                case BEFORE -> new Before(file.toString());
                case EMBEDDED -> EmbeddedBackend.open(file);
            };
        }
    }

    /** @param cpuNanos CPU time the whole process used during the round's turns (all threads: H2's writers too) */
    record Round(List<Long> turnNanos, long bytesOpen, long bytesReopened, int cases, long cpuNanos) {
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    public static void main(String[] args) throws IOException {
        if (args.length > 0 && args[0].equals("heap")) {
            heap(Stream.of(args).skip(1).mapToInt(Integer::parseInt).toArray());
            return;
        }
        int referrals = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        RulePacks packs = new RulePacks(List.of(Wt2015.pack()));
        Conversation conversation = new Conversation(packs.current(), Boards.staffordshireAndStoke(), CLOCK);
        List<List<Round>> results = new ArrayList<>();
        for (Variant ignored : Variant.values()) {
            results.add(new ArrayList<>());
        }
        run(Variant.EMBEDDED, 20, packs, conversation); // warm-up of the code paths all three share
        for (int round = 0; round < rounds; round++) {
            for (Variant variant : Variant.values()) {
                results.get(variant.ordinal()).add(run(variant, referrals, packs, conversation));
            }
        }
        double floor = median(results.get(Variant.MEMORY.ordinal()));
        System.out.printf(Locale.ROOT, "%d referrals x %d turns per round, %d rounds, load average %.2f%n", referrals,
                REFERRAL.size(), rounds, ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
        System.out.println("| backend | turn p50 (µs) | turn p90 (µs) | store's share of a turn p50 (µs) | "
                + "file bytes per referral, open | after reopen | cases | process CPU per turn (µs) |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- |");
        for (Variant variant : Variant.values()) {
            List<Round> of = results.get(variant.ordinal());
            double p50 = median(of);
            System.out.printf(Locale.ROOT, "| %s | %.0f | %.0f | %.0f | %d | %d | %d | %.0f |%n",
                    variant.name().toLowerCase(Locale.ROOT), p50, percentile(of, 0.90), p50 - floor,
                    of.stream().mapToLong(Round::bytesOpen).sum() / ((long) referrals * rounds),
                    of.stream().mapToLong(Round::bytesReopened).sum() / ((long) referrals * rounds),
                    of.stream().mapToInt(Round::cases).sum(),
                    of.stream().mapToLong(Round::cpuNanos).sum() / 1e3 / ((long) referrals * REFERRAL.size() * rounds));
        }
    }

    private static Round run(Variant variant, int referrals, RulePacks packs, Conversation conversation)
            throws IOException {
        Path directory = Files.createTempDirectory("embedded-store-bench");
        Path file = directory.resolve("casereview.mv");
        List<Long> nanos = new ArrayList<>(referrals * REFERRAL.size());
        int cases = 0;
        long bytesOpen;
        long cpuBefore;
        long cpuNanos;
        MongoBackend backend = variant.open(file);
        try (MongoClient client = InProcessMongo.client(backend, MongoClientSettings.builder())) {
            MongoStore store = MongoStore.open(client, "casereview", packs);
            ScopingService scoping = scoping(store, conversation);
            cpuBefore = processCpuNanos();
            for (int referral = 1; referral <= referrals; referral++) {
                cases += refer(scoping, referral, nanos);
            }
            cpuNanos = processCpuNanos() - cpuBefore;
            bytesOpen = bytes(directory);
        } finally {
            backend.close();
        }
        long bytesReopened = 0;
        if (variant != Variant.MEMORY) {
            variant.open(file).close();
            bytesReopened = bytes(directory);
        }
        Directories.delete(directory);
        return new Round(nanos, bytesOpen, bytesReopened, cases, cpuNanos);
    }

    private static ScopingService scoping(MongoStore store, Conversation conversation) {
        return new ScopingService(PackConversations.of(conversation), store.conversations(), store.transcripts(),
                store.cases(), CLOCK);
    }

    /** One whole referral, each turn's time added to {@code nanos}; 1 when it created its case. */
    private static int refer(ScopingService scoping, int referral, List<Long> nanos) {
        ConversationKey key = new ConversationKey(Platform.LOCAL, "practitioner-" + referral);
        UserRef who = new UserRef(Platform.LOCAL, "practitioner-" + referral, "Practitioner");
        int cases = 0;
        for (String text : REFERRAL) {
            String typed = text.equals("REF") ? "SCR-2026-" + referral : text;
            long start = System.nanoTime();
            ScopingService.TurnResult result = scoping.handle(new ScopingService.Incoming(key, who,
                    Optional.empty(), new Inbound.TextMessage(typed), Optional.empty()));
            nanos.add(System.nanoTime() - start);
            cases += result.createdCase().isPresent() ? 1 : 0;
        }
        return cases;
    }

    /** For each number of referrals: loads them, then reopens the store and measures what it holds. */
    private static void heap(int[] counts) throws IOException {
        RulePacks packs = new RulePacks(List.of(Wt2015.pack()));
        Conversation conversation = new Conversation(packs.current(), Boards.staffordshireAndStoke(), CLOCK);
        System.out.println("| referrals | journal before compaction (MB) | compaction (ms) | snapshot (MB) | "
                + "heap held by the reopened store (MB) | per referral (kB) | open: replay and snapshot (ms) |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
        for (int referrals : counts) {
            Path directory = Files.createTempDirectory("embedded-store-heap");
            Path file = directory.resolve("casereview.mv");
            EmbeddedBackend loading = EmbeddedBackend.open(file);
            long grown;
            long compactionMillis;
            try (MongoClient client = InProcessMongo.client(loading, MongoClientSettings.builder())) {
                ScopingService scoping = scoping(MongoStore.open(client, "casereview", packs), conversation);
                List<Long> ignored = new ArrayList<>();
                for (int referral = 1; referral <= referrals; referral++) {
                    refer(scoping, referral, ignored);
                }
                grown = loading.fileSize();
                long compacting = System.nanoTime();
                loading.compact();
                compactionMillis = (System.nanoTime() - compacting) / 1_000_000;
            } finally {
                loading.close();
            }
            long before = heapUsedAfterGc();
            long start = System.nanoTime();
            EmbeddedBackend reopened = EmbeddedBackend.open(file);
            long openMillis = (System.nanoTime() - start) / 1_000_000;
            long held = heapUsedAfterGc() - before;
            long journal = reopened.fileSize();
            reopened.close();
            System.out.printf(Locale.ROOT, "| %d | %.1f | %d | %.1f | %.1f | %.1f | %d |%n", referrals, grown / 1e6,
                    compactionMillis, journal / 1e6, held / 1e6, held / 1e3 / referrals, openMillis);
            Directories.delete(directory);
        }
    }

    private static long heapUsedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The bytes of every file in the data directory. */
    private static long bytes(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.mapToLong(path -> {
                try {
                    return Files.size(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    private static double median(List<Round> rounds) {
        return percentile(rounds, 0.5);
    }

    private static double percentile(List<Round> rounds, double quantile) {
        long[] all = rounds.stream().flatMap(round -> round.turnNanos().stream()).mapToLong(Long::longValue)
                .sorted().toArray();
        return all[(int) Math.min(all.length - 1, Math.floor(quantile * all.length))] / 1_000.0;
    }
}
