package uk.lscb.casereview.bot.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.lscb.casereview.bot.access.People;
import uk.lscb.casereview.core.boards.Board;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.transcripts.Transcripts;

/**
 * A case's transcript, for its board's Chair or an administrator: outside local mode with
 * {@code Authorization: Bearer <CASEREVIEW_ADMIN_TOKEN>}, in local mode with {@code ?as=<identity>}.
 * JSON by default, plain text with {@code Accept: text/plain} or {@code ?format=text}. Each read is
 * logged and added to the case's audit trail.
 */
@RestController
public class TranscriptController {
    private static final Logger LOG = LoggerFactory.getLogger(TranscriptController.class);

    private final Transcripts transcripts;
    private final People people;
    private final Boards boards;
    private final CaseAccess access;

    public TranscriptController(Transcripts transcripts, People people, Boards boards, CaseAccess access) {
        this.transcripts = transcripts;
        this.people = people;
        this.boards = boards;
        this.access = access;
    }

    @GetMapping("/api/cases/{reference}/transcript")
    public ResponseEntity<?> transcript(@PathVariable("reference") String reference,
                                        @RequestParam(name = "board", required = false) String board,
                                        @RequestParam(name = "as", required = false) String as,
                                        @RequestParam(name = "format", required = false) String format,
                                        @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                        @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        UserRef reader = access.authorise(as, authorization, "Reading transcripts",
                "a board's Chair or an administrator");
        CaseRecord record = access.find(reference, board);
        if (!mayRead(reader, record.board())) {
            LOG.warn("transcript of case {} refused to {}:{} (not a Chair or administrator of {})",
                    record.id(), reader.platform(), reader.id(), record.board());
            throw new ApiException(HttpStatus.FORBIDDEN, "forbidden", "Only the Chair of "
                    + boardName(record.board()) + " or an administrator can read this case's transcript.");
        }
        List<uk.lscb.casereview.core.transcripts.TranscriptEntry> entries = transcripts.ofCase(record.id().value());
        access.recordRead(record, reader, "transcript-read", "Transcript read over HTTP");
        LOG.info("transcript of case {} read by {}:{}", record.id(), reader.platform(), reader.id());
        if (wantsText(format, accept)) {
            String heading = "Transcript of case " + record.reference().value() + " (" + boardName(record.board())
                    + "), status: " + record.status().label() + ", recommendation: "
                    + record.recommendation().outcome().label() + " [" + record.recommendation().rulePack() + "]";
            return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8))
                    .body(Transcript.text(heading, entries));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("id", record.id().value());
        about.put("reference", record.reference().value());
        about.put("board", record.board().value());
        about.put("boardName", boardName(record.board()));
        about.put("status", record.status().name());
        about.put("notifiedOn", record.notifiedOn().toString());
        about.put("recommendation", record.recommendation().outcome().name());
        about.put("rulePack", Map.of("id", record.recommendation().rulePack().id(),
                "version", record.recommendation().rulePack().version()));
        about.put("referrer", Map.of("platform", record.referrer().platform().id(), "id", record.referrer().id(),
                "name", record.referrer().displayName()));
        json.put("case", about);
        json.put("entries", Transcript.json(entries));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json);
    }

    private boolean mayRead(UserRef reader, BoardId board) {
        return reader == CaseAccess.ADMIN_TOKEN_HOLDER || people.mayReadCases(reader, board);
    }

    private static boolean wantsText(String format, String accept) {
        if (format != null) {
            if (format.equalsIgnoreCase("text")) {
                return true;
            }
            if (format.equalsIgnoreCase("json")) {
                return false;
            }
            throw ApiException.badRequest("bad_parameter", "format is json or text.");
        }
        if (accept == null) {
            return false;
        }
        double text = -1;
        double json = -1;
        try {
            for (MediaType type : MediaType.parseMediaTypes(accept)) {
                if (type.equalsTypeAndSubtype(MediaType.TEXT_PLAIN)) {
                    text = Math.max(text, type.getQualityValue());
                } else if (type.equalsTypeAndSubtype(MediaType.APPLICATION_JSON)) {
                    json = Math.max(json, type.getQualityValue());
                }
            }
        } catch (org.springframework.http.InvalidMediaTypeException bad) {
            return false;
        }
        return text > json;
    }

    private String boardName(BoardId id) {
        return boards.get(id).map(Board::name).orElse(id.value());
    }
}
