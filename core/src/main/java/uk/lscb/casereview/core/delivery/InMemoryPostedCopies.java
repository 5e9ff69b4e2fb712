package uk.lscb.casereview.core.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.CaseId;

/** Posted copies and markers in maps, each stamped by the clock when remembered; every method holds one lock. */
public final class InMemoryPostedCopies implements PostedCopies {
    private record Stamped<T>(T value, Instant at) {
    }

    private final Clock clock;
    private final Map<List<String>, Stamped<Copy>> copies = new TreeMap<>(InMemoryPostedCopies::compare);
    private final Map<List<String>, Stamped<Boolean>> markers = new TreeMap<>(InMemoryPostedCopies::compare);

    public InMemoryPostedCopies(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public synchronized void remember(Copy copy) {
        copies.put(List.of(copy.caseId().value(), copy.kind(), copy.platform().id(), copy.where()),
                new Stamped<>(copy, clock.instant()));
    }

    @Override
    public synchronized List<Copy> copies(CaseId caseId, String kind, Platform platform) {
        return copies.values().stream().map(Stamped::value).filter(copy -> copy.caseId().equals(caseId)
                && copy.kind().equals(kind) && copy.platform().equals(platform)).toList();
    }

    @Override
    public synchronized void forget(Copy copy) {
        copies.computeIfPresent(List.of(copy.caseId().value(), copy.kind(), copy.platform().id(), copy.where()),
                (key, stamped) -> stamped.value().reference().equals(copy.reference()) ? null : stamped);
    }

    @Override
    public synchronized void markPosted(Platform platform, String dedupeKey, String where) {
        markers.put(List.of(platform.id(), dedupeKey, where), new Stamped<>(true, clock.instant()));
    }

    @Override
    public synchronized boolean wasPosted(Platform platform, String dedupeKey, String where) {
        return markers.containsKey(List.of(platform.id(), dedupeKey, where));
    }

    @Override
    public synchronized int forgetBefore(Instant cutoff) {
        int before = copies.size() + markers.size();
        copies.values().removeIf(stamped -> stamped.at().isBefore(cutoff));
        markers.values().removeIf(stamped -> stamped.at().isBefore(cutoff));
        return before - copies.size() - markers.size();
    }

    private static int compare(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
