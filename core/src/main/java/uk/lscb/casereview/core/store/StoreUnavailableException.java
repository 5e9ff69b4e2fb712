package uk.lscb.casereview.core.store;

/** The store could not be reached or did not answer: nothing was written by the call that threw. */
public class StoreUnavailableException extends RuntimeException {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
