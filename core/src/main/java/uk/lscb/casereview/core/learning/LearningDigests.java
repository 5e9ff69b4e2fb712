package uk.lscb.casereview.core.learning;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import uk.lscb.casereview.core.boards.Board;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.delivery.ChannelNotifier;
import uk.lscb.casereview.core.delivery.Deliveries;
import uk.lscb.casereview.core.delivery.DeliveryJob;
import uk.lscb.casereview.core.delivery.DeliveryWorker;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.BoardId;

/**
 * Hands each board's {@link WeeklyDigest} to every platform, once a week: the reminder sweep calls {@link #sweep},
 * which from Monday 08:00 London time stores one delivery job (kind {@link #KIND}) per board with something to say and
 * per platform, its id made of the board and the ISO week ({@code learning/digest/<board>/<week>@<platform>}). The
 * jobs store keeps an id once stored (a done job for 30 days), so later sweeps, another instance's or those after a
 * restart, store nothing more that week. Each platform's worker posts its copy to the board's panel channel, worded
 * from the actions as they stand when it is posted (one marked done meanwhile is left out; if none is left, nothing
 * is posted). A week the application was down for entirely has no digest sent late.
 */
public final class LearningDigests {
    /** The kind of the digest's delivery jobs. */
    public static final String KIND = "LEARNING_DIGEST";
    private static final System.Logger LOG = System.getLogger(LearningDigests.class.getName());

    private final LearningLogs logs;
    private final Boards boards;
    private final Deliveries deliveries;

    public LearningDigests(LearningLogs logs, Boards boards, Deliveries deliveries) {
        this.logs = Objects.requireNonNull(logs, "logs");
        this.boards = Objects.requireNonNull(boards, "boards");
        this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
    }

    /** Stores this week's digest of each board for every platform, unless stored already. @return how many stored */
    public int sweep(Instant now) {
        WeeklyDigest.Week week = WeeklyDigest.weekAt(now);
        int stored = 0;
        for (Board board : boards.all()) {
            if (WeeklyDigest.digest(board, logs.ofBoard(board.id()), week).isEmpty()) {
                continue;
            }
            for (Platform platform : deliveries.platforms()) {
                DeliveryJob job = DeliveryJob.pending("learning/digest/" + board.id().value(), week.id(), platform,
                        KIND, 0, Optional.of(board.id().value() + " " + week.monday()), now);
                if (deliveries.jobs().enqueue(job)) {
                    deliveries.wake(platform);
                    stored++;
                }
            }
        }
        return stored;
    }

    /** What carries out a platform's digest deliveries, posting to the board's panel channel. */
    public DeliveryWorker.Carrier carrier(ChannelNotifier channels) {
        Objects.requireNonNull(channels, "channels");
        return delivery -> {
            String[] parts = delivery.text().orElse("").split(" ", 2);
            Optional<Board> board = parts.length == 2 ? boards.get(new BoardId(parts[0])) : Optional.empty();
            Optional<WeeklyDigest.Week> week = parts.length == 2 ? week(parts[1]) : Optional.empty();
            if (board.isEmpty() || week.isEmpty()) {
                LOG.log(System.Logger.Level.WARNING, "delivery {0}: its board or week is unknown; nothing posted",
                        delivery.id());
                return true;
            }
            WeeklyDigest.digest(board.get(), logs.ofBoard(board.get().id()), week.get()).ifPresent(channels::send);
            return true;
        };
    }

    private static Optional<WeeklyDigest.Week> week(String monday) {
        try {
            return Optional.of(new WeeklyDigest.Week(LocalDate.parse(monday)));
        } catch (DateTimeParseException | IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }
}
