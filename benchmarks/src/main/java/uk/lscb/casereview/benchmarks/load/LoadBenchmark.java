package uk.lscb.casereview.benchmarks.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import uk.lscb.casereview.benchmarks.Directories;
import uk.lscb.casereview.benchmarks.echo.EchoBotApplication;

/**
 * The assistant under load, compared with a bare Bot Framework echo bot ({@link EchoBotApplication}) on the same SDK
 * and Spring Boot. Starts the packaged application ({@code bot/target/bot-*.jar}, local mode: the embedded store in a
 * fresh directory, the Teams endpoint with no app id) and the echo bot as separate processes on random ports, a stub
 * Bot Connector (the JDK's HTTP server with {@code TCP_NODELAY}) that takes their replies, and then:
 * <ul>
 *   <li>start-up: time from process start to the first 200 on {@code /actuator/health/readiness}, and idle RSS
 *       (VmRSS after a short warm-up and a GC), for the echo bot, the jar as shipped and the jar as the packaging
 *       also leaves it, extracted with an AppCDS archive trained at context refresh ({@code bot/target/app}, the
 *       README's run command); interleaved, {@code ROUNDS} times each;</li>
 *   <li>load: closed-loop conversations (1, 50, 200 at once), each walking a referral through Teams text
 *       messages; the same activities to both bots, cells interleaved product/echo, {@code ROUNDS} rounds;</li>
 *   <li>paced: the same at 200 conversations (property {@code load.paced}), each conversation starting at its own
 *       moment and waiting a think time after each answer ({@code load.thinkMs}, mean 1,000 ms): the latency each of
 *       that many people chatting at once sees, where the closed loop measures the queue at saturation;</li>
 *   <li>floors: {@code POST /api/assessments} and {@code /actuator/health} on the product (health on the echo
 *       bot too) at the same concurrencies.</li>
 * </ul>
 * Writes {@code benchmarks/target/load-result.json} and {@code load-result.md}. Run from the repository root; optional
 * argument: seconds per cell and round (default 5). System properties, for profiling: {@code load.startup=false} skips
 * the start-up and memory part, {@code load.productJvm} adds JVM options to the product's command lines, the jar's and
 * the packaged application's (space-separated, e.g. a flight recording), {@code load.concurrency} replaces the
 * concurrencies (comma-separated), {@code load.floors=false} skips the floors, {@code load.productJar} runs another
 * build of the product (to compare two builds on the same machine), {@code load.baselineJar} runs a second build of the
 * product beside the first, its cells interleaved with the product's and the echo bot's (to compare two builds in the
 * same minutes of a busy machine), {@code load.baselineJvm} the JVM options of that second build (the same jar with
 * other options compares the options), {@code load.warmup} sets the seconds of warm-up under load (default 120),
 * {@code load.echoStored=true} runs a second echo bot beside the first that stores each turn as the assistant does
 * before it answers, in the same embedded store through the assistant's own ports ({@code EchoStore}): how far a
 * turn that must be stored can come to the bare echo bot's.
 */
public final class LoadBenchmark {
    private static final int[] CONCURRENCY = Arrays.stream(System.getProperty("load.concurrency", "1,50,200")
            .split(",")).filter(value -> !value.isBlank()).mapToInt(Integer::parseInt).toArray();
    /**
     * Concurrencies run again paced: each conversation sends its next message a think time after its answer (a
     * practitioner reading the question and typing), instead of at once. A closed loop at 200 conversations measures
     * the queue at saturation (the echo bot's own p99 is then ~100 ms on 2 cores); paced, it measures what each of
     * 200 people chatting at once waits for an answer.
     */
    private static final int[] PACED = Arrays.stream(System.getProperty("load.paced", "200").split(","))
            .filter(value -> !value.isBlank()).mapToInt(Integer::parseInt).toArray();
    /** The mean think time of a paced conversation (exponentially distributed), ms. */
    private static final long THINK_MILLIS = Long.getLong("load.thinkMs", 1000);
    /** A paced cell runs at least this long, for enough answers to read a p99 from. */
    private static final Duration PACED_CELL = Duration.ofSeconds(10);
    private static final boolean STARTUP = Boolean.parseBoolean(System.getProperty("load.startup", "true"));
    private static final boolean FLOORS = Boolean.parseBoolean(System.getProperty("load.floors", "true"));
    private static final List<String> PRODUCT_JVM = Arrays.stream(System.getProperty("load.productJvm", "").split(" "))
            .filter(option -> !option.isBlank()).toList();
    private static final List<String> BASELINE_JVM = Arrays.stream(System.getProperty("load.baselineJvm", "")
            .split(" ")).filter(option -> !option.isBlank()).toList();
    private static final Optional<Path> BASELINE_JAR = Optional.ofNullable(System.getProperty("load.baselineJar"))
            .map(Path::of);
    private static final boolean ECHO_STORED = Boolean.parseBoolean(System.getProperty("load.echoStored", "false"));
    private static final int ROUNDS = 2;
    /** After each start, before measuring idle RSS. */
    private static final Duration WARM_UP = Duration.ofSeconds(3);
    /**
     * Of each process that takes the load, before the first cell: long enough for the JIT to compile the product's
     * turn. Under load its compiler threads used 41%, 34%, 22%, 13%, 2%, 1% and 1% of the process's CPU in
     * successive 20 s (2026-12-02), so cells after a 60 s warm-up still paid for compiling.
     */
    private static final Duration LOAD_WARM_UP = Duration.ofSeconds(Long.getLong("load.warmup", 120));
    /**
     * The warm-up is driven in slices this long, each with new conversations of new people, as every cell begins: a
     * warm-up of one slice began 8 conversations in all, and the product's first measured cell (with one
     * conversation) deoptimised and compiled again about a hundred methods as its conversation began (2026-12-03,
     * {@code -Xlog:jit+compilation}), which put its p99 at 4.2–5.5 ms where the same build's second cell had 2.4–2.7.
     */
    private static final Duration WARM_UP_SLICE = Duration.ofSeconds(15);
    /**
     * After the warm-up, one conversation at a time in slices this long until the process's JIT compiles no more than
     * {@link #SETTLED_COMPILES} methods in a slice (at most {@link #SETTLE_AT_MOST}). On two cores the warm-up keeps
     * both busy, the compiler's queue stays long and HotSpot raises its thresholds for the optimising compiler, so
     * the product reached its first measured cell with about a thousand methods of its turn still in profiled C1
     * code: that cell made them not entrant and compiled them again with C2 (26 s of compiler time in 30 s, 7.4 ms
     * of CPU a turn against 2.0 in its second cell; 2026-12-03, {@code -Xlog:jit+compilation} and {@code jcmd
     * PerfCounter.print}). The echo bot, a tenth of the code, had nothing left to compile.
     */
    private static final Duration SETTLE_SLICE = Duration.ofSeconds(5);
    private static final long SETTLED_COMPILES = 20;
    private static final Duration SETTLE_AT_MOST = Duration.ofMinutes(3);
    private static final Duration READY_WITHIN = Duration.ofMinutes(3);
    /** A referral typed in a Teams 1:1 chat, from the start to the recommendation; then it starts again. */
    private static final List<String> SCRIPT = List.of("start", "Staffordshire", "SCR-2026-%03d", "3 Nov 2026",
            "yes", "no", "yes", "Not sure", "no");
    private static final String ASSESSMENT = "{\"rulePack\": \"wt2015\", \"answers\": {\"abuse_or_neglect\": \"yes\", "
            + "\"child_died\": \"yes\", \"died_in_custody\": \"no\", \"suspected_suicide\": \"no\", "
            + "\"further_audit_needed\": \"no\"}}";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path root;
    private final Path target;
    private final Duration cell;
    private final HttpClient http = client(Executors.newFixedThreadPool(2));
    private final Map<String, AtomicLong> connectorPosts = new ConcurrentHashMap<>();
    private HttpServer connector;

    private static HttpClient client(ExecutorService executor) {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .executor(executor).build();
    }

    private LoadBenchmark(Path root, Duration cell) {
        this.root = root;
        this.target = root.resolve("benchmarks/target");
        this.cell = cell;
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of("").toAbsolutePath();
        if (!Files.isDirectory(root.resolve("bot"))) {
            root = root.getParent();
        }
        Duration cell = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 5);
        new LoadBenchmark(root, cell).run();
        System.exit(0);
    }

    // ---- processes ----

    /** One started application: its process, port, log and the directory its store (and Tomcat) keep their files in. */
    private record App(String name, Process process, int port, long startedNanos, Path log, Path data) {
        String url(String path) {
            return "http://127.0.0.1:" + port + path;
        }

        /** Stops the process and deletes its data directory (the log stays, in {@code load-logs}). */
        void stop() throws InterruptedException, IOException {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
            Directories.delete(data);
        }
    }

    private enum Variant {
        ECHO("echo bot"), PRODUCT("product (jar)"), PRODUCT_CDS("product (packaged: extracted + AppCDS)"),
        BASELINE("baseline (load.baselineJar)"), ECHO_STORED("echo bot storing each turn");

        final String label;

        Variant(String label) {
            this.label = label;
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private Path botJar() throws IOException {
        if (System.getProperty("load.productJar") != null) {
            return Path.of(System.getProperty("load.productJar"));
        }
        try (Stream<Path> jars = Files.list(root.resolve("bot/target"))) {
            return jars.filter(p -> p.getFileName().toString().matches("bot-.*\\.jar")
                    && !p.getFileName().toString().endsWith("-plain.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no bot/target/bot-*.jar: package the bot first"));
        }
    }

    private Process launch(List<String> command, Path log, Path dataDir) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(key -> key.startsWith("MICROSOFT_APP") || key.startsWith("SLACK_")
                || key.equals("MONGODB_URI") || key.startsWith("SERVER_") || key.startsWith("JAVA_TOOL"));
        env.put("CASEREVIEW_DATA_DIR", dataDir.toString());
        return builder.start();
    }

    private App start(Variant variant, String tag) throws Exception {
        int port = freePort();
        Path log = target.resolve("load-logs/" + variant.name().toLowerCase() + "-" + tag + ".log");
        Path data = Files.createTempDirectory(target, "load-data-");
        List<String> command = new ArrayList<>(List.of(java()));
        switch (variant) {
            case ECHO, ECHO_STORED -> {
                command.addAll(List.of("-cp", System.getProperty("java.class.path"),
                        EchoBotApplication.class.getName()));
                if (variant == Variant.ECHO_STORED) {
                    command.add("--echo.store=" + data.resolve("store"));
                }
            }
            case PRODUCT -> {
                command.addAll(PRODUCT_JVM);
                command.addAll(List.of("-jar", botJar().toString()));
            }
            case PRODUCT_CDS -> {
                command.addAll(PRODUCT_JVM);
                command.addAll(List.of("-XX:SharedArchiveFile=" + cdsArchive(), "-Xshare:auto", "-jar",
                        extractedJar().toString()));
            }
            case BASELINE -> {
                command.addAll(BASELINE_JVM);
                command.addAll(List.of("-jar", BASELINE_JAR.orElseThrow().toString()));
            }
        }
        command.add("--server.port=" + port);
        command.add("--server.tomcat.basedir=" + data.resolve("tomcat")); // not a directory left in /tmp each run
        long started = System.nanoTime();
        Process process = launch(command, log, data);
        return new App(variant.label, process, port, started, log, data);
    }

    /** Milliseconds from process start to the first 200 on the readiness probe. */
    private double readyMillis(App app) throws Exception {
        HttpRequest probe = HttpRequest.newBuilder(URI.create(app.url("/actuator/health/readiness")))
                .timeout(Duration.ofSeconds(2)).GET().build();
        long deadline = app.startedNanos() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (!app.process().isAlive()) {
                throw new IllegalStateException(app.name() + " exited; see " + app.log());
            }
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return (System.nanoTime() - app.startedNanos()) / 1e6;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException(app.name() + " not ready within " + READY_WITHIN + "; see " + app.log());
    }

    /**
     * CPU time the process has used so far (user + system, from {@code /proc}), in ms. Unlike latency, it hardly
     * depends on what else the machine runs, so it compares two builds fairly on a loaded machine.
     */
    private static double cpuMillis(App app) {
        try {
            String stat = Files.readString(Path.of("/proc/" + app.process().pid() + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10.0; // USER_HZ is 100 on Linux
        } catch (IOException | RuntimeException unreadable) {
            return Double.NaN;
        }
    }

    /** Drives one conversation at a time until the process's JIT has settled ({@link #SETTLE_SLICE}). */
    private void settle(App app, String serviceUrl, String connectorKey) throws Exception {
        long compiled = compilations(app);
        long deadline = System.nanoTime() + SETTLE_AT_MOST.toNanos();
        for (int slice = 1; System.nanoTime() < deadline; slice++) {
            drive("settle", app, 1, SETTLE_SLICE, turns(app, serviceUrl, "settle-" + slice), connectorKey);
            long now = compilations(app);
            System.out.printf("  settle     %-28s slice %d: %d methods compiled%n", app.name(), slice, now - compiled);
            if (now - compiled <= SETTLED_COMPILES) {
                return;
            }
            compiled = now;
        }
    }

    /** How many methods the process's JIT has compiled ({@code sun.ci.totalCompiles}). */
    private static long compilations(App app) throws Exception {
        return jcmd(app, "PerfCounter.print").stream().filter(line -> line.startsWith("sun.ci.totalCompiles="))
                .mapToLong(line -> Long.parseLong(line.substring(line.indexOf('=') + 1).strip())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no sun.ci.totalCompiles from jcmd for " + app.name()));
    }

    /** What {@code jcmd} prints for a diagnostic command on the process, once it has run. */
    private static List<String> jcmd(App app, String command) throws Exception {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(app.process().pid()), command).redirectErrorStream(true).start();
        List<String> lines;
        try (InputStream output = jcmd.getInputStream()) {
            lines = new String(output.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        jcmd.waitFor(60, TimeUnit.SECONDS);
        return lines;
    }

    /** VmRSS in MB after a GC, the process otherwise idle. */
    private static double idleRssMb(App app) throws Exception {
        jcmd(app, "GC.run");
        Thread.sleep(1000); // let the collector return what it frees
        return procMb(app, "status", "VmRSS:");
    }

    /**
     * The process's proportional set size, read after {@link #idleRssMb}: RSS counts a page once for each address it
     * is mapped at, and ZGC on Java 17 maps its heap at three, so for ZGC only PSS says what the process holds.
     */
    private static double pssMb(App app) throws IOException {
        return procMb(app, "smaps_rollup", "Pss:");
    }

    /** A size the kernel gives in kB on the line starting {@code field} of {@code /proc/<pid>/<file>}, in MB. */
    private static double procMb(App app, String file, String field) throws IOException {
        long pid = app.process().pid();
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/" + file))) {
            if (line.startsWith(field)) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        throw new IllegalStateException("no " + field + " in /proc/" + pid + "/" + file);
    }

    // ---- class data sharing ----

    /** The class archive the bot's packaging trains (extracted jar in {@code bot/target/app}). */
    private Path cdsArchive() {
        return root.resolve("bot/target/app/bot.jsa");
    }

    private Path extractedJar() throws IOException {
        Path jar = root.resolve("bot/target/app").resolve(botJar().getFileName());
        if (!Files.exists(jar) || !Files.exists(cdsArchive())) {
            throw new IllegalStateException("no extracted jar and class archive in bot/target/app: package the bot");
        }
        return jar;
    }

    // ---- the stub Bot Connector ----

    private String startConnector() throws IOException {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        connector = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 512);
        byte[] answer = "{\"id\":\"1\"}".getBytes(StandardCharsets.UTF_8);
        connector.createContext("/", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                body.transferTo(OutputStream.nullOutputStream());
            }
            String who = exchange.getRequestURI().getPath().split("/")[1];
            connectorPosts.computeIfAbsent(who, k -> new AtomicLong()).incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        connector.setExecutor(Executors.newFixedThreadPool(16));
        connector.start();
        return "http://127.0.0.1:" + connector.getAddress().getPort() + "/";
    }

    // ---- load ----

    /** Latencies (µs) and outcome of one cell. */
    private record Cell(String what, String app, int concurrency, long[] micros, long errors, double seconds,
                        long connectorPosts, Map<Integer, Long> failures, double cpuMillis) {
        long requests() {
            return micros.length;
        }

        double percentileMs(double p) {
            if (micros.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * micros.length) - 1;
            return micros[Math.max(0, Math.min(micros.length - 1, index))] / 1000.0;
        }

        double maxMs() {
            return micros.length == 0 ? Double.NaN : micros[micros.length - 1] / 1000.0;
        }

        double throughput() {
            return micros.length / seconds;
        }

        /** CPU time the application's process used per request (user + system, all its threads). */
        double cpuMillisPerRequest() {
            return micros.length == 0 ? Double.NaN : cpuMillis / micros.length;
        }

        static Cell merge(List<Cell> cells) {
            long[] all = cells.stream().flatMapToLong(c -> Arrays.stream(c.micros())).sorted().toArray();
            Cell first = cells.get(0);
            return new Cell(first.what(), first.app(), first.concurrency(), all,
                    cells.stream().mapToLong(Cell::errors).sum(), cells.stream().mapToDouble(Cell::seconds).sum(),
                    cells.stream().mapToLong(Cell::connectorPosts).sum(), failures(cells),
                    cells.stream().mapToDouble(Cell::cpuMillis).sum());
        }

        private static Map<Integer, Long> failures(List<Cell> cells) {
            Map<Integer, Long> all = new TreeMap<>();
            cells.forEach(c -> c.failures().forEach((status, n) -> all.merge(status, n, Long::sum)));
            return all;
        }
    }

    private interface Request {
        HttpRequest next(int user, int step);
    }

    private Request turns(App app, String serviceUrl, String run) {
        return (user, step) -> {
            String text = SCRIPT.get(step % SCRIPT.size());
            if (text.contains("%")) {
                text = String.format(text, user % 1000);
            }
            String aad = String.format("00000000-0000-0000-%04d-%012d", Math.abs(run.hashCode()) % 10000, user);
            String body = activity(serviceUrl, "a:bench-" + run + "-" + user, aad, step, text);
            return HttpRequest.newBuilder(URI.create(app.url("/api/messages"))).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        };
    }

    private static String activity(String serviceUrl, String conversation, String aad, int step, String text) {
        ObjectNode activity = JSON.createObjectNode();
        activity.put("type", "message").put("id", "act-" + step).put("channelId", "msteams")
                .put("serviceUrl", serviceUrl).put("timestamp", "2026-11-28T12:00:00.1234567Z")
                .put("locale", "en-GB").put("text", text).put("textFormat", "plain");
        activity.putObject("from").put("id", "29:" + aad).put("name", "A Practitioner").put("aadObjectId", aad);
        activity.putObject("recipient").put("id", "28:case-review-bot").put("name", "Case Review Assistant");
        activity.putObject("conversation").put("id", conversation).put("conversationType", "personal")
                .put("tenantId", "11111111-2222-3333-4444-555555555555");
        activity.putObject("channelData").putObject("tenant").put("id", "11111111-2222-3333-4444-555555555555");
        return activity.toString();
    }

    private Request assessments(App app) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(app.url("/api/assessments")))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(ASSESSMENT)).build();
        return (user, step) -> request;
    }

    private Request health(App app) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(app.url("/actuator/health")))
                .timeout(Duration.ofSeconds(30)).GET().build();
        return (user, step) -> request;
    }

    /**
     * Teams turns at each concurrency, {@link #ROUNDS} rounds, each app's cell in turn (in reverse order every other
     * round), into {@code cells} under {@code what/app/concurrency}; {@code thinkMillis} 0 for a closed loop.
     */
    private void interleaved(String what, String runMark, int[] concurrencies, Duration length, long thinkMillis,
                             List<App> loaded, Map<App, String> keys, String serviceUrl,
                             Map<String, List<Cell>> cells) throws InterruptedException {
        for (int round = 1; round <= ROUNDS; round++) {
            for (int concurrency : concurrencies) {
                String run = "r" + round + runMark + concurrency;
                List<App> order = new ArrayList<>(loaded);
                if (round % 2 == 0) {
                    Collections.reverse(order);
                }
                for (App app : order) {
                    String key = keys.get(app);
                    cells.computeIfAbsent(what + "/" + key + "/" + concurrency, k -> new ArrayList<>())
                            .add(drive(what, app, concurrency, length, turns(app, serviceUrl + key + "/", run), key,
                                    thinkMillis));
                }
            }
        }
    }

    /** {@code concurrency} closed-loop clients, each sending its next request when its last is answered. */
    private Cell drive(String what, App app, int concurrency, Duration length, Request requests, String connectorKey)
            throws InterruptedException {
        return drive(what, app, concurrency, length, requests, connectorKey, 0);
    }

    /**
     * {@code concurrency} clients, each sending its next request when its last is answered and, when {@code
     * thinkMillis} is not 0, a think time after that (exponentially distributed with that mean).
     */
    private Cell drive(String what, App app, int concurrency, Duration length, Request requests, String connectorKey,
                       long thinkMillis) throws InterruptedException {
        long before = connectorPosts.computeIfAbsent(connectorKey, k -> new AtomicLong()).get();
        List<long[]> latencies = new ArrayList<>();
        long[] counts = new long[concurrency];
        long[] errors = new long[concurrency];
        Map<Integer, Long> failures = new ConcurrentHashMap<>();
        Map<String, Long> unanswered = new ConcurrentHashMap<>();
        for (int i = 0; i < concurrency; i++) {
            latencies.add(new long[1024]);
        }
        // Each cell on connections of its own. Kept from one cell to the next, a connection sat idle while the other
        // process's cells ran (two 30 s cells: Tomcat's 60 s keep-alive timeout), and a POST sent on it just as Tomcat
        // closes it gets no answer: the likely cause of the -1s of 2026-12-03, one in each build.
        ExecutorService executor = Executors.newFixedThreadPool(8);
        HttpClient http = client(executor);
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(concurrency);
        double cpuBefore = cpuMillis(app);
        long[] window = new long[2];
        List<Thread> threads = new ArrayList<>();
        for (int u = 0; u < concurrency; u++) {
            int user = u;
            Thread thread = new Thread(() -> {
                try {
                    go.await();
                    long end = window[1];
                    int step = 0;
                    if (thinkMillis > 0) {
                        think(thinkMillis, end); // not all at once: each conversation starts at its own moment
                    }
                    while (System.nanoTime() < end) {
                        HttpRequest request = requests.next(user, step++);
                        long t0 = System.nanoTime();
                        int status;
                        try {
                            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        } catch (IOException failed) {
                            status = -1;
                            unanswered.merge(failed.getClass().getSimpleName() + ": " + failed.getMessage(), 1L,
                                    Long::sum);
                        }
                        boolean ok = status >= 200 && status < 300;
                        if (!ok) {
                            failures.merge(status, 1L, Long::sum);
                        }
                        long micros = (System.nanoTime() - t0) / 1000;
                        long[] mine = latencies.get(user);
                        if (counts[user] == mine.length) {
                            mine = Arrays.copyOf(mine, mine.length * 2);
                            latencies.set(user, mine);
                        }
                        mine[(int) counts[user]++] = micros;
                        if (!ok) {
                            errors[user]++;
                        }
                        if (thinkMillis > 0) {
                            think(thinkMillis, end);
                        }
                    }
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }, "load-" + user);
            threads.add(thread);
            thread.start();
        }
        window[0] = System.nanoTime();
        window[1] = window[0] + length.toNanos();
        go.countDown();
        done.await();
        executor.shutdown();
        double seconds = (System.nanoTime() - window[0]) / 1e9;
        double cpu = cpuMillis(app) - cpuBefore;
        long[] all = new long[0];
        for (int u = 0; u < concurrency; u++) {
            long[] mine = Arrays.copyOf(latencies.get(u), (int) counts[u]);
            long[] merged = Arrays.copyOf(all, all.length + mine.length);
            System.arraycopy(mine, 0, merged, all.length, mine.length);
            all = merged;
        }
        Arrays.sort(all);
        long posts = connectorPosts.get(connectorKey).get() - before;
        Cell result = new Cell(what, app.name(), concurrency, all, Arrays.stream(errors).sum(), seconds, posts,
                new TreeMap<>(failures), cpu);
        System.out.printf("  %-10s %-28s c=%3d  n=%6d err=%5d  p50=%8.2f ms p99=%8.2f ms max=%8.1f ms  %7.1f/s "
                        + "cpu %6.2f ms/req %s%s%n", what, app.name(), concurrency, result.requests(),
                result.errors(), result.percentileMs(50), result.percentileMs(99), result.maxMs(), result.throughput(),
                result.cpuMillisPerRequest(), failures.isEmpty() ? "" : failures,
                unanswered.isEmpty() ? "" : " (-1: no HTTP answer: " + unanswered + ")");
        return result;
    }

    /** Waits a think time (exponentially distributed with the mean given), at most until {@code end}. */
    private static void think(long meanMillis, long end) throws InterruptedException {
        double think = -meanMillis * Math.log(1 - ThreadLocalRandom.current().nextDouble());
        Thread.sleep(Math.min((long) think, Math.max(0, (end - System.nanoTime()) / 1_000_000)));
    }

    // ---- the run ----

    private void run() throws Exception {
        Files.createDirectories(target.resolve("load-logs"));
        String serviceUrl = startConnector();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("date", LocalDate.now().toString());
        result.put("loadAverageAtStart", loadAverage());
        result.put("cores", Runtime.getRuntime().availableProcessors());
        result.put("secondsPerCellAndRound", cell.toSeconds());
        result.put("rounds", ROUNDS);

        Map<Variant, List<Double>> ready = new LinkedHashMap<>();
        Map<Variant, List<Double>> rss = new LinkedHashMap<>();
        App product = null;
        App echo = null;
        if (STARTUP) {
            System.out.println("start-up and idle memory");
            for (int round = 1; round <= ROUNDS; round++) {
                for (Variant variant : List.of(Variant.ECHO, Variant.PRODUCT, Variant.PRODUCT_CDS)) {
                    App app = start(variant, "r" + round);
                    double ms = readyMillis(app);
                    String key = variant == Variant.ECHO ? "echo" : "product";
                    drive("warm-up", app, 4, WARM_UP, turns(app, serviceUrl + key + "/", "warm-" + variant + round),
                            key);
                    double mb = idleRssMb(app);
                    System.out.printf("  %-28s ready %7.0f ms  idle RSS %6.1f MB (PSS %6.1f MB)%n", app.name(), ms, mb,
                            pssMb(app));
                    ready.computeIfAbsent(variant, k -> new ArrayList<>()).add(ms);
                    rss.computeIfAbsent(variant, k -> new ArrayList<>()).add(mb);
                    if (round == ROUNDS && variant == Variant.ECHO) {
                        echo = app;
                    } else if (round == ROUNDS && variant == Variant.PRODUCT) {
                        product = app;
                    } else {
                        app.stop();
                    }
                }
            }
        } else {
            echo = start(Variant.ECHO, "load");
            product = start(Variant.PRODUCT, "load");
            readyMillis(echo);
            readyMillis(product);
        }
        App baseline = null;
        if (BASELINE_JAR.isPresent()) {
            baseline = start(Variant.BASELINE, "load");
            readyMillis(baseline);
        }
        List<App> loaded = new ArrayList<>(List.of(product));
        Map<App, String> keys = new LinkedHashMap<>(Map.of(product, "product", echo, "echo"));
        if (baseline != null) {
            loaded.add(baseline);
            keys.put(baseline, "baseline");
        }
        if (ECHO_STORED) {
            App echoStored = start(Variant.ECHO_STORED, "load");
            readyMillis(echoStored);
            loaded.add(echoStored);
            keys.put(echoStored, "echoStored");
        }
        loaded.add(echo);

        System.out.println("warm-up of the processes under load");
        for (App app : loaded) {
            String appServiceUrl = serviceUrl + keys.get(app) + "/";
            Duration left = LOAD_WARM_UP;
            for (int slice = 1; !left.isNegative() && !left.isZero(); slice++, left = left.minus(WARM_UP_SLICE)) {
                Duration length = left.compareTo(WARM_UP_SLICE) < 0 ? left : WARM_UP_SLICE;
                drive("warm-up", app, 8, length, turns(app, appServiceUrl, "warm-" + slice), keys.get(app));
            }
            settle(app, appServiceUrl, keys.get(app));
        }
        System.out.println("load (closed loop; cells interleaved)");
        Map<String, List<Cell>> cells = new LinkedHashMap<>();
        interleaved("turn", "c", CONCURRENCY, cell, 0, loaded, keys, serviceUrl, cells);
        System.out.println("paced (a think time of " + THINK_MILLIS + " ms on average after each answer)");
        interleaved("paced", "p", PACED, cell.compareTo(PACED_CELL) > 0 ? cell : PACED_CELL, THINK_MILLIS, loaded,
                keys, serviceUrl, cells);
        for (int concurrency : FLOORS ? CONCURRENCY : new int[0]) {
            System.out.println("floors at " + concurrency);
            cells.computeIfAbsent("assessment/product/" + concurrency, k -> new ArrayList<>())
                    .add(drive("assessment", product, concurrency, cell, assessments(product), "none"));
            cells.computeIfAbsent("health/product/" + concurrency, k -> new ArrayList<>())
                    .add(drive("health", product, concurrency, cell, health(product), "none"));
            cells.computeIfAbsent("health/echo/" + concurrency, k -> new ArrayList<>())
                    .add(drive("health", echo, concurrency, cell, health(echo), "none"));
        }
        for (App app : loaded) {
            app.stop();
        }
        connector.stop(0);
        result.put("loadAverageAtEnd", loadAverage());

        report(result, ready, rss, cells);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException unreadable) {
            return "unknown";
        }
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private void report(Map<String, Object> result, Map<Variant, List<Double>> ready, Map<Variant, List<Double>> rss,
                        Map<String, List<Cell>> cells) throws IOException {
        ArrayNode startup = JSON.createArrayNode();
        StringBuilder md = new StringBuilder();
        md.append("Load benchmark, ").append(result.get("date")).append(", load average ")
                .append(result.get("loadAverageAtStart")).append(" at start, ").append(result.get("loadAverageAtEnd"))
                .append(" at end; ").append(result.get("cores")).append(" cores; ").append(cell.toSeconds())
                .append(" s per cell × ").append(ROUNDS).append(" rounds, interleaved.\n\n");
        if (STARTUP) {
            double echoReady = median(ready.get(Variant.ECHO));
            double echoRss = median(rss.get(Variant.ECHO));
            md.append("| start-up (median of ").append(ROUNDS).append(") | ready ms | × echo | idle RSS MB | × echo |\n")
                    .append("| --- | ---: | ---: | ---: | ---: |\n");
            for (Variant variant : ready.keySet()) {
                double ms = median(ready.get(variant));
                double mb = median(rss.get(variant));
                ObjectNode row = startup.addObject();
                row.put("variant", variant.label).put("readyMs", round(ms)).put("readyRatio", round(ms / echoReady))
                        .put("idleRssMb", round(mb)).put("rssRatio", round(mb / echoRss));
                row.putPOJO("readyMsRuns", ready.get(variant)).putPOJO("idleRssMbRuns", rss.get(variant));
                md.append(String.format("| %s | %.0f | %.2f | %.0f | %.2f |%n", variant.label, ms, ms / echoReady, mb,
                        mb / echoRss));
            }
        }
        md.append("\n").append(header("echo"));
        ArrayNode load = JSON.createArrayNode();
        for (int concurrency : CONCURRENCY) {
            rows(md, load, cells, concurrency, "turn/echo/", List.of("turn/echo/", "turn/product/", "turn/baseline/",
                    "turn/echoStored/", "assessment/product/", "health/product/", "health/echo/"));
        }
        for (int concurrency : PACED) {
            rows(md, load, cells, concurrency, "paced/echo/", List.of("paced/echo/", "paced/product/",
                    "paced/baseline/", "paced/echoStored/"));
        }
        ObjectNode json = JSON.valueToTree(result);
        json.set("startup", startup);
        json.set("load", load);
        if (ECHO_STORED) {
            md.append("\nThe same, as ratios to the echo bot storing each turn:\n\n").append(header("storing echo"));
            ArrayNode toStored = JSON.createArrayNode();
            for (int concurrency : CONCURRENCY) {
                rows(md, toStored, cells, concurrency, "turn/echoStored/", List.of("turn/product/", "turn/baseline/"));
            }
            for (int concurrency : PACED) {
                rows(md, toStored, cells, concurrency, "paced/echoStored/", List.of("paced/product/",
                        "paced/baseline/"));
            }
            json.set("loadToEchoStoringEachTurn", toStored);
        }
        Files.writeString(target.resolve("load-result.json"), JSON.writeValueAsString(json));
        Files.writeString(target.resolve("load-result.md"), md);
        System.out.println();
        System.out.println(md);
        System.out.println("written: " + target.resolve("load-result.json") + ", " + target.resolve("load-result.md"));
    }

    /** The Markdown header of a table of cells with their ratios to {@code reference}'s. */
    private static String header(String reference) {
        String times = " × " + reference;
        return "| what | conc. | p50 ms | p99 ms | max ms | req/s | non-2xx (by status) | p50" + times + " | p99" + times
                + " | req/s" + times + " | CPU ms/req | CPU" + times + " |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: "
                + "| ---: | ---: | ---: | ---: | ---: |\n";
    }

    /** The rows of one concurrency, each as a ratio to the echo bot's cell {@code echoKey}. */
    private static void rows(StringBuilder md, ArrayNode load, Map<String, List<Cell>> cells, int concurrency,
                             String echoKey, List<String> keys) {
        Cell echoTurn = Cell.merge(cells.get(echoKey + concurrency));
        for (String key : keys) {
            if (!cells.containsKey(key + concurrency)) {
                continue;
            }
            Cell c = Cell.merge(cells.get(key + concurrency));
            ObjectNode row = load.addObject();
            row.put("what", c.what()).put("app", c.app()).put("concurrency", concurrency)
                    .put("requests", c.requests()).put("errors", c.errors())
                    .put("failuresByStatus", c.failures().toString())
                    .put("p50Ms", round(c.percentileMs(50))).put("p99Ms", round(c.percentileMs(99)))
                    .put("maxMs", round(c.maxMs())).put("throughputPerS", round(c.throughput()))
                    .put("p50RatioToEchoTurn", round(c.percentileMs(50) / echoTurn.percentileMs(50)))
                    .put("p99RatioToEchoTurn", round(c.percentileMs(99) / echoTurn.percentileMs(99)))
                    .put("throughputRatioToEchoTurn", round(c.throughput() / echoTurn.throughput()))
                    .put("cpuMsPerRequest", round(c.cpuMillisPerRequest()))
                    .put("cpuRatioToEchoTurn", round(c.cpuMillisPerRequest() / echoTurn.cpuMillisPerRequest()));
            if (!c.what().equals("assessment") && !c.what().equals("health")) {
                row.put("connectorPostsPerTurn", round((double) c.connectorPosts() / Math.max(1, c.requests())));
            }
            md.append(String.format("| %s, %s | %d | %.1f | %.1f | %.0f | %.0f | %s | %.2f | %.2f | %.2f | %.2f | %.2f |%n",
                    c.what(), c.app(), concurrency, c.percentileMs(50), c.percentileMs(99), c.maxMs(),
                    c.throughput(), c.errors() == 0 ? "0" : c.errors() + " " + c.failures(),
                    c.percentileMs(50) / echoTurn.percentileMs(50), c.percentileMs(99) / echoTurn.percentileMs(99),
                    c.throughput() / echoTurn.throughput(), c.cpuMillisPerRequest(),
                    c.cpuMillisPerRequest() / echoTurn.cpuMillisPerRequest()));
        }
    }

    private static double round(double value) {
        return Double.isFinite(value) ? Math.round(value * 100) / 100.0 : -1;
    }
}
