package uk.lscb.casereview.bot.dashboard;

import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;

/** A page shown instead of the one asked for (a polite refusal, a case not found), with its status. */
final class Refusal extends RuntimeException {
    private final HttpStatus status;
    private final String title;
    private final List<String> paragraphs;
    private final Optional<Html.Form> signOut;

    Refusal(HttpStatus status, String title, List<String> paragraphs) {
        this(status, title, paragraphs, Optional.empty());
    }

    /** @param signOut the sign-out form, for a signed-in person refused */
    Refusal(HttpStatus status, String title, List<String> paragraphs, Optional<Html.Form> signOut) {
        super(title, null, false, false);
        this.signOut = signOut;
        this.status = status;
        this.title = title;
        this.paragraphs = List.copyOf(paragraphs);
    }

    HttpStatus status() {
        return status;
    }

    String title() {
        return title;
    }

    List<String> paragraphs() {
        return paragraphs;
    }

    Optional<Html.Form> signOut() {
        return signOut;
    }
}
