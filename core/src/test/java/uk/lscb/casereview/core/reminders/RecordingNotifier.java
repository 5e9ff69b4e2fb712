package uk.lscb.casereview.core.reminders;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import uk.lscb.casereview.core.delivery.ChannelNotifier;
import uk.lscb.casereview.core.delivery.Notification;

/** Records every notification the platform "accepts", with the simulated time and the sender. */
final class RecordingNotifier {

    record Post(Notification notification, Instant at, String sender) {
    }

    private final List<Post> posts = new ArrayList<>();
    private final Supplier<Instant> clock;
    private Runnable whilePosting = () -> {
    };
    private boolean posting;

    RecordingNotifier(Supplier<Instant> clock) {
        this.clock = clock;
    }

    /**
     * Runs {@code action} in the middle of each post (not of posts it makes itself): another server
     * sweeping while this one's send is in flight.
     */
    void whilePosting(Runnable action) {
        whilePosting = action;
    }

    /** The notifier a sweeper with this owner id posts through. */
    ChannelNotifier as(String sender) {
        return notification -> {
            if (!posting) {
                posting = true;
                try {
                    whilePosting.run();
                } finally {
                    posting = false;
                }
            }
            synchronized (posts) {
                posts.add(new Post(notification, clock.get(), sender));
            }
        };
    }

    List<Post> posts() {
        synchronized (posts) {
            return List.copyOf(posts);
        }
    }
}
