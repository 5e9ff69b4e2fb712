package uk.lscb.casereview.bot.web;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.lscb.casereview.bot.access.People.LocalIdentity;
import uk.lscb.casereview.bot.access.People;
import uk.lscb.casereview.core.actions.Command;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.conversation.Conversations;
import uk.lscb.casereview.core.conversation.Inbound;
import uk.lscb.casereview.core.conversation.PackConversations;
import uk.lscb.casereview.core.conversation.ScopingService;
import uk.lscb.casereview.core.messages.Choice;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.rules.RulePacks;
import uk.lscb.casereview.core.transcripts.TranscriptEntry;
import uk.lscb.casereview.core.transcripts.Transcripts;

/**
 * The local chat's JSON API (local mode only; absent, so 404, otherwise). The caller says who
 * they are with {@code as}: the practitioner, or a board's Chair or administrator from configuration.
 * Each identity has one conversation, keyed {@code local:<identity>}.
 */
@RestController
@ConditionalOnProperty(name = "casereview.local-mode", havingValue = "true")
public class LocalChatController {
    private final ScopingService scoping;
    private final PackConversations conversation;
    private final RulePacks packs;
    private final Transcripts transcripts;
    private final Conversations conversations;
    private final People people;
    private final Boards boards;

    public LocalChatController(ScopingService scoping, PackConversations conversation, RulePacks packs,
                               Transcripts transcripts, Conversations conversations, People people, Boards boards) {
        this.scoping = scoping;
        this.conversation = conversation;
        this.packs = packs;
        this.transcripts = transcripts;
        this.conversations = conversations;
        this.people = people;
        this.boards = boards;
    }

    /** One message: {@code {"as": id, "text": "..."}} or {@code {"as": id, "button": payload}}. */
    public record TurnRequest(String as, String text, String button) {
    }

    @PostMapping(path = "/local/api/turn", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> turn(@RequestBody TurnRequest request) {
        LocalIdentity who = identity(request.as());
        if ((request.text() == null) == (request.button() == null)) {
            throw ApiException.badRequest("invalid_request", "Send either 'text' (what was typed) or 'button' "
                    + "(the payload of the button pressed), not both.");
        }
        String sent = request.button() != null ? request.button() : request.text();
        if (sent.length() > ScopingService.MAX_TYPED_TEXT) {
            throw ApiException.badRequest("text_too_long", String.format(Locale.UK, "That message is %,d "
                    + "characters long; I read messages of up to %,d characters. Nothing has been recorded.",
                    sent.length(), ScopingService.MAX_TYPED_TEXT));
        }
        Inbound input = request.button() != null ? new Inbound.ButtonPressed(request.button())
                : new Inbound.TextMessage(request.text());
        ScopingService.TurnResult result = scoping.handle(new ScopingService.Incoming(
                new ConversationKey(Platform.LOCAL, who.id()), who.user(), Optional.empty(), input, Optional.empty()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("replies", result.replies().stream().map(reply -> Json.reply(reply, packs)).toList());
        body.put("stored", result.stored());
        result.createdCase().ifPresent(created -> body.put("createdCase", Map.of("id", created.id().value(),
                "reference", created.reference().value(), "board", created.board().value())));
        return body;
    }

    @GetMapping(path = "/local/api/identities", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<Map<String, Object>> identities() {
        List<Map<String, Object>> identities = new ArrayList<>();
        for (LocalIdentity identity : people.localIdentities()) {
            List<Map<String, String>> roles = new ArrayList<>();
            boards.all().forEach(board -> identity.roles().getOrDefault(board.id(), List.of())
                    .forEach(role -> roles.add(Map.of("board", board.id().value(), "boardName", board.name(),
                            "role", role.name().toLowerCase(java.util.Locale.ROOT)))));
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", identity.id());
            json.put("name", identity.name());
            json.put("roles", roles);
            identities.add(json);
        }
        return identities;
    }

    /**
     * This identity's own conversation: every turn ({@code entries}; a button press carries the {@code label}
     * of the button pressed), and {@code current}, the replies that show where the conversation is now with
     * their live buttons (the question being asked, the recommendation under review), for a page shown again.
     */
    @GetMapping(path = "/local/api/transcript", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> transcript(@RequestParam("as") String as) {
        LocalIdentity who = identity(as);
        ConversationKey key = new ConversationKey(Platform.LOCAL, who.id());
        List<Map<String, Object>> entries = new ArrayList<>();
        for (TranscriptEntry entry : transcripts.ofConversation(key)) {
            Map<String, Object> json = Json.MAPPER.convertValue(Transcript.json(List.of(entry)).get(0),
                    new TypeReference<LinkedHashMap<String, Object>>() { });
            entry.payload().filter(payload -> entry.kind().equals("button")).flatMap(conversation::pressedLabel)
                    .ifPresent(label -> json.put("label", label));
            entries.add(json);
        }
        List<Json.ReplyJson> current = conversations.find(key)
                .map(stored -> conversation.resume(stored.state()).stream()
                        .map(reply -> Json.reply(reply, packs)).toList())
                .orElse(List.of());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("conversation", key.asString());
        body.put("entries", entries);
        body.put("current", current);
        // The button that starts a referral, for a conversation with nothing in it yet.
        body.put("start", Json.ChoiceJson.of(Choice.of(Command.START)));
        return body;
    }

    private LocalIdentity identity(String as) {
        if (as == null || as.isBlank()) {
            throw ApiException.badRequest("unknown_identity", "Say who you are with 'as': " + identityIds() + ".");
        }
        return people.localIdentities().stream().filter(identity -> identity.id().equals(as)).findFirst()
                .orElseThrow(() -> ApiException.badRequest("unknown_identity", "'" + shorten(as)
                        + "' is not one of the local identities: " + identityIds() + "."));
    }

    private String identityIds() {
        return String.join(", ", people.localIdentities().stream().map(LocalIdentity::id).toList());
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
