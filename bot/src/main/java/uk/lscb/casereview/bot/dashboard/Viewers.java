package uk.lscb.casereview.bot.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import uk.lscb.casereview.bot.access.People;
import uk.lscb.casereview.bot.web.ApiException;
import uk.lscb.casereview.core.boards.Board;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;

/**
 * Tells who is looking: with sign-in, the signed-in person's Microsoft Entra object id (the {@code oid} claim), the
 * same id the boards' configuration gives for Teams; in local mode the identity of {@code ?as=}. The viewer sees the
 * boards whose cases they may see ({@code Roles.seesCases}: those who run its reviews, and its safeguarding partners'
 * lead representatives). Anyone else gets a polite page and nothing else.
 */
@Component
class Viewers {
    static final String OBJECT_ID = "oid";
    private static final Logger LOG = LoggerFactory.getLogger(Viewers.class);

    private final Access access;
    private final People people;
    private final Boards boards;

    Viewers(Access access, People people, Boards boards) {
        this.access = access;
        this.people = people;
        this.boards = boards;
    }

    Access access() {
        return access;
    }

    /** The viewer, or a {@link Refusal} to show; 404 when the dashboard is off. */
    Viewer of(HttpServletRequest request, String as, Authentication authentication) {
        return switch (access.mode()) {
            case OFF -> throw ApiException.notFound("There is nothing here.");
            case LOCAL -> local(as);
            case SIGN_IN -> signedIn(request, authentication);
        };
    }

    private Viewer local(String as) {
        if (as == null || as.isBlank()) {
            throw new ChooseIdentity();
        }
        Optional<People.LocalIdentity> identity = people.localIdentities().stream()
                .filter(candidate -> candidate.id().equals(as)).findFirst();
        if (identity.isEmpty()) {
            throw new ChooseIdentity();
        }
        UserRef user = identity.get().user();
        return new Viewer(user, boardsOf(user).orElseThrow(() -> stranger(user.displayName())), Optional.of(as),
                Optional.empty());
    }

    private Viewer signedIn(HttpServletRequest request, Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof OidcUser person)) {
            throw new Refusal(HttpStatus.UNAUTHORIZED, "Sign in", List.of("Please sign in."));
        }
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        Optional<Html.Form> signOut = Optional.ofNullable(csrf).map(token -> Html.Form.post("/logout", "Sign out",
                token.getParameterName(), token.getToken()));
        String name = Optional.ofNullable(person.getFullName())
                .or(() -> Optional.ofNullable(person.getPreferredUsername())).orElse("you");
        String objectId = person.getClaimAsString(OBJECT_ID);
        if (objectId == null || objectId.isBlank()) {
            LOG.warn("dashboard: a signed-in person without an object id (oid claim) was refused");
            throw new Refusal(HttpStatus.FORBIDDEN, "You cannot see the dashboard", List.of("You are signed in as "
                    + name + ", but your organisation's account did not say who you are in Microsoft Teams, so the "
                    + "dashboard cannot tell which boards you work for.", "Please ask the board's business unit."),
                    signOut);
        }
        UserRef user = new UserRef(Platform.TEAMS, objectId, name);
        Optional<List<Board>> held = boardsOf(user);
        if (held.isEmpty()) {
            LOG.info("dashboard: signed-in person {} holds no role on any board", objectId);
            throw new Refusal(HttpStatus.FORBIDDEN, "You cannot see the dashboard", List.of("You are signed in as "
                    + name + ", but you are not a Chair, business manager, administrator or safeguarding partner's lead "
                    + "representative of a board, so there is nothing here for you.",
                    "If you think you should be, please ask your board's business unit to add you."), signOut);
        }
        return new Viewer(user, held.get(), Optional.empty(), signOut);
    }

    private Optional<List<Board>> boardsOf(UserRef user) {
        List<Board> held = boards.all().stream().filter(board -> people.roles().seesCases(board.id(), user)).toList();
        return held.isEmpty() ? Optional.empty() : Optional.of(held);
    }

    private static Refusal stranger(String name) {
        return new Refusal(HttpStatus.FORBIDDEN, "You cannot see the dashboard", List.of(name + " is not a Chair, "
                + "business manager, administrator or safeguarding partner's lead representative of a board, so there is "
                + "nothing here for them.",
                "Choose another identity."));
    }

    /** Local mode without a known {@code ?as=}: the page offers the identities. */
    static final class ChooseIdentity extends RuntimeException {
        ChooseIdentity() {
            super("choose an identity", null, false, false);
        }
    }
}
