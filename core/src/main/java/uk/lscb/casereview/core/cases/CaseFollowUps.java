package uk.lscb.casereview.core.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A case's outbox: the follow-ups its stored changes still owe, oldest first, and who is carrying them out
 * now (a lease, so that two instances do not both do it; a lease of a server that died simply runs out).
 */
public record CaseFollowUps(List<FollowUp> pending, Optional<String> leaseOwner, Optional<Instant> leaseUntil) {
    public static final CaseFollowUps NONE = new CaseFollowUps(List.of(), Optional.empty(), Optional.empty());

    public CaseFollowUps {
        pending = List.copyOf(pending);
        Objects.requireNonNull(leaseOwner, "leaseOwner");
        Objects.requireNonNull(leaseUntil, "leaseUntil");
        if (leaseOwner.isPresent() != leaseUntil.isPresent()) {
            throw new IllegalArgumentException("a lease has both an owner and an end");
        }
    }

    public boolean isEmpty() {
        return pending.isEmpty();
    }

    /** These, and {@code more} after them (a follow-up already pending is not added twice). */
    CaseFollowUps plus(List<FollowUp> more) {
        List<FollowUp> all = new ArrayList<>(pending);
        more.stream().filter(followUp -> all.stream().noneMatch(had -> had.key().equals(followUp.key())))
                .forEach(all::add);
        return new CaseFollowUps(all, leaseOwner, leaseUntil);
    }

    /** Whether any is to be tried at {@code now}. */
    public boolean anyReadyAt(Instant now) {
        return pending.stream().anyMatch(followUp -> followUp.readyAt(now));
    }

    /** With the follow-up of {@code followUp}'s key replaced by it (tried and waiting, or due now). */
    CaseFollowUps replacing(FollowUp followUp) {
        return new CaseFollowUps(pending.stream().map(had -> had.key().equals(followUp.key()) ? followUp : had)
                .toList(), leaseOwner, leaseUntil);
    }

    /** Without the follow-up of this key (done). */
    CaseFollowUps without(String key) {
        return new CaseFollowUps(pending.stream().filter(followUp -> !followUp.key().equals(key)).toList(),
                leaseOwner, leaseUntil);
    }

    /** Whether someone other than {@code owner} holds a live lease at {@code now}. */
    boolean leasedToAnotherAt(String owner, Instant now) {
        return leaseUntil.filter(until -> until.isAfter(now)).isPresent() && !leaseOwner.get().equals(owner);
    }

    CaseFollowUps leasedTo(String owner, Instant until) {
        return new CaseFollowUps(pending, Optional.of(owner), Optional.of(until));
    }

    CaseFollowUps released() {
        return new CaseFollowUps(pending, Optional.empty(), Optional.empty());
    }
}
