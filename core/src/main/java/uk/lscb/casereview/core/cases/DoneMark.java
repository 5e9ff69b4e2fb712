package uk.lscb.casereview.core.cases;

import java.time.Instant;
import java.util.Objects;
import uk.lscb.casereview.core.people.UserRef;

/** Who marked something done, and when. */
public record DoneMark(UserRef who, Instant at) {
    public DoneMark {
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(at, "at");
    }
}
