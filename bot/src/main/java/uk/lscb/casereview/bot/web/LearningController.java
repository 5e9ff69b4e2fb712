package uk.lscb.casereview.bot.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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
import uk.lscb.casereview.bot.access.People;
import uk.lscb.casereview.core.boards.Board;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.CaseService;
import uk.lscb.casereview.core.deadlines.London;
import uk.lscb.casereview.core.learning.LearningAction;
import uk.lscb.casereview.core.learning.LearningSearch;
import uk.lscb.casereview.core.learning.LearningService;
import uk.lscb.casereview.core.learning.LearningService.Fields;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.refs.BoardId;

/**
 * The learning log for case-management and reporting tools: {@code GET /api/learning} (the findings both boards have
 * recorded, searched and paginated), {@code GET /api/actions} (agencies' actions by status), and a review's learning
 * entered with the same checks and messages as chat ({@code POST /api/cases/{reference}/findings},
 * {@code …/recommendations}, {@code …/actions}, {@code …/actions/{n}/started}, {@code …/actions/{n}/done},
 * {@code …/learning/recorded}, {@code …/lead-reviewers}). Outside local mode with the administrator token; in local
 * mode {@code ?as=<identity>}, whose role the core checks (a lead reviewer is named per case).
 */
@RestController
public class LearningController {
    private static final Logger LOG = LoggerFactory.getLogger(LearningController.class);
    private static final String WHO_MAY = "a local identity";

    private final CaseAccess access;
    private final LearningService learning;
    private final LearningSearch search;
    private final People people;
    private final Boards boards;
    private final LearningJson json;
    private final Clock clock;

    public LearningController(CaseAccess access, LearningService learning, LearningSearch search, People people,
                              Boards boards, LearningJson json, Clock clock) {
        this.clock = clock;
        this.access = access;
        this.learning = learning;
        this.search = search;
        this.people = people;
        this.boards = boards;
        this.json = json;
    }

    @GetMapping(path = "/api/learning", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> search(@RequestParam(name = "q", required = false) String q,
                                      @RequestParam(name = "theme", required = false) String theme,
                                      @RequestParam(name = "board", required = false) String board,
                                      @RequestParam(name = "from", required = false) String from,
                                      @RequestParam(name = "to", required = false) String to,
                                      @RequestParam(name = "page", required = false) String page,
                                      @RequestParam(name = "size", required = false) String size,
                                      @RequestParam(name = "as", required = false) String as,
                                      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false)
                                      String authorization) {
        access.identify(as, authorization, "Searching the learning log", WHO_MAY);
        LearningSearch.Page found = search.search(LearningQueries.query(boards, q, theme, board, from, to, page,
                size, London.dateOf(clock.instant())));
        if (found.unknownTheme().isPresent()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "unknown_theme", "That is not one of the themes.",
                    Map.of("field", "theme", "themes", learning.themes().all()));
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (LearningSearch.Hit hit : found.hits()) {
            Map<String, Object> item = json.review(hit.review());
            item.put("finding", LearningJson.finding(hit.finding()));
            items.add(item);
        }
        return page(found.total(), found.page(), found.size(), items);
    }

    @GetMapping(path = "/api/actions", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> actions(@RequestParam(name = "status", required = false) String status,
                                       @RequestParam(name = "board", required = false) String board,
                                       @RequestParam(name = "page", required = false) String page,
                                       @RequestParam(name = "size", required = false) String size,
                                       @RequestParam(name = "as", required = false) String as,
                                       @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false)
                                       String authorization) {
        UserRef caller = access.authorise(as, authorization, "Listing actions", "a board's Chair, administrator or "
                + "business manager");
        Optional<LearningAction.Status> wanted = Optional.empty();
        if (status != null && !status.isBlank()) {
            wanted = LearningAction.Status.byId(status);
            if (wanted.isEmpty()) {
                throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_request", "'status' is one of not-started, "
                        + "in-progress, done or overdue.", Map.of("field", "status"));
            }
        }
        List<BoardId> visible = boards.all().stream().map(Board::id)
                .filter(id -> caller == CaseAccess.ADMIN_TOKEN_HOLDER || people.roles().runsReviews(id, caller))
                .filter(id -> LearningQueries.board(boards, board).map(id::equals).orElse(true)).toList();
        List<LearningService.ActionRow> rows = learning.actions(visible, wanted);
        int pageNumber = LearningQueries.number(page, "page", 1, Integer.MAX_VALUE, 1);
        int pageSize = LearningQueries.number(size, "size", 1, LearningSearch.MAX_PAGE_SIZE,
                LearningQueries.DEFAULT_PAGE_SIZE);
        long start = Math.min((long) (pageNumber - 1) * pageSize, rows.size());
        List<Map<String, Object>> items = new ArrayList<>();
        for (LearningService.ActionRow row : rows.subList((int) start, (int) Math.min(start + pageSize,
                rows.size()))) {
            Map<String, Object> item = json.review(row.review());
            item.put("action", LearningJson.action(row.action(), row.status()));
            items.add(item);
        }
        return page(rows.size(), pageNumber, pageSize, items);
    }

    @GetMapping(path = "/api/cases/{reference}/learning", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> read(@PathVariable("reference") String reference,
                                    @RequestParam(name = "board", required = false) String board,
                                    @RequestParam(name = "as", required = false) String as,
                                    @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false)
                                    String authorization) {
        UserRef caller = access.identify(as, authorization, "Reading a review's learning", WHO_MAY);
        CaseRecord record = access.find(reference, board);
        if (caller != CaseAccess.ADMIN_TOKEN_HOLDER && !learning.mayEnter(record, caller)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "forbidden", "Only the board's Chair, business managers, "
                    + "administrators and the review's lead reviewers see its learning before it is recorded.");
        }
        return json.of(record);
    }

    @PostMapping(path = "/api/cases/{reference}/findings", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> finding(@PathVariable("reference") String reference,
                                                       @RequestParam(name = "board", required = false) String board,
                                                       @RequestParam(name = "as", required = false) String as,
                                                       @RequestHeader(name = HttpHeaders.AUTHORIZATION,
                                                               required = false) String authorization,
                                                       @RequestBody(required = false) JsonNode body) {
        UserRef caller = access.identify(as, authorization, "Recording learning", WHO_MAY);
        CaseRecord record = access.find(reference, board);
        object(body, "title, text, themes (a list) and, if it is good practice, kind: \"good-practice\"");
        LearningService.Result result = learning.addFinding(record.id(), new LearningService.FindingInput(
                text(body, Fields.TITLE, true), text(body, Fields.TEXT, true), texts(body, Fields.THEMES),
                text(body, Fields.KIND, false)), actor(caller));
        return answer(result, record, "finding recorded", caller);
    }

    @PostMapping(path = "/api/cases/{reference}/recommendations", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> recommendation(@PathVariable("reference") String reference,
                                                              @RequestParam(name = "board", required = false)
                                                              String board,
                                                              @RequestParam(name = "as", required = false) String as,
                                                              @RequestHeader(name = HttpHeaders.AUTHORIZATION,
                                                                      required = false) String authorization,
                                                              @RequestBody(required = false) JsonNode body) {
        UserRef caller = access.identify(as, authorization, "Recording learning", WHO_MAY);
        CaseRecord record = access.find(reference, board);
        object(body, "text, findings (a list of finding numbers) and agencies (a list; empty for the board)");
        LearningService.Result result = learning.addRecommendation(record.id(), new LearningService
                .RecommendationInput(text(body, Fields.TEXT, true), numbers(body, Fields.FINDINGS),
                texts(body, Fields.AGENCIES)), actor(caller));
        return answer(result, record, "recommendation recorded", caller);
    }

    @PostMapping(path = "/api/cases/{reference}/actions", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> action(@PathVariable("reference") String reference,
                                                      @RequestParam(name = "board", required = false) String board,
                                                      @RequestParam(name = "as", required = false) String as,
                                                      @RequestHeader(name = HttpHeaders.AUTHORIZATION,
                                                              required = false) String authorization,
                                                      @RequestBody(required = false) JsonNode body) {
        UserRef caller = access.identify(as, authorization, "Recording learning", WHO_MAY);
        CaseRecord record = access.find(reference, board);
        object(body, "recommendation (its number), agency, owner (an object with platform and id, or null) and due");
        if (!body.path(Fields.RECOMMENDATION).canConvertToInt()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_request", "'recommendation' must be the "
                    + "recommendation's number.", Map.of("field", Fields.RECOMMENDATION));
        }
        LearningService.Result result = learning.addAction(record.id(), new LearningService.ActionInput(
                body.get(Fields.RECOMMENDATION).asInt(), text(body, Fields.AGENCY, true), ApiBodies.person(body.get(
                Fields.OWNER), Fields.OWNER, people), text(body, Fields.DUE, true)), actor(caller));
        return answer(result, record, "action recorded", caller);
    }

    @PostMapping(path = "/api/cases/{reference}/actions/{number}/started", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> started(@PathVariable("reference") String reference,
                                                       @PathVariable("number") String number,
                                                       @RequestParam(name = "board", required = false) String board,
                                                       @RequestParam(name = "as", required = false) String as,
                                                       @RequestHeader(name = HttpHeaders.AUTHORIZATION,
                                                               required = false) String authorization) {
        UserRef caller = access.identify(as, authorization, "Recording learning", WHO_MAY);
        CaseRecord record = access.find(reference, board);
        return answer(learning.start(record.id(), action(record, number), actor(caller)), record, "action started",
                caller);
    }

    @PostMapping(path = "/api/cases/{reference}/actions/{number}/done", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> done(@PathVariable("reference") String reference,
                                                    @PathVariable("number") String number,
                                                    @RequestParam(name = "board", required = false) String board,
                                                    @RequestParam(name = "as", required = false) String as,
                                                    @RequestHeader(name = HttpHeaders.AUTHORIZATION,
                                                            required = false) String authorization,
                                                    @RequestBody(required = false) JsonNode body) {
        UserRef caller = access.identify(as, authorization, "Recording learning", WHO_MAY);
        CaseRecord record = access.find(reference, board);
        object(body, "evidence, link and, for a single agency review, embedded");
        LearningService.EvidenceInput evidence = new LearningService.EvidenceInput(text(body, Fields.EVIDENCE, true),
                text(body, Fields.LINK, true), text(body, Fields.EMBEDDED, false));
        LearningService.Result result = learning.markDone(record.id(), action(record, number), evidence,
                actor(caller));
        return answer(result, record, "action done", caller);
    }

    @PostMapping(path = "/api/cases/{reference}/learning/recorded", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> recorded(@PathVariable("reference") String reference,
                                                        @RequestParam(name = "board", required = false) String board,
                                                        @RequestParam(name = "as", required = false) String as,
                                                        @RequestHeader(name = HttpHeaders.AUTHORIZATION,
                                                                required = false) String authorization) {
        UserRef caller = access.identify(as, authorization, "Recording learning", WHO_MAY);
        CaseRecord record = access.find(reference, board);
        return answer(learning.share(record.id(), actor(caller)), record, "learning recorded", caller);
    }

    @PostMapping(path = "/api/cases/{reference}/learning/source", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> source(@PathVariable("reference") String reference,
                                                      @RequestParam(name = "board", required = false) String board,
                                                      @RequestParam(name = "as", required = false) String as,
                                                      @RequestHeader(name = HttpHeaders.AUTHORIZATION,
                                                              required = false) String authorization,
                                                      @RequestBody(required = false) JsonNode body) {
        UserRef caller = access.identify(as, authorization, "Recording learning", WHO_MAY);
        CaseRecord record = access.find(reference, board);
        object(body, "source (single-agency audit, multi-agency audit or review)");
        return answer(learning.source(record.id(), text(body, Fields.SOURCE, true), actor(caller)), record,
                "learning source set", caller);
    }

    @PostMapping(path = "/api/cases/{reference}/lead-reviewers", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> leadReviewer(@PathVariable("reference") String reference,
                                                            @RequestParam(name = "board", required = false)
                                                            String board,
                                                            @RequestParam(name = "as", required = false) String as,
                                                            @RequestHeader(name = HttpHeaders.AUTHORIZATION,
                                                                    required = false) String authorization,
                                                            @RequestBody(required = false) JsonNode body) {
        UserRef caller = access.identify(as, authorization, "Recording learning", WHO_MAY);
        CaseRecord record = access.find(reference, board);
        object(body, "platform (teams, slack or local) and id");
        UserRef person = ApiBodies.person(body, Fields.PERSON, people).orElseThrow(() -> new ApiException(
                HttpStatus.BAD_REQUEST, "invalid_request", "Send the lead reviewer's platform and id.",
                Map.of("field", Fields.PERSON)));
        return answer(learning.leadReviewer(record.id(), person, actor(caller)), record, "lead reviewer named",
                caller);
    }

    private ResponseEntity<Map<String, Object>> answer(LearningService.Result result, CaseRecord record, String what,
                                                       UserRef caller) {
        if (!result.applied()) {
            Map<String, Object> extra = new LinkedHashMap<>();
            result.field().ifPresent(field -> extra.put("field", field));
            throw new ApiException(result.forbidden() ? HttpStatus.FORBIDDEN : HttpStatus.UNPROCESSABLE_ENTITY,
                    result.forbidden() ? "forbidden" : "refused", result.message(), extra);
        }
        LOG.info("{} on case {} by {}:{} over HTTP", what, record.id().value(), caller.platform(), caller.id());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("message", result.message());
        json.put("learning", this.json.whole(result.learning().orElseThrow()));
        return ResponseEntity.status(HttpStatus.CREATED).body(json);
    }

    /** The action number in an address: ASCII digits ({@link PathNumbers}), otherwise no action there (404). */
    private static int action(CaseRecord record, String number) {
        return PathNumbers.read(number).orElseThrow(() -> ApiException.notFound("Case " + record.reference().value()
                + " has no action " + number + "."));
    }

    private static CaseService.Actor actor(UserRef caller) {
        return caller == CaseAccess.ADMIN_TOKEN_HOLDER ? CaseService.Actor.adminToken(caller)
                : CaseService.Actor.person(caller);
    }

    private static Map<String, Object> page(int total, int page, int size, List<Map<String, Object>> items) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("total", total);
        json.put("page", page);
        json.put("size", size);
        json.put("items", items);
        return json;
    }

    private static void object(JsonNode body, String fields) {
        if (body == null || !body.isObject()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_request", "Send a JSON object with " + fields
                    + ".");
        }
    }

    private static String text(JsonNode body, String field, boolean required) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_request", "'" + field + "' is missing.",
                        Map.of("field", field));
            }
            return "";
        }
        if (!value.isTextual()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_request", "'" + field + "' must be text.",
                    Map.of("field", field));
        }
        return value.asText();
    }

    private static List<String> texts(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(item -> texts.add(item.isTextual() ? item.asText() : null));
        }
        if (!value.isArray() || texts.contains(null)) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_request", "'" + field + "' must be a list of "
                    + "text.", Map.of("field", field));
        }
        return texts;
    }

    private static List<Integer> numbers(JsonNode body, String field) {
        JsonNode value = body.get(field);
        List<Integer> numbers = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(item -> numbers.add(item.canConvertToInt() ? item.asInt() : null));
        }
        if (value == null || !value.isArray() || numbers.contains(null)) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_request", "'" + field + "' must be a list of "
                    + "numbers.", Map.of("field", field));
        }
        return numbers;
    }
}
