package uk.lscb.casereview.bot.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
import uk.lscb.casereview.core.cases.AuditEvent;
import uk.lscb.casereview.core.cases.CaseAction;
import uk.lscb.casereview.core.cases.CaseDeadline;
import uk.lscb.casereview.core.cases.CaseLifecycle;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.CaseService;
import uk.lscb.casereview.core.cases.CaseStep;
import uk.lscb.casereview.core.cases.ChairDecision;
import uk.lscb.casereview.core.cases.NationalPanelDraft;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.deadlines.London;
import uk.lscb.casereview.core.deadlines.ReminderPolicy;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.reminders.ReminderJob;
import uk.lscb.casereview.core.reminders.ReminderJobs;
import uk.lscb.casereview.core.requests.AgencyRequestReminders;
import uk.lscb.casereview.core.requests.AgencyRequestService;

/**
 * The case API for case-management systems: {@code GET /api/cases/{reference}} (stage, deadlines with due, done and
 * overdue, the steps that can be taken next, the national panel's notification, publication, agencies' requests,
 * the review's learning, audit trail) and
 * {@code POST /api/cases/{reference}/steps} (one step, with the same checks and messages as the chat). Outside local
 * mode with the administrator token; in local mode {@code ?as=<identity>}: a Chair, administrator or business manager
 * of the case's board.
 */
@RestController
public class CaseApiController {
    private static final Logger LOG = LoggerFactory.getLogger(CaseApiController.class);
    private static final String WHO_MAY = "a board's Chair, administrator or business manager";

    private final CaseAccess access;
    private final CaseService service;
    private final People people;
    private final Boards boards;
    private final Clock clock;
    private final AgencyRequestService requests;
    private final ReminderJobs reminderJobs;
    private final LearningJson learning;

    public CaseApiController(CaseAccess access, CaseService service, People people, Boards boards, Clock clock,
                             AgencyRequestService requests, ReminderJobs reminderJobs, LearningJson learning) {
        this.access = access;
        this.service = service;
        this.people = people;
        this.boards = boards;
        this.clock = clock;
        this.requests = requests;
        this.reminderJobs = reminderJobs;
        this.learning = learning;
    }

    @GetMapping(path = "/api/cases/{reference}", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> read(@PathVariable("reference") String reference,
                                    @RequestParam(name = "board", required = false) String board,
                                    @RequestParam(name = "as", required = false) String as,
                                    @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        UserRef caller = access.identify(as, authorization, "Reading cases", WHO_MAY);
        CaseRecord record = access.find(reference, board);
        mayRunReviews(caller, record);
        return json(record);
    }

    /** {@code {"step": "<id>", "values": {"<field>": "<value>", ...}}}. */
    @PostMapping(path = "/api/cases/{reference}/steps", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> step(@PathVariable("reference") String reference,
                                    @RequestParam(name = "board", required = false) String board,
                                    @RequestParam(name = "as", required = false) String as,
                                    @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                    @RequestBody(required = false) JsonNode body) {
        UserRef caller = access.identify(as, authorization, "Recording steps", WHO_MAY);
        CaseRecord record = access.find(reference, board);
        mayRunReviews(caller, record);
        CaseStep step = step(body);
        Map<String, String> values = values(body, step);
        CaseService.Actor actor = caller == CaseAccess.ADMIN_TOKEN_HOLDER ? CaseService.Actor.adminToken(caller)
                : CaseService.Actor.person(caller);
        CaseService.ActionResult result = service.act(record.id(), new CaseAction.Step(caller, step, values), actor);
        if (!result.applied()) {
            if (result.record().isEmpty()) {
                throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "not_saved", result.message());
            }
            if (result.input().isPresent()) {
                throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_value", result.message(),
                        Map.of("field", result.input().get(), "step", step.id()));
            }
            throw new ApiException(HttpStatus.CONFLICT, "step_refused", result.message(), Map.of("step", step.id()));
        }
        LOG.info("step {} recorded on case {} by {}:{} over HTTP", step.id(), record.id(), caller.platform(),
                caller.id());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("applied", true);
        json.put("message", result.message());
        json.put("case", json(result.record().orElseThrow()));
        return json;
    }

    private void mayRunReviews(UserRef caller, CaseRecord record) {
        if (caller != CaseAccess.ADMIN_TOKEN_HOLDER && !people.roles().runsReviews(record.board(), caller)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "forbidden", "Only the Chair, an administrator or the "
                    + "business manager of " + boardName(record) + " can read or record this case's steps.");
        }
    }

    private static CaseStep step(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ApiException.badRequest("invalid_request", "Send a JSON object: {\"step\": \"<step>\", \"values\": "
                    + "{...}}, the step one of: " + String.join(", ", CaseStep.ids()) + ".");
        }
        JsonNode step = body.get("step");
        if (step == null || !step.isTextual()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_request", "Say which step with \"step\": one of "
                    + String.join(", ", CaseStep.ids()) + ".", Map.of("steps", CaseStep.ids()));
        }
        return CaseStep.byId(step.asText()).orElseThrow(() -> new ApiException(HttpStatus.BAD_REQUEST, "unknown_step",
                "\"" + shorten(step.asText()) + "\" is not a step. The steps are: " + String.join(", ", CaseStep.ids())
                        + ".", Map.of("steps", CaseStep.ids())));
    }

    /** The values by field id, as text; a field the step does not have, or a value that is not text, true or false, is named. */
    private static Map<String, String> values(JsonNode body, CaseStep step) {
        JsonNode given = body.get("values");
        Map<String, String> values = new LinkedHashMap<>();
        if (given == null || given.isNull()) {
            return values;
        }
        if (!given.isObject()) {
            throw ApiException.badRequest("invalid_request", "\"values\" is an object of the step's fields.");
        }
        List<String> fields = step.fields().stream().map(field -> field.id()).toList();
        Iterator<Map.Entry<String, JsonNode>> entries = given.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            if (!fields.contains(entry.getKey())) {
                throw new ApiException(HttpStatus.BAD_REQUEST, "unknown_field", "\"" + shorten(entry.getKey())
                        + "\" is not a field of " + step.id() + ": its fields are " + String.join(", ", fields) + ".",
                        Map.of("field", shorten(entry.getKey()), "fields", fields));
            }
            JsonNode value = entry.getValue();
            if (!value.isTextual() && !value.isBoolean()) {
                throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_value", "\"" + entry.getKey() + "\" must be "
                        + "text (dates as yyyy-MM-dd) or, for a tick box, true or false.",
                        Map.of("field", entry.getKey(), "step", step.id()));
            }
            values.put(entry.getKey(), value.asText());
        }
        return values;
    }

    private Map<String, Object> json(CaseRecord record) {
        Instant now = clock.instant();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", record.id().value());
        json.put("reference", record.reference().value());
        json.put("board", record.board().value());
        json.put("boardName", boardName(record));
        json.put("status", record.status().name());
        json.put("stage", record.status().label());
        json.put("notifiedOn", record.notifiedOn().toString());
        json.put("recommendation", record.recommendation().outcome().name());
        json.put("decision", record.decision().map(CaseApiController::decision).orElse(null));
        json.put("deadlines", record.deadlines().stream().map(deadline -> deadline(deadline, now)).toList());
        json.put("nextSteps", CaseLifecycle.available(record).stream().map(step -> Map.of("step", step.id(),
                "label", step.label(), "fields", step.fields().stream().map(field -> field.id()).toList())).toList());
        json.put("nationalPanelNotification", nationalPanel(record));
        json.put("publication", publication(record));
        json.put("requests", requests(record, now));
        json.put("learning", learning.of(record));
        json.put("audit", record.audit().stream().map(CaseApiController::audit).toList());
        return json;
    }

    /**
     * Agencies' information requests (s14B) as {@code GET /api/cases/{reference}/requests} shows them, with whether
     * each is overdue and the reminders sent about it; the contact only as stored (platform and id, never a name).
     */
    private List<Map<String, Object>> requests(CaseRecord record, Instant now) {
        List<ReminderJob> jobs = reminderJobs.ofCase(record.id());
        LocalDate today = London.dateOf(now);
        return requests.ofCase(record.id()).stream().map(request -> {
            Map<String, Object> json = AgencyRequestController.json(request);
            long late = ChronoUnit.DAYS.between(request.due(), today);
            boolean overdue = !request.isProvided() && late > 0;
            json.put("overdue", overdue);
            if (overdue) {
                json.put("overdueDays", late);
            }
            json.put("remindersSent", AgencyRequestReminders.sentFor(request, jobs).stream()
                    .<Map<String, Object>>map(job -> Map.of("stage", job.stage().name().toLowerCase(Locale.ROOT),
                            "on", London.dateOf(job.at()).toString(), "sentAt", job.sentAt().orElseThrow().toString()))
                    .toList());
            return json;
        }).toList();
    }

    private static Map<String, Object> decision(ChairDecision decision) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("outcome", decision.outcome().name());
        json.put("label", decision.outcome().label());
        json.put("by", person(decision.chair()));
        json.put("at", decision.at().toString());
        json.put("on", London.dateOf(decision.at()).toString());
        decision.reason().ifPresent(reason -> json.put("reason", reason));
        decision.justification().ifPresent(justification -> json.put("justification", justification));
        json.put("leadReviewers", decision.leadReviewers());
        return json;
    }

    /** {@code state}: done, overdue or due (the publication minimum is never overdue: it is a date to wait for). */
    private static Map<String, Object> deadline(CaseDeadline deadline, Instant now) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", deadline.kind().name());
        json.put("label", deadline.kind().label());
        json.put("due", deadline.due().toString());
        boolean overdue = !deadline.isDone()
                && ReminderPolicy.englandAndWales().isOverdue(deadline.kind(), deadline.due(), now);
        json.put("state", deadline.isDone() ? "done" : overdue ? "overdue" : "due");
        deadline.done().ifPresent(mark -> json.put("done", Map.of("by", person(mark.who()), "at", mark.at().toString())));
        if (overdue) {
            json.put("overdueDays", ChronoUnit.DAYS.between(deadline.due(), London.dateOf(now)));
        }
        deadline.delayReason().ifPresent(reason -> json.put("delayReason", reason));
        return json;
    }

    private Map<String, Object> nationalPanel(CaseRecord record) {
        Optional<CaseDeadline> deadline = record.deadline(DeadlineKind.NATIONAL_PANEL_NOTIFICATION);
        if (deadline.isEmpty()) {
            return null;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("due", deadline.get().due().toString());
        json.put("sent", deadline.get().isDone());
        CaseStep.NATIONAL_PANEL_NOTIFIED.lastEntry(record)
                .ifPresent(entry -> json.put("sentOn", entry.values().get(CaseStep.Fields.SENT_ON)));
        NationalPanelDraft.text(record, boardName(record)).ifPresent(text -> json.put("draft", text));
        return json;
    }

    /** What is recorded of an SCR report's publication; null for a case whose report is not published. */
    private static Map<String, Object> publication(CaseRecord record) {
        if (!CaseStep.PUBLISHED.belongsTo(record)) {
            return null;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        CaseStep.PUBLICATION_PLANNED.lastEntry(record).ifPresent(entry ->
                json.put("plannedFor", entry.values().get(CaseStep.Fields.PLANNED_FOR)));
        record.deadline(DeadlineKind.NATIONAL_PANEL_REPORT_COPY).ifPresent(copy -> json.put("copyToNationalPanel",
                Map.of("due", copy.due().toString(), "sent", copy.isDone())));
        CaseStep.PUBLISHED.lastEntry(record).ifPresent(entry -> {
            json.put("publishedOn", entry.values().get(CaseStep.Fields.PUBLISHED_ON));
            json.put("address", entry.values().get(CaseStep.Fields.ADDRESS));
        });
        record.deadline(DeadlineKind.PUBLICATION_MINIMUM).ifPresent(minimum ->
                json.put("staysPublishedUntil", minimum.due().toString()));
        CaseStep.BOARD_RESPONSE.lastEntry(record).ifPresent(entry -> json.put("boardResponse", entry.values()));
        CaseStep.NOT_PUBLISHING.lastEntry(record).ifPresent(entry ->
                json.put("notPublished", entry.values().get(CaseStep.Fields.REASON)));
        return json;
    }

    private static Map<String, Object> audit(AuditEvent event) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("at", event.at().toString());
        json.put("by", person(event.who()));
        json.put("action", event.action());
        json.put("detail", event.detail());
        json.put("rulePack", Map.of("id", event.rulePack().id(), "version", event.rulePack().version()));
        if (!event.values().isEmpty()) {
            json.put("values", event.values());
        }
        return json;
    }

    private static Map<String, Object> person(UserRef who) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("platform", who.platform().id());
        json.put("id", who.id());
        json.put("name", who.displayName());
        return json;
    }

    private String boardName(CaseRecord record) {
        return boards.get(record.board()).map(Board::name).orElse(record.board().value());
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
