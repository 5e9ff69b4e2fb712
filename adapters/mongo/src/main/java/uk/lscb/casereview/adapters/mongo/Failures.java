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
import com.mongodb.client.MongoCollection;
import java.util.Set;
import java.util.function.Supplier;
import org.bson.Document;
import uk.lscb.casereview.core.store.StoreUnavailableException;

/**
 * Turns driver failures into core's {@link StoreUnavailableException}, so that a turn answers "try again" and
 * logs one line instead of failing with a 500. Its message names the operation (and, for a failure other than
 * unavailability, the driver's exception class and error code) only: never a document's content (the driver's
 * own message stays on the cause).
 */
final class Failures {
    private static final System.Logger LOG = System.getLogger(Failures.class.getName());

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

    /**
     * Runs a driver call as the named operation. Any failure of the driver becomes a {@link StoreUnavailableException}
     * (the caller tells the person to try again): "unavailable" when the server cannot be reached or take writes
     * now, "failed" with the driver's exception class and error code otherwise. The driver's own message, which
     * can quote a document's key, stays on the cause and is logged only at DEBUG, with its stack trace.
     */
    static <T> T during(String operation, Supplier<T> call) {
        try {
            return call.get();
        } catch (MongoException failure) {
            if (isUnavailable(failure)) {
                throw new StoreUnavailableException("MongoDB unavailable: " + operation, failure);
            }
            LOG.log(System.Logger.Level.DEBUG, "MongoDB failed: " + operation, failure);
            throw new StoreUnavailableException("MongoDB failed: " + operation + " ("
                    + failure.getClass().getSimpleName() + ", code " + failure.getCode() + ")", failure);
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

    /**
     * Inserts the document, unless one with the same unique key is already stored: false then, and the stored one
     * stays as it is.
     */
    static boolean insertedUnlessStored(MongoCollection<Document> collection, Document document, String operation) {
        return during(operation, () -> {
            try {
                collection.insertOne(document);
                return true;
            } catch (MongoWriteException taken) {
                if (isDuplicateKey(taken)) {
                    return false;
                }
                throw taken;
            }
        });
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
