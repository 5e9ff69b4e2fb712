package uk.lscb.casereview.bot.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import uk.lscb.casereview.bot.access.AdminToken;
import uk.lscb.casereview.bot.access.People;
import uk.lscb.casereview.bot.config.Deployment;
import uk.lscb.casereview.core.cases.AuditEvent;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.Cases;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.CaseReference;
import uk.lscb.casereview.core.store.StoreUnavailableException;

/**
 * Who is calling a case endpoint and which case it names: outside local mode the administrator token's holder
 * ({@code Authorization: Bearer <CASEREVIEW_ADMIN_TOKEN>}), in local mode a local identity that holds a role
 * ({@code ?as=<identity>}); the case by its reference, with {@code ?board=} when two boards share it.
 */
@Component
public class CaseAccess {
    private static final Logger LOG = LoggerFactory.getLogger(CaseAccess.class);
    /** Whoever holds the administrator token: an administrator of every board. */
    static final UserRef ADMIN_TOKEN_HOLDER = new UserRef(Platform.HTTP, "admin-token", "Administrator (admin token)");

    private final Cases cases;
    private final People people;
    private final Deployment deployment;
    private final AdminToken adminToken;
    private final Clock clock;

    public CaseAccess(Cases cases, People people, Deployment deployment, AdminToken adminToken, Clock clock) {
        this.clock = clock;
        this.cases = cases;
        this.people = people;
        this.deployment = deployment;
        this.adminToken = adminToken;
    }

    /**
     * The caller, or a refusal (401/403).
     *
     * @param what    what the endpoint does, for the message when no token is configured ("Reading transcripts")
     * @param whoMay  who may, in local mode ("a board's Chair or an administrator")
     */
    UserRef authorise(String as, String authorization, String what, String whoMay) {
        UserRef caller = identify(as, authorization, what, whoMay);
        if (caller != ADMIN_TOKEN_HOLDER && !people.holdsAnyRole(caller)) {
            LOG.warn("case request refused to a local identity without a role");
            throw new ApiException(HttpStatus.FORBIDDEN, "forbidden", "Only " + whoMay + " can do that.");
        }
        return caller;
    }

    /**
     * The caller, whatever their role (the core checks it: a case's lead reviewer, an action's owner), or a refusal
     * (401/403): outside local mode the administrator token's holder, in local mode any local identity.
     */
    UserRef identify(String as, String authorization, String what, String whoMay) {
        if (!deployment.localMode()) {
            if (!adminToken.configured()) {
                throw new ApiException(HttpStatus.FORBIDDEN, "admin_token_not_configured", what + " over HTTP is "
                        + "switched off: set CASEREVIEW_ADMIN_TOKEN on the server to allow it.");
            }
            if (authorization == null || authorization.isBlank()) {
                throw new ApiException(HttpStatus.UNAUTHORIZED, "unauthorized",
                        "Send the administrator token as Authorization: Bearer <token>.");
            }
            if (!adminToken.accepts(authorization)) {
                LOG.warn("case request with a wrong admin token refused");
                throw new ApiException(HttpStatus.UNAUTHORIZED, "unauthorized", "That administrator token is not right.");
            }
            return ADMIN_TOKEN_HOLDER;
        }
        if (as == null || as.isBlank()) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "unauthorized", "Local mode: say who you are with "
                    + "?as=<identity> (" + whoMay + ").");
        }
        Optional<People.LocalIdentity> identity = people.localIdentities().stream()
                .filter(candidate -> candidate.id().equals(as)).findFirst();
        if (identity.isEmpty()) {
            LOG.warn("case request refused to an unknown local identity");
            throw new ApiException(HttpStatus.FORBIDDEN, "forbidden", "Only " + whoMay + " can do that.");
        }
        return identity.get().user();
    }

    /** The case with this reference (on {@code board} when given), or 404 / 409 naming the boards. */
    public CaseRecord find(String reference, String board) {
        if (!CaseReference.isWellFormed(reference)) {
            throw ApiException.notFound("There is no case with that reference.");
        }
        List<CaseRecord> found = cases.findByReference(new CaseReference(reference));
        if (board != null && !board.isBlank()) {
            found = found.stream().filter(record -> record.board().value().equals(board)).toList();
        }
        if (found.isEmpty()) {
            throw ApiException.notFound("There is no case with the reference " + reference
                    + (board == null || board.isBlank() ? "" : " on board " + board) + ".");
        }
        if (found.size() > 1) {
            List<String> ids = found.stream().map(record -> record.board().value()).toList();
            throw new ApiException(HttpStatus.CONFLICT, "ambiguous_reference", "More than one board has a case "
                    + "with the reference " + reference + ": choose one with ?board=" + String.join(" or ?board=", ids)
                    + ".", Map.of("boards", ids));
        }
        return found.get(0);
    }

    /**
     * Adds a read of the case to its audit trail ({@code action} by {@code reader}, now); a read is never refused
     * because the note could not be written (it is logged instead).
     */
    public void recordRead(CaseRecord record, UserRef reader, String action, String detail) {
        try {
            if (!cases.appendAudit(record.id(), new AuditEvent(clock.instant(), reader, action, detail,
                    record.recommendation().rulePack()))) {
                LOG.warn("could not add {} to the audit trail of case {}: the case is no longer stored", action,
                        record.id());
            }
        } catch (StoreUnavailableException down) {
            LOG.warn("could not add {} to the audit trail of case {}: {}", action, record.id(), down.getMessage());
        }
    }
}
