package uk.lscb.casereview.core.store;

/** The store could not be reached or did not answer: nothing was written by the call that threw. */
public class StoreUnavailableException extends RuntimeException {
    /** What a person is told when what they did could not be saved because of this: the same words everywhere. */
    public static final String NOTHING_SAVED = "Sorry, I couldn't save that just now, so nothing has changed. "
            + "Please try again in a minute.";

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
