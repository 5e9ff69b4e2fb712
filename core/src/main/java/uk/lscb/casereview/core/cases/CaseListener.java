package uk.lscb.casereview.core.cases;

/**
 * Told after a case action has been stored: where notifications are sent and reminders scheduled.
 * A listener's failure does not undo the stored change.
 */
@FunctionalInterface
public interface CaseListener {
    void changed(CaseRecord before, CaseRecord after, CaseAction action);
}
