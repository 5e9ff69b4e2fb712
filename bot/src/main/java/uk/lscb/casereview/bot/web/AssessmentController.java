package uk.lscb.casereview.bot.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.lscb.casereview.core.deadlines.London;
import uk.lscb.casereview.core.messages.UkDates;
import uk.lscb.casereview.core.rules.Assessment;
import uk.lscb.casereview.core.rules.PackDeadlines;
import uk.lscb.casereview.core.rules.QuestionId;
import uk.lscb.casereview.core.rules.RulePack;
import uk.lscb.casereview.core.rules.RulePacks;

/**
 * {@code POST /api/assessments}: the rule pack's decision without a chat, for case-management
 * systems (open, like the product says). Values are read like typed answers; JSON booleans are
 * read as yes (true) and no (false). 200 with the recommendation, 400 naming each unknown id or
 * unreadable value, 422 {@code inconsistent_answers} naming two answers that contradict each other, 422
 * {@code missing_answers} listing the questions that still need an answer. A pack that declares deadlines (as
 * {@code wt2023} does, from {@code aware_on}: the day the local authority became aware) lists those that follow
 * when its day-0 answer is given (ISO or UK date, not in the future), each with its ISO due date.
 */
@RestController
public class AssessmentController {
    private static final Set<String> FIELDS = Set.of("rulePack", "answers");

    private final RulePacks packs;
    private final Clock clock;

    public AssessmentController(RulePacks packs, Clock clock) {
        this.packs = packs;
        this.clock = clock;
    }

    @PostMapping(path = "/api/assessments", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<?> assess(@RequestBody JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ApiException.badRequest("invalid_request", "The body must be a JSON object: "
                    + "{\"rulePack\": \"wt2015\", \"answers\": {\"abuse_or_neglect\": \"yes\", ...}}.");
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw ApiException.badRequest("invalid_request", "Unknown field '" + shorten(name)
                        + "': the body has only rulePack (optional) and answers.");
            }
        }
        RulePack pack = pack(body.get("rulePack"));
        JsonNode answers = body.get("answers");
        if (answers == null || !answers.isObject()) {
            throw ApiException.badRequest("invalid_request", "'answers' is required and must be a JSON object "
                    + "of question id to answer, e.g. {\"abuse_or_neglect\": \"yes\"}.");
        }
        Map<String, String> typed = new LinkedHashMap<>();
        List<Assessment.Problem> problems = new ArrayList<>();
        List<String> order = new ArrayList<>();
        answers.fields().forEachRemaining(entry -> {
            String id = entry.getKey();
            JsonNode value = entry.getValue();
            order.add(id);
            if (value.isTextual()) {
                typed.put(id, value.asText());
            } else if (value.isBoolean()) {
                typed.put(id, value.asBoolean() ? "yes" : "no");
            } else if (pack.find(id).isEmpty()) {
                typed.put(id, ""); // the assessment names the unknown id
            } else if (!pack.find(id).get().decisive()) {
                return; // case details (board, reference, date) are ignored here, whatever their value
            } else {
                problems.add(new Assessment.Problem(id, "the answer to '" + id + "' must be yes, no or not sure "
                        + "(a string, or true/false); got " + (value.isNull() ? "null" : "a " + kind(value))));
            }
        });
        Optional<LocalDate> dayZero = Optional.empty();
        Optional<PackDeadlines> declared = pack.deadlines();
        if (declared.isPresent() && answers.has(declared.get().dayZero().value())) {
            dayZero = dayZero(declared.get().dayZero().value(), answers.get(declared.get().dayZero().value()),
                    problems);
        }
        Assessment result = Assessment.assess(pack, typed);
        if (result instanceof Assessment.Invalid invalid) {
            problems.addAll(invalid.problems());
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(problem -> order.indexOf(problem.id())));
            Map<String, Object> body400 = new LinkedHashMap<>();
            body400.put("error", "invalid_answers");
            body400.put("message", "Some answers could not be used: see problems.");
            body400.put("problems", problems.stream().map(p -> Map.of("id", p.id(), "message", p.message())).toList());
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(body400);
        }
        if (result instanceof Assessment.Inconsistent inconsistent) {
            Map<String, Object> body422 = new LinkedHashMap<>();
            body422.put("error", "inconsistent_answers");
            body422.put("message", inconsistent.message());
            body422.put("inconsistent", inconsistent.ids().stream().map(QuestionId::value).toList());
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY).contentType(MediaType.APPLICATION_JSON)
                    .body(body422);
        }
        if (result instanceof Assessment.Incomplete incomplete) {
            Map<String, Object> body422 = new LinkedHashMap<>();
            body422.put("error", "missing_answers");
            body422.put("message", "These questions need an answer before there is a recommendation.");
            body422.put("missing", incomplete.missing().stream().map(QuestionId::value).toList());
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY).contentType(MediaType.APPLICATION_JSON)
                    .body(body422);
        }
        Json.Assessed assessed = Json.assessed(((Assessment.Recommended) result).recommendation());
        if (dayZero.isPresent()) {
            LocalDate day0 = dayZero.get();
            assessed = assessed.withDeadlines(declared.orElseThrow().following(((Assessment.Recommended) result)
                    .recommendation()).stream()
                    .map(deadline -> Json.deadline(deadline.id(), deadline.label(), deadline.workingDays(),
                            deadline.due(day0), deadline.citation())).toList());
        }
        return ResponseEntity.ok(assessed);
    }

    /** The day the deadlines count from, read like a typed date; a problem (400) when it cannot be, or is in the future. */
    private Optional<LocalDate> dayZero(String id, JsonNode value, List<Assessment.Problem> problems) {
        LocalDate today = London.dateOf(clock.instant());
        Optional<LocalDate> date = value.isTextual() ? UkDates.parse(value.asText(), today) : Optional.empty();
        if (date.isEmpty()) {
            problems.add(new Assessment.Problem(id, "the answer to '" + id + "' must be a date such as 2026-11-20 "
                    + "or 20/11/2026" + (value.isTextual() ? UkDates.impossible(value.asText()).map(why -> ": " + why)
                    .orElse("") : "")));
            return Optional.empty();
        }
        if (date.get().isAfter(today)) {
            problems.add(new Assessment.Problem(id, "the answer to '" + id + "' cannot be in the future: "
                    + date.get()));
            return Optional.empty();
        }
        return date;
    }

    private RulePack pack(JsonNode requested) {
        if (requested == null || requested.isNull()) {
            return packs.current();
        }
        if (!requested.isTextual()) {
            throw ApiException.badRequest("unknown_rule_pack", "'rulePack' must be a string such as \""
                    + packs.current().id() + "\".");
        }
        return packs.find(requested.asText()).orElseThrow(() -> ApiException.badRequest("unknown_rule_pack",
                "There is no rule pack '" + shorten(requested.asText()) + "'. This deployment has "
                        + String.join(", ", packs.ids().stream().map(id -> "'" + id + "'").toList()) + "."));
    }

    private static String kind(JsonNode value) {
        if (value.isNumber()) {
            return "number";
        }
        if (value.isArray()) {
            return "list";
        }
        return value.isObject() ? "object" : "value of another type";
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
