package uk.lscb.casereview.adapters.mongo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import uk.lscb.casereview.core.cases.CaseSummary;

/**
 * The case summaries this instance has read, each with the version of the case it was read from: a summary is
 * read again only when its case has another version. A case's document changes only with its version (every
 * write is {@code Cases.update} of the case one version on, conditional on the version stored), so a summary read
 * at a version is the summary of that version, whichever instance wrote it. Holds at most {@value #MOST} summaries,
 * the least recently used going first; nothing is kept across a restart.
 */
final class CaseSummaries {
    /** Some megabytes at most: a summary (reference, dates, decision, deadlines) takes a few hundred bytes. */
    static final int MOST = 20_000;

    private record Read(long version, CaseSummary summary) {
    }

    private final Map<String, Read> read = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Read> eldest) {
            return size() > MOST;
        }
    });

    /** The summary of the case {@code id} at {@code version}, if it was read. */
    Optional<CaseSummary> at(String id, long version) {
        Read found = read.get(id);
        return found != null && found.version() == version ? Optional.of(found.summary()) : Optional.empty();
    }

    /** Keeps the summary of the case {@code id} read at {@code version}, unless a later version's is kept. */
    void keep(String id, long version, CaseSummary summary) {
        read.merge(id, new Read(version, summary), (kept, now) -> kept.version() > now.version() ? kept : now);
    }
}
