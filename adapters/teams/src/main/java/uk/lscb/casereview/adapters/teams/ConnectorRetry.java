package uk.lscb.casereview.adapters.teams;

import com.microsoft.bot.restclient.RestException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Calls to the Bot Connector, retried when Teams throttles or a gateway fails (429, 412, 502, 504):
 * a bounded number of attempts with jittered exponential backoff (Teams allows about 7 posts a second
 * and 60 in 30 s per thread). Anything else, or the last failure, is thrown to the caller.
 */
final class ConnectorRetry {
    private static final System.Logger LOG = System.getLogger(ConnectorRetry.class.getName());
    static final Set<Integer> RETRYABLE = Set.of(429, 412, 502, 504);
    static final int MAX_ATTEMPTS = 4;

    private final long baseDelayMillis;

    ConnectorRetry(long baseDelayMillis) {
        if (baseDelayMillis < 0) {
            throw new IllegalArgumentException("a delay is not negative: " + baseDelayMillis);
        }
        this.baseDelayMillis = baseDelayMillis;
    }

    /** The production backoff: half a second, then about 1, 2 s. */
    static ConnectorRetry standard() {
        return new ConnectorRetry(500);
    }

    <T> T call(Supplier<T> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get();
            } catch (RuntimeException failed) {
                int status = status(failed);
                if (!RETRYABLE.contains(status) || attempt >= MAX_ATTEMPTS) {
                    throw failed;
                }
                long delay = baseDelayMillis * (1L << (attempt - 1));
                delay += ThreadLocalRandom.current().nextLong(delay / 2 + 1);
                LOG.log(System.Logger.Level.INFO, "Teams answered {0}; retrying in {1} ms", status, delay);
                try {
                    Thread.sleep(delay);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw failed;
                }
            }
        }
    }

    /** The HTTP status the Bot Connector answered, found anywhere in the cause chain; -1 if none. */
    static int status(Throwable failed) {
        for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
            if (cause instanceof RestException rest && rest.response() != null) {
                return rest.response().code();
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return -1;
    }
}
