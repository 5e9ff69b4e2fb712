package uk.lscb.casereview.core.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import uk.lscb.casereview.core.platforms.Platform;

/**
 * One message owed to one platform: what a case's change owes (its follow-up, by kind, version and text),
 * carried out by that platform's {@link DeliveryWorker} outside any inbound request, leased so that two
 * instances never both carry it out, and tried again after a wait that doubles with each failed try (1, 2, 4 …
 * minutes, at most hourly). Each platform has its own jobs, so a platform that is slow, throttled or unable to
 * reach someone delays only its own deliveries. Holds no case content, only the case's id.
 *
 * @param id         {@code caseId/followUpKey@platform}: the same delivery always has the same id
 * @param kind       what is owed (a case follow-up's kind)
 * @param text       the follow-up's text, if it has one
 * @param attempts   failed tries so far
 * @param notBefore  when it is next tried
 * @param pokes      how often someone it waits for became reachable: a try that began before a poke and fails is
 *                   not followed by a wait
 * @param finishedAt when it was done, once {@link Status#DONE} (for the clean-up)
 */
public record DeliveryJob(String id, String caseId, Platform platform, String kind, long version, Optional<String> text,
                          Status status, int attempts, Instant notBefore, long pokes, Optional<String> leaseOwner,
                          Optional<Instant> leaseUntil, Optional<Instant> finishedAt) {
    /** The wait after the first failed try; it doubles with each try, up to {@link #LONGEST_WAIT}. */
    public static final Duration FIRST_WAIT = Duration.ofMinutes(1);
    public static final Duration LONGEST_WAIT = Duration.ofHours(1);

    /** Where a job stands. Only {@code PENDING} jobs are claimed. */
    public enum Status {
        PENDING,
        DONE
    }

    public DeliveryJob {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(leaseOwner, "leaseOwner");
        Objects.requireNonNull(leaseUntil, "leaseUntil");
        Objects.requireNonNull(finishedAt, "finishedAt");
        if (leaseOwner.isPresent() != leaseUntil.isPresent()) {
            throw new IllegalArgumentException("a lease has both an owner and an end: " + id);
        }
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts cannot be negative: " + id);
        }
    }

    /** A new job, due at {@code now}, never tried. */
    public static DeliveryJob pending(String caseId, String followUpKey, Platform platform, String kind, long version,
                                      Optional<String> text, Instant now) {
        return new DeliveryJob(caseId + "/" + followUpKey + "@" + platform.id(), caseId, platform, kind, version, text,
                Status.PENDING, 0, now, 0, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The wait after {@code failedTries} failed tries: 1, 2, 4 … minutes, at most an hour. */
    public static Duration waitAfter(int failedTries) {
        Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(Math.max(failedTries - 1, 0), 20));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    public boolean leasedAt(Instant now) {
        return leaseUntil.filter(until -> until.isAfter(now)).isPresent();
    }

    /** Pending, due, and not held by a live lease. */
    public boolean claimableAt(Instant now) {
        return status == Status.PENDING && !notBefore.isAfter(now) && !leasedAt(now);
    }

    public DeliveryJob leasedTo(String owner, Instant until) {
        return new DeliveryJob(id, caseId, platform, kind, version, text, status, attempts, notBefore, pokes,
                Optional.of(owner), Optional.of(until), finishedAt);
    }

    public DeliveryJob done(Instant at) {
        return new DeliveryJob(id, caseId, platform, kind, version, text, Status.DONE, attempts, notBefore, pokes,
                Optional.empty(), Optional.empty(), Optional.of(at));
    }

    /** One more failed try; next tried at {@code retryAt}, or as it stands if it was poked since the try began. */
    public DeliveryJob failed(Instant retryAt, long pokesSeen) {
        return new DeliveryJob(id, caseId, platform, kind, version, text, status, attempts + 1,
                pokes == pokesSeen ? retryAt : notBefore, pokes, Optional.empty(), Optional.empty(), finishedAt);
    }

    /** Due at {@code now}: someone it waits for can be reached now. */
    public DeliveryJob poked(Instant now) {
        return new DeliveryJob(id, caseId, platform, kind, version, text, status, attempts, now, pokes + 1,
                leaseOwner, leaseUntil, finishedAt);
    }
}
