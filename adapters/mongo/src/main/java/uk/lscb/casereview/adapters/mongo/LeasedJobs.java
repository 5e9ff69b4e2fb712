package uk.lscb.casereview.adapters.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.nor;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.bson.conversions.Bson;

/**
 * The filters and updates over a leased job's fields, shared by the reminder jobs and the delivery jobs: a job is
 * claimed by setting a lease owner and an end, held while the owner matches, and released by clearing both.
 * Instants are kept the way {@link Documents#putInstant} writes them (a date and, where finer, a nanos field).
 */
final class LeasedJobs {
    static final String STATUS = "status";
    static final String LEASE_OWNER = "leaseOwner";
    static final String LEASE_UNTIL = "leaseUntil";

    private LeasedJobs() {
    }

    /** No live lease at {@code now}: never leased, or its lease has run out. */
    static Bson notLeasedAt(Instant now) {
        return or(exists(LEASE_UNTIL, false), notAfter(LEASE_UNTIL, now));
    }

    /** Leases the job to {@code owner} until {@code until}. */
    static List<Bson> leaseTo(String owner, Instant until) {
        List<Bson> leased = new ArrayList<>();
        leased.add(Updates.set(LEASE_OWNER, owner));
        leased.addAll(setInstant(LEASE_UNTIL, until));
        return leased;
    }

    /** In {@code pending} status and leased by {@code owner}, whether or not the lease has run out (nobody else
     * claimed it since). */
    static Bson heldBy(String id, String pending, String owner) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        return and(eq("_id", id), eq(STATUS, pending), eq(LEASE_OWNER, owner));
    }

    static List<Bson> clearLease() {
        return List.of(Updates.unset(LEASE_OWNER), Updates.unset(LEASE_UNTIL), Updates.unset(LEASE_UNTIL + "Nanos"));
    }

    /** Sets an instant the way {@link Documents#putInstant} writes it, dropping a stale nanos field. */
    static List<Bson> setInstant(String field, Instant instant) {
        int finer = instant.getNano() % 1_000_000;
        return List.of(Updates.set(field, Date.from(instant)),
                finer == 0 ? Updates.unset(field + "Nanos") : Updates.set(field + "Nanos", finer));
    }

    /**
     * {@code field <= instant}, exactly: not a later millisecond, and not the same millisecond with more nanoseconds
     * past it (an absent nanos field being 0). One range on {@code field}, so that an index on it (after the
     * status) is read from its start to {@code instant} and no further, whatever the query planner.
     */
    static Bson notAfter(String field, Instant instant) {
        Date millis = Date.from(instant);
        int finer = instant.getNano() % 1_000_000;
        return and(lte(field, millis), nor(and(eq(field, millis), gt(field + "Nanos", finer))));
    }
}
