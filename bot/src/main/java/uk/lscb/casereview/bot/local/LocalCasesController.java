package uk.lscb.casereview.bot.local;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.lscb.casereview.bot.access.People;
import uk.lscb.casereview.bot.web.ApiException;
import uk.lscb.casereview.core.actions.ActionCodec;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.boards.Board;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.cases.CaseCommands;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.CaseService;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.messages.Reply;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.reminders.ReminderNotifications;

/**
 * The local page's view of the case after the recommendation (local mode only; absent, so 404,
 * otherwise): an identity's inbox, a board's panel channel, and the buttons on both. Every action goes
 * through {@link CaseService#cardAction}, which checks on the server who may take it, exactly as for
 * Teams and Slack; the page decides nothing.
 */
@RestController
@ConditionalOnProperty(name = "casereview.local-mode", havingValue = "true")
public class LocalCasesController {
    private static final int MAX_INPUT = 4000;

    private final LocalPlatform platform;
    private final CaseService cases;
    private final CaseCommands commands;
    private final People people;
    private final Boards boards;

    public LocalCasesController(LocalPlatform platform, CaseService cases, CaseCommands commands, People people,
                                Boards boards) {
        this.platform = platform;
        this.cases = cases;
        this.commands = commands;
        this.people = people;
        this.boards = boards;
    }

    /** An identity's inbox: decision cards (for a Chair) and direct messages, newest first. */
    @GetMapping(path = "/local/api/inbox", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> inbox(@RequestParam("as") String as) {
        People.LocalIdentity who = identity(as);
        LocalPlatform.Inbox inbox = platform.inbox(who.id());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("as", who.id());
        json.put("name", who.name());
        json.put("cards", inbox.cards().stream().map(card -> {
            Map<String, Object> rendered = LocalJson.card(card.card());
            rendered.put("postedAt", card.postedAt().toString());
            rendered.put("updatedAt", card.updatedAt().toString());
            return rendered;
        }).toList());
        Map<String, Optional<CaseRecord>> read = new HashMap<>();
        json.put("messages", inbox.messages().stream().map(post -> LocalJson.post(shown(post, read), done(post, read)))
                .toList());
        return json;
    }

    /**
     * A board's panel channel (the first board's without {@code board}), newest last, with the list of
     * boards; a reminder whose deadline is done says by whom instead of showing its button, and one whose reason for
     * the delay is recorded, the reason.
     */
    @GetMapping(path = "/local/api/panel", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> panel(@RequestParam(name = "board", required = false) String board) {
        Board found = board == null ? boards.all().get(0) : board(board);
        Map<String, Optional<CaseRecord>> read = new HashMap<>();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("board", found.id().value());
        json.put("boardName", found.name());
        json.put("posts", platform.panel(found.id()).stream()
                .map(post -> LocalJson.post(shown(post, read), done(post, read))).toList());
        json.put("boards", boards.all().stream().map(b -> Map.of("id", b.id().value(), "name", b.name())).toList());
        return json;
    }

    /** A button pressed on a card in an inbox, or on a post in a board's panel channel. */
    public record CaseActionRequest(String as, String payload, Map<String, Object> inputs, String from, String board) {
    }

    @PostMapping(path = "/local/api/case-action", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> caseAction(@RequestBody CaseActionRequest request) {
        People.LocalIdentity who = identity(request.as());
        if (request.payload() == null || request.payload().isBlank()) {
            throw badRequest("invalid_request", "Send the 'payload' of the button pressed.");
        }
        ButtonAction.CaseChange pressed = ActionCodec.decode(request.payload())
                .filter(ButtonAction.CaseChange.class::isInstance).map(ButtonAction.CaseChange.class::cast)
                .orElseThrow(() -> badRequest("unrecognised_action", ActionCodec.UNRECOGNISED));
        String from = request.from() == null ? "inbox" : request.from().toLowerCase(Locale.ROOT);
        Optional<BoardId> panelOf = switch (from) {
            case "inbox" -> Optional.empty();
            case "panel" -> Optional.of(panelBoard(request, pressed));
            default -> throw badRequest("invalid_request", "'from' is inbox or panel.");
        };
        CaseService.ActionResult result = cases.cardAction(pressed, inputs(request.inputs()),
                new CaseService.Actor(who.user(), panelOf));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("applied", result.applied());
        json.put("message", result.message());
        json.put("input", result.input().orElse(null));
        json.put("card", result.record().map(record -> LocalJson.card(cases.card(record))).orElse(null));
        // Refused as pressed on a card made before what the decision rests on: the page shows {@code card} in its place.
        json.put("outOfDate", result.outOfDate());
        // A reminder's button pressed on a copy whose deadline is done (elsewhere): what the copy now shows.
        json.put("done", result.record().flatMap(record -> doneLine(pressed, record)).orElse(null));
        return json;
    }

    /** The open cases this identity can see, as the {@code cases} chat command lists them. */
    @GetMapping(path = "/local/api/cases", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> cases(@RequestParam("as") String as) {
        People.LocalIdentity who = identity(as);
        List<Reply> replies = commands.answer("cases", who.user()).orElse(List.of());
        Map<String, Object> json = new LinkedHashMap<>();
        if (!replies.isEmpty() && replies.get(0) instanceof Reply.Summary summary) {
            json.put("title", summary.title());
            json.put("cases", LocalJson.facts(summary.facts()));
        } else {
            json.put("title", "There are no open cases you can see.");
            json.put("cases", List.of());
        }
        return json;
    }

    /**
     * The board whose panel channel the button was pressed in: {@code board} if given, else the case's.
     * The channel must actually show that button, as it would on Teams or Slack.
     */
    private BoardId panelBoard(CaseActionRequest request, ButtonAction.CaseChange pressed) {
        BoardId board = request.board() != null ? board(request.board()).id() : cases.find(new CaseId(pressed.caseId()))
                .map(CaseRecord::board).orElseThrow(() -> badRequest("invalid_request", "Say which board's panel channel with 'board'."));
        if (!platform.panelOffers(board, request.payload())) {
            throw badRequest("not_in_panel", "That button is not in the "
                    + boards.get(board).map(Board::name).orElse(board.value()) + " panel channel.");
        }
        return board;
    }

    /**
     * "Marked done by … on … at …." ({@link uk.lscb.casereview.core.cases.DoneMark#line}) when a post's buttons
     * are for a deadline now done (Mark done, or Record the reason for the delay), whichever copy it is: the
     * panel channel's or a Chair's.
     */
    private Optional<String> done(LocalPlatform.Post post, Map<String, Optional<CaseRecord>> read) {
        for (var choice : post.notification().actions()) {
            Optional<ButtonAction> action = ActionCodec.decode(choice.payload());
            if (deadlineOf(action.orElse(null)).isEmpty()) {
                continue;
            }
            Optional<String> line = read.computeIfAbsent(((ButtonAction.OnCase) action.get()).caseId(),
                            id -> cases.find(new CaseId(id)))
                    .flatMap(record -> doneLine(action.get(), record));
            if (line.isPresent()) {
                return line;
            }
        }
        return Optional.empty();
    }

    /** For a reminder's button (Mark done or Record the reason for the delay) whose deadline is done: who did it. */
    private static Optional<String> doneLine(ButtonAction action, CaseRecord record) {
        return deadlineOf(action).flatMap(record::deadline).flatMap(deadline -> deadline.done()
                .map(mark -> mark.line(deadline.kind())));
    }

    /**
     * A post as it now shows: an overdue reminder whose reason for the delay is recorded becomes what it is on Teams
     * and Slack once recorded from it ({@link ReminderNotifications#delayRecorded}), whichever copy it is.
     */
    private LocalPlatform.Post shown(LocalPlatform.Post post, Map<String, Optional<CaseRecord>> read) {
        return post.notification().actions().stream()
                .flatMap(choice -> ActionCodec.decode(choice.payload()).stream())
                .filter(ButtonAction.RecordDelay.class::isInstance).map(ButtonAction.RecordDelay.class::cast)
                .findFirst()
                .flatMap(delay -> read.computeIfAbsent(delay.caseId(), id -> cases.find(new CaseId(id)))
                        .flatMap(record -> ReminderNotifications.delayRecorded(record, delay.deadline())))
                .map(recorded -> new LocalPlatform.Post(post.id(), post.at(), recorded))
                .orElse(post);
    }

    /** The deadline of a reminder's button (Mark done, or Record the reason for the delay). */
    private static Optional<DeadlineKind> deadlineOf(ButtonAction action) {
        if (action instanceof ButtonAction.MarkDone done) {
            return Optional.of(done.deadline());
        }
        return action instanceof ButtonAction.RecordDelay delay ? Optional.of(delay.deadline()) : Optional.empty();
    }

    /** Card inputs as text: a checkbox is true or false, anything longer than a card allows is refused. */
    private static Map<String, String> inputs(Map<String, Object> given) {
        Map<String, String> inputs = new LinkedHashMap<>();
        if (given == null) {
            return inputs;
        }
        given.forEach((id, value) -> {
            if (value == null) {
                return;
            }
            if (!(value instanceof String || value instanceof Boolean || value instanceof Number)) {
                throw badRequest("invalid_request", "The input '" + shorten(id) + "' must be text or true/false.");
            }
            String text = value.toString();
            if (text.length() > MAX_INPUT) {
                throw badRequest("invalid_request", "The input '" + shorten(id) + "' is longer than "
                        + MAX_INPUT + " characters.");
            }
            if (!text.isBlank()) {
                inputs.put(id, text);
            }
        });
        return inputs;
    }

    private People.LocalIdentity identity(String as) {
        String ids = String.join(", ", people.localIdentities().stream().map(People.LocalIdentity::id).toList());
        if (as == null || as.isBlank()) {
            throw badRequest("unknown_identity", "Say who you are with 'as': " + ids + ".");
        }
        return people.localIdentities().stream().filter(identity -> identity.id().equals(as)).findFirst()
                .orElseThrow(() -> badRequest("unknown_identity", "'" + shorten(as)
                        + "' is not one of the local identities: " + ids + "."));
    }

    private Board board(String id) {
        return boards.all().stream().filter(board -> board.id().value().equals(id)).findFirst()
                .orElseThrow(() -> badRequest("unknown_board", "'" + shorten(id == null ? "" : id)
                        + "' is not a board: " + String.join(", ", boards.all().stream()
                        .map(b -> b.id().value()).toList()) + "."));
    }

    private static ApiException badRequest(String error, String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, error, message);
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
