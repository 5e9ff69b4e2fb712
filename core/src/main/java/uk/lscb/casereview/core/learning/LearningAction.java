package uk.lscb.casereview.core.learning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import uk.lscb.casereview.core.cases.DoneMark;
import uk.lscb.casereview.core.people.UserRef;

/**
 * One agency's action on a recommendation: the agency, the person who owns it (by platform id, if they are on Teams,
 * Slack or the local page), the due date, how far it has got, and the evidence it was done. Whether it is overdue is
 * not stored: it follows from the due date and today ({@link #status}). Numbered from 1 within its review.
 *
 * @param remindedFor the day of the latest reminder handed over to be posted, so that none is handed over twice
 */
public record LearningAction(int number, int recommendation, String agency, Optional<UserRef> owner, LocalDate due,
                             Progress progress, Optional<Evidence> evidence, UserRef by, Instant at,
                             Optional<LocalDate> remindedFor) {

    /** What the people doing it have said. */
    public enum Progress {
        NOT_STARTED, IN_PROGRESS, DONE
    }

    /** Where an action stands today, as people read it and the API filters it. */
    public enum Status {
        NOT_STARTED("not-started", "not started"),
        IN_PROGRESS("in-progress", "in progress"),
        DONE("done", "done"),
        OVERDUE("overdue", "overdue");

        private final String id;
        private final String label;

        Status(String id, String label) {
            this.id = id;
            this.label = label;
        }

        public String id() {
            return id;
        }

        public String label() {
            return label;
        }

        public static Optional<Status> byId(String id) {
            for (Status status : values()) {
                if (status.id.equals(id)) {
                    return Optional.of(status);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * The evidence an action was completed: what was done and a link to it; for a single agency review, also how the
     * recommendation is embedded in the agency's practice (the framework's "evidence of how the recommendations have
     * been acted upon and embedded").
     */
    public record Evidence(String text, String link, Optional<String> embedded, DoneMark mark) {
        public Evidence {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(link, "link");
            Objects.requireNonNull(embedded, "embedded");
            Objects.requireNonNull(mark, "mark");
        }
    }

    /** An action not yet reminded. */
    public LearningAction(int number, int recommendation, String agency, Optional<UserRef> owner, LocalDate due,
                          Progress progress, Optional<Evidence> evidence, UserRef by, Instant at) {
        this(number, recommendation, agency, owner, due, progress, evidence, by, at, Optional.empty());
    }

    public LearningAction {
        Objects.requireNonNull(remindedFor, "remindedFor");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        if (number < 1) {
            throw new IllegalArgumentException("an action's number counts from 1: " + number);
        }
        if ((progress == Progress.DONE) != evidence.isPresent()) {
            throw new IllegalArgumentException("an action is done exactly when it has evidence: " + number);
        }
    }

    /** Done once marked done with evidence; otherwise overdue after its due date; otherwise as its people say. */
    public Status status(LocalDate today) {
        if (progress == Progress.DONE) {
            return Status.DONE;
        }
        if (today.isAfter(due)) {
            return Status.OVERDUE;
        }
        return progress == Progress.IN_PROGRESS ? Status.IN_PROGRESS : Status.NOT_STARTED;
    }

    public boolean isDone() {
        return progress == Progress.DONE;
    }

    /** Whether this person owns the action (by platform and id, never by name). */
    public boolean isOwner(UserRef who) {
        return owner.filter(person -> person.isSamePerson(who))
                .isPresent();
    }

    LearningAction started() {
        return new LearningAction(number, recommendation, agency, owner, due, Progress.IN_PROGRESS, evidence, by, at,
                remindedFor);
    }

    LearningAction done(Evidence proof) {
        return new LearningAction(number, recommendation, agency, owner, due, Progress.DONE, Optional.of(proof), by,
                at, remindedFor);
    }

    LearningAction reminded(LocalDate day) {
        return new LearningAction(number, recommendation, agency, owner, due, progress, evidence, by, at,
                Optional.of(day));
    }
}
