package uk.lscb.casereview.bot.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.lscb.casereview.bot.access.AdminToken;
import uk.lscb.casereview.bot.access.People;
import uk.lscb.casereview.bot.config.Deployment;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.CaseService;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.requests.AgencyRequest;
import uk.lscb.casereview.core.requests.AgencyRequestService;

/**
 * Agencies' information requests for case-management systems: {@code POST /api/cases/{reference}/requests} asks an
 * agency, with the same checks and messages as chat; {@code POST …/requests/{number}/provided} marks one provided,
 * as its button does; {@code GET} lists the case's requests. Outside local mode with
 * {@code Authorization: Bearer <CASEREVIEW_ADMIN_TOKEN>}; in local mode with {@code ?as=<identity>}, whose role is
 * checked by the core (a practitioner is refused).
 */
@RestController
public class AgencyRequestController {
    private static final Logger LOG = LoggerFactory.getLogger(AgencyRequestController.class);
    private static final UserRef ADMIN_TOKEN_HOLDER = new UserRef(Platform.HTTP, "admin-token",
            "Administrator (admin token)");

    private final CaseAccess access;
    private final AgencyRequestService requests;
    private final People people;
    private final Deployment deployment;
    private final AdminToken adminToken;

    public AgencyRequestController(CaseAccess access, AgencyRequestService requests, People people,
                                   Deployment deployment, AdminToken adminToken) {
        this.access = access;
        this.requests = requests;
        this.people = people;
        this.deployment = deployment;
        this.adminToken = adminToken;
    }

    @PostMapping(path = "/api/cases/{reference}/requests", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> ask(@PathVariable("reference") String reference,
                                                   @RequestParam(name = "board", required = false) String board,
                                                   @RequestParam(name = "as", required = false) String as,
                                                   @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false)
                                                   String authorization,
                                                   @RequestBody JsonNode body) {
        UserRef who = caller(as, authorization);
        CaseRecord record = access.find(reference, board);
        if (body == null || !body.isObject()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_request", "Send a JSON object with agency, "
                    + "contact (an object with platform and id, or null), asked and due.");
        }
        for (String field : List.of(AgencyRequestService.AGENCY, AgencyRequestService.ASKED,
                AgencyRequestService.DUE)) {
            if (!body.path(field).isTextual()) {
                throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_request", "'" + field + "' must be text.",
                        Map.of("field", field));
            }
        }
        Optional<UserRef> contact = ApiBodies.person(body.get(AgencyRequestService.CONTACT),
                AgencyRequestService.CONTACT, people);
        AgencyRequestService.Result result = requests.ask(record.id(), new AgencyRequestService.Ask(
                body.get(AgencyRequestService.AGENCY).asText(), contact, body.get(AgencyRequestService.ASKED).asText(),
                body.get(AgencyRequestService.DUE).asText()), CaseService.Actor.person(who), who == ADMIN_TOKEN_HOLDER);
        if (!result.applied()) {
            boolean forbidden = result.forbidden();
            Map<String, Object> extra = new LinkedHashMap<>();
            result.field().ifPresent(field -> extra.put("field", field));
            throw new ApiException(forbidden ? HttpStatus.FORBIDDEN : HttpStatus.UNPROCESSABLE_ENTITY,
                    forbidden ? "forbidden" : "refused", result.message(), extra);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("message", result.message());
        json.put("request", json(result.request().orElseThrow()));
        return ResponseEntity.status(HttpStatus.CREATED).body(json);
    }

    @PostMapping(path = "/api/cases/{reference}/requests/{number}/provided",
            produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> provided(@PathVariable("reference") String reference,
                                        @PathVariable("number") String number,
                                        @RequestParam(name = "board", required = false) String board,
                                        @RequestParam(name = "as", required = false) String as,
                                        @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false)
                                        String authorization) {
        UserRef who = caller(as, authorization);
        CaseRecord record = access.find(reference, board);
        int wanted = PathNumbers.read(number).orElse(-1);
        if (requests.ofCase(record.id()).stream().noneMatch(request -> request.number() == wanted)) {
            throw new ApiException(HttpStatus.NOT_FOUND, "not_found", "Case " + record.reference().value()
                    + " has no agency request " + number + ".");
        }
        AgencyRequestService.Result result = requests.provided(record.id(), wanted, CaseService.Actor.person(who),
                who == ADMIN_TOKEN_HOLDER);
        if (!result.applied()) {
            throw new ApiException(result.forbidden() ? HttpStatus.FORBIDDEN : HttpStatus.CONFLICT,
                    result.forbidden() ? "forbidden" : "refused", result.message());
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("message", result.message());
        json.put("request", json(result.request().orElseThrow()));
        return json;
    }

    @GetMapping(path = "/api/cases/{reference}/requests", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> list(@PathVariable("reference") String reference,
                                    @RequestParam(name = "board", required = false) String board,
                                    @RequestParam(name = "as", required = false) String as,
                                    @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false)
                                    String authorization) {
        UserRef who = caller(as, authorization);
        CaseRecord record = access.find(reference, board);
        if (who != ADMIN_TOKEN_HOLDER && !requests.mayAsk(record, who)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "forbidden", "Only the board's Chair, business managers and "
                    + "administrators see its cases' agency requests.");
        }
        return Map.of("requests", requests.ofCase(record.id()).stream().map(AgencyRequestController::json).toList());
    }

    /** A request as the API shows it. */
    public static Map<String, Object> json(AgencyRequest request) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("number", request.number());
        json.put("agency", request.agency());
        json.put("contact", request.contact().map(contact -> Map.of("platform", contact.platform().id(), "id",
                contact.id())).orElse(null));
        json.put("asked", request.asked());
        json.put("due", request.due().toString());
        json.put("askedBy", request.askedBy().displayName());
        json.put("askedAt", request.askedAt().toString());
        json.put("provided", request.provided().map(mark -> Map.of("by", mark.who().displayName(), "at",
                mark.at().toString())).orElse(null));
        return json;
    }

    /** Who is asking: the admin token's holder outside local mode; a local identity in it. */
    private UserRef caller(String as, String authorization) {
        if (!deployment.localMode()) {
            if (!adminToken.configured()) {
                throw new ApiException(HttpStatus.FORBIDDEN, "admin_token_not_configured", "The case API is switched "
                        + "off: set CASEREVIEW_ADMIN_TOKEN on the server to allow it.");
            }
            if (authorization == null || !adminToken.accepts(authorization)) {
                LOG.warn("agency request API call without the right admin token refused");
                throw new ApiException(HttpStatus.UNAUTHORIZED, "unauthorized",
                        "Send the administrator token as Authorization: Bearer <token>.");
            }
            return ADMIN_TOKEN_HOLDER;
        }
        if (as == null || as.isBlank()) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "unauthorized", "Local mode: say who you are with "
                    + "?as=<identity>.");
        }
        return people.localIdentities().stream().filter(candidate -> candidate.id().equals(as)).findFirst()
                .map(People.LocalIdentity::user).orElseThrow(() -> new ApiException(HttpStatus.FORBIDDEN,
                        "forbidden", "There is no local identity '" + as + "'."));
    }
}
