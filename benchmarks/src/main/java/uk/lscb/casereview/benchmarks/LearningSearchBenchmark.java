package uk.lscb.casereview.benchmarks;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.LongSupplier;
import uk.lscb.casereview.adapters.mongo.MongoStore;
import uk.lscb.casereview.adapters.mongo.embedded.EmbeddedBackend;
import uk.lscb.casereview.adapters.mongo.embedded.InProcessMongo;
import uk.lscb.casereview.core.cases.DoneMark;
import uk.lscb.casereview.core.learning.Finding;
import uk.lscb.casereview.core.learning.LearningLogs;
import uk.lscb.casereview.core.learning.LearningSearch;
import uk.lscb.casereview.core.learning.LearningSearch.Query;
import uk.lscb.casereview.core.learning.LearningThemes;
import uk.lscb.casereview.core.learning.Posting;
import uk.lscb.casereview.core.learning.ReviewLearning;
import uk.lscb.casereview.core.learning.Terms;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.refs.CaseReference;
import uk.lscb.casereview.core.rules.Outcome;
import uk.lscb.casereview.core.rules.RulePacks;
import uk.lscb.casereview.core.rules.wt2015.Wt2015;

/**
 * What a learning log search costs with 10,000 findings stored (issue 13's target: under 50 ms): reviews of 10
 * findings each on both boards, recorded over five years, their titles and texts drawn from a fixed vocabulary,
 * each filed under one to three of the default themes; stored and indexed through the real port
 * ({@code LearningLogs.create} per review, {@code index} per 20,000 postings, so that loading takes minutes, not an
 * hour, on a busy machine). Per search, the median and 99th percentile over rounds of one
 * {@link LearningSearch#search} (the first page of 20), with the documents it read, on the embedded store as shipped
 * (reached in process) and on mongo-java-server's memory backend through the driver over TCP on 127.0.0.1, the
 * MongoDB-compatible server the integration tests use (there is no {@code mongod} on the build machine). The
 * machine's load average is printed with the figures: read them with it.
 *
 * <p>Run it as the README says ("Benchmarks"). Argument: the number of findings (default 10000).
 */
public final class LearningSearchBenchmark {
    private static final BoardId STAFFORDSHIRE = new BoardId("staffordshire");
    private static final BoardId STOKE = new BoardId("stoke-on-trent");
    private static final UserRef MANAGER = new UserRef(Platform.LOCAL, "business-manager", "A business manager");
    private static final int FINDINGS_PER_REVIEW = 10;
    private static final int ROUNDS = 101;
    private static final int PAGE = 20;
    /** Postings written in one call of the port, as a review's are (fewer calls: the store commits once per call). */
    private static final int BATCH = 20_000;
    private static final List<String> WORDS = List.of("referral", "school", "health", "visitor", "police", "plan",
            "drift", "supervision", "assessment", "risk", "strategy", "meeting", "threshold", "escalation", "neglect",
            "mother", "father", "partner", "housing", "attendance", "missed", "appointments", "chronology", "records",
            "consent", "disclosure", "injury", "bruising", "hospital", "emergency", "department", "midwife", "nursery",
            "worker", "manager", "review", "transfer", "case", "closure", "voice", "child", "wishes", "feelings",
            "alcohol", "drugs", "mental", "illness", "violence", "abuse", "conference", "core", "group", "agency",
            "sharing", "information", "recording", "management", "oversight", "training", "procedure", "practice",
            "professional", "curiosity", "challenge", "communication", "family", "history", "pattern", "concern",
            "unseen", "delay", "capacity", "caseload", "interpreter", "language", "culture", "faith", "siblings",
            "contact", "visits", "home", "conditions", "weight", "growth", "development", "speech", "behaviour");

    private LearningSearchBenchmark() {
    }

    /** One search on one backend: its median and 99th percentile in milliseconds, its hits, the documents it read. */
    record Result(String backend, String search, double medianMs, double p99Ms, int total, long documents) {
    }

    public static void main(String[] args) throws IOException {
        int findings = args.length == 0 ? 10_000 : Integer.parseInt(args[0]);
        RulePacks packs = new RulePacks(List.of(Wt2015.pack()));
        double loadAtStart = loadAverage();
        run(true, 500, packs); // so that the measured run is not the one that pays for compiling the code
        List<Result> results = new ArrayList<>(run(true, findings, packs));
        results.addAll(run(false, findings, packs));
        System.out.printf(Locale.ROOT, "%n%s UTC, %,d findings, load average %.1f at start and %.1f at end, %d rounds, "
                + "first page of %d%n", Instant.now().truncatedTo(ChronoUnit.MINUTES), findings, loadAtStart,
                loadAverage(), ROUNDS, PAGE);
        System.out.println("| backend | search | p50 ms | p99 ms | findings found | documents read |");
        System.out.println("| --- | --- | ---: | ---: | ---: | ---: |");
        for (Result result : results) {
            System.out.printf(Locale.ROOT, "| %s | %s | %.2f | %.2f | %,d | %s |%n", result.backend(),
                    result.search(), result.medianMs(), result.p99Ms(), result.total(),
                    result.documents() < 0 ? "not counted" : String.format(Locale.ROOT, "%,d", result.documents()));
        }
    }

    /** The searches measured, as chat and the API ask them. */
    private static Map<String, Query> searches() {
        Map<String, Query> searches = new LinkedHashMap<>();
        searches.put("learning neglect", Query.typed("neglect", PAGE));
        searches.put("learning theme:\"information sharing\"", Query.typed("theme:\"information sharing\"", PAGE));
        searches.put("learning referral school", Query.typed("referral school", PAGE));
        searches.put("learning theme:supervision drift", Query.typed("theme:supervision drift", PAGE));
        searches.put("q=neglect&board=stoke-on-trent&from=2025&to=2026", new Query("neglect", Optional.empty(),
                Optional.of(STOKE), Optional.of(LocalDate.of(2025, 1, 1)), Optional.of(LocalDate.of(2026, 12, 31)), 1,
                PAGE));
        searches.put("everything (no words, no theme)", Query.of("", Optional.empty(), PAGE));
        return searches;
    }

    private static List<Result> run(boolean embedded, int findings, RulePacks packs) throws IOException {
        Path directory = Files.createTempDirectory("learning-bench");
        MongoBackend backend = embedded ? EmbeddedBackend.open(directory.resolve("casereview.mv"))
                : new MemoryBackend();
        MongoServer server = embedded ? null : new MongoServer(backend);
        LongSupplier examined = embedded ? ((EmbeddedBackend) backend)::documentsExamined : () -> -1;
        String name = embedded ? "embedded store" : "mongo-java-server (memory) over TCP";
        try (MongoClient client = embedded ? InProcessMongo.client(backend, MongoClientSettings.builder())
                : MongoClients.create(loopback(server))) {
            LearningLogs logs = MongoStore.open(client, "casereview", packs).learning();
            long loading = System.nanoTime();
            fill(logs, findings);
            System.out.printf(Locale.ROOT, "%s: %,d findings stored and indexed in %.0f s, load average %.1f%n", name,
                    findings, (System.nanoTime() - loading) / 1e9, loadAverage());
            LearningSearch search = new LearningSearch(logs, LearningThemes.DEFAULT);
            List<Result> results = new ArrayList<>();
            for (Map.Entry<String, Query> query : searches().entrySet()) {
                List<Long> times = new ArrayList<>();
                long documents = 0;
                int total = 0;
                for (int round = 0; round < ROUNDS; round++) {
                    long before = examined.getAsLong();
                    long start = System.nanoTime();
                    LearningSearch.Page page = search.search(query.getValue());
                    times.add(System.nanoTime() - start);
                    documents = examined.getAsLong() - before;
                    total = page.total();
                }
                results.add(new Result(name, query.getKey(), percentile(times, 50), percentile(times, 99), total,
                        embedded ? documents : -1));
            }
            System.out.printf(Locale.ROOT, "%s: searched, load average %.1f%n", name, loadAverage());
            return results;
        } finally {
            if (server != null) {
                server.shutdownNow();
            }
            backend.close();
            Directories.delete(directory);
        }
    }

    private static MongoClientSettings loopback(MongoServer server) {
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        return MongoClientSettings.builder().applyConnectionString(new ConnectionString("mongodb://"
                + address.getHostString() + ":" + address.getPort())).build();
    }

    /** Reviews of {@link #FINDINGS_PER_REVIEW} findings, alternately of each board, recorded over 2022–2026. */
    private static void fill(LearningLogs logs, int findings) {
        Random random = new Random(13);
        List<String> themes = LearningThemes.DEFAULT.all();
        List<Posting> postings = new ArrayList<>();
        for (int review = 0; review * FINDINGS_PER_REVIEW < findings; review++) {
            BoardId board = review % 2 == 0 ? STAFFORDSHIRE : STOKE;
            CaseReference reference = new CaseReference("SCR-" + (2022 + review % 5) + "-" + (1000 + review));
            Instant recorded = Instant.parse((2022 + review % 5) + "-06-15T10:00:00Z").plusSeconds(review * 3_600L);
            List<Finding> list = new ArrayList<>();
            for (int number = 1; number <= FINDINGS_PER_REVIEW; number++) {
                List<String> filed = new ArrayList<>();
                for (int theme = 0; theme < 1 + random.nextInt(3); theme++) {
                    String chosen = themes.get(random.nextInt(themes.size()));
                    if (!filed.contains(chosen)) {
                        filed.add(chosen);
                    }
                }
                list.add(new Finding(number, sentence(random, 4), sentence(random, 25) + ".", filed,
                        random.nextInt(5) == 0 ? Finding.Kind.GOOD_PRACTICE : Finding.Kind.LEARNING, MANAGER,
                        recorded));
            }
            ReviewLearning learning = new ReviewLearning(CaseId.of(board, reference), 1, board, reference,
                    Outcome.SERIOUS_CASE_REVIEW, List.of(), list, List.of(), List.of(),
                    Optional.of(new DoneMark(MANAGER, recorded)), true);
            logs.create(learning);
            postings.addAll(Terms.of(learning));
            if (postings.size() >= BATCH) {
                logs.index(postings);
                postings.clear();
            }
        }
        logs.index(postings);
    }

    private static String sentence(Random random, int words) {
        StringBuilder sentence = new StringBuilder();
        for (int i = 0; i < words; i++) {
            sentence.append(i == 0 ? "" : " ").append(WORDS.get(random.nextInt(WORDS.size())));
        }
        return sentence.substring(0, 1).toUpperCase(Locale.UK) + sentence.substring(1);
    }

    private static double percentile(List<Long> nanos, int percent) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted[Math.max(0, (int) Math.ceil(sorted.length * percent / 100.0) - 1)] / 1e6;
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
