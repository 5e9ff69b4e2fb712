package uk.lscb.casereview.core.cases;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.deadlines.London;
import uk.lscb.casereview.core.people.UserRef;

/** Who marked something done, and when. */
public record DoneMark(UserRef who, Instant at) {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK)
            .withZone(London.ZONE);

    public DoneMark {
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(at, "at");
    }

    /**
     * The line every platform shows on a deadline's reminders and cards once it is done: "Marked done by … on … at
     * …." for a deadline a person marks done, "Done by …" for one an event completes (the Chair's decision).
     */
    public String line(DeadlineKind kind) {
        return (kind.markedDoneByPerson() ? "Marked done by " : "Done by ") + who.displayName() + " on "
                + WHEN.format(at) + ".";
    }
}
