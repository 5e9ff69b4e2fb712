package uk.lscb.casereview.adapters.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoException;
import com.mongodb.MongoExecutionTimeoutException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoServerException;
import com.mongodb.MongoServerUnavailableException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoStalePrimaryException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.MongoWriteConcernException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteError;
import java.util.Set;
import java.util.function.Supplier;
import uk.lscb.casereview.core.store.StoreUnavailableException;

/**
 * Turns driver failures that mean "the server cannot be reached, did not answer in time, or cannot take
 * writes now" into core's {@link StoreUnavailableException}. Its message names the operation only: never a
 * document's content (the driver's own message stays on the cause, and says nothing about documents for
 * these kinds of failure).
 */
final class Failures {

    /**
     * Server error codes that mean the server is unreachable, shutting down, stepping down or out of time
     * (HostUnreachable, HostNotFound, MaxTimeMSExpired, NetworkTimeout, ShutdownInProgress, PrimarySteppedDown,
     * ExceededTimeLimit, SocketException, NotWritablePrimary, InterruptedAtShutdown,
     * InterruptedDueToReplStateChange, NotPrimaryNoSecondaryOk, NotPrimaryOrSecondary).
     */
    private static final Set<Integer> UNAVAILABLE_CODES = Set.of(6, 7, 50, 89, 91, 189, 262, 9001, 10107, 11600,
            11602, 13435, 13436);

    /** The label servers put on write errors that a retry may cure (the driver has no constant for it). */
    private static final String RETRYABLE_WRITE_ERROR_LABEL = "RetryableWriteError";

    private Failures() {
    }

    /** Runs a driver call as the named operation, mapping unavailability. */
    static <T> T during(String operation, Supplier<T> call) {
        try {
            return call.get();
        } catch (MongoException failure) {
            if (isUnavailable(failure)) {
                throw new StoreUnavailableException("MongoDB unavailable: " + operation, failure);
            }
            throw failure;
        }
    }

    static void run(String operation, Runnable call) {
        during(operation, () -> {
            call.run();
            return null;
        });
    }

    static boolean isUnavailable(MongoException failure) {
        if (failure instanceof MongoTimeoutException // server selection and client-side operation timeouts
                || failure instanceof MongoSocketException
                || failure instanceof MongoNotPrimaryException
                || failure instanceof MongoNodeIsRecoveringException
                || failure instanceof MongoExecutionTimeoutException
                || failure instanceof MongoConnectionPoolClearedException
                || failure instanceof MongoServerUnavailableException
                || failure instanceof MongoStalePrimaryException
                // the write was not acknowledged as durable: the caller cannot count on it
                || failure instanceof MongoWriteConcernException) {
            return true;
        }
        if (failure.hasErrorLabel(RETRYABLE_WRITE_ERROR_LABEL)
                || failure.hasErrorLabel(MongoException.RETRYABLE_ERROR_LABEL)
                || failure.hasErrorLabel(MongoException.SYSTEM_OVERLOADED_ERROR_LABEL)
                || failure.hasErrorLabel(MongoException.TRANSIENT_TRANSACTION_ERROR_LABEL)) {
            return true;
        }
        return failure instanceof MongoServerException && UNAVAILABLE_CODES.contains(failure.getCode());
    }

    static boolean isDuplicateKey(MongoWriteException failure) {
        return failure.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
    }

    /** True when every error of an unordered bulk write was a duplicate key (and there is no write concern error). */
    static boolean onlyDuplicateKeys(MongoBulkWriteException failure) {
        return failure.getWriteConcernError() == null && !failure.getWriteErrors().isEmpty()
                && failure.getWriteErrors().stream().map(BulkWriteError::getCode)
                .allMatch(code -> ErrorCategory.fromErrorCode(code) == ErrorCategory.DUPLICATE_KEY);
    }
}
