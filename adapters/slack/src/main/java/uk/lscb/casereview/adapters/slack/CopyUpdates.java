package uk.lscb.casereview.adapters.slack;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which version of its case each copy of a card that the deliveries do not know of was last brought up to date to, by
 * a press on it in this process: presses that arrive together (a double click, the card open on several devices) each
 * find the case decided, and the copy is updated once, not once for each. Kept for the {@value #KEPT} copies pressed
 * last.
 */
final class CopyUpdates {
    static final int KEPT = 1_000;

    private final Map<String, Long> versions = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > KEPT;
        }
    };

    /** True for the first caller with this version of the case, or a later one: that caller updates the copy. */
    synchronized boolean claim(String channel, String ts, long version) {
        Long shown = versions.get(key(channel, ts));
        if (shown != null && shown >= version) {
            return false;
        }
        versions.put(key(channel, ts), version);
        return true;
    }

    /** The update for this version did not reach Slack: the next press tries it again. */
    synchronized void failed(String channel, String ts, long version) {
        versions.remove(key(channel, ts), version);
    }

    private static String key(String channel, String ts) {
        return channel + " " + ts;
    }
}
