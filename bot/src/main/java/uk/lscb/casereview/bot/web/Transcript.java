package uk.lscb.casereview.bot.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import uk.lscb.casereview.core.transcripts.TranscriptEntry;

/** Transcript entries as JSON and as plain text. */
public final class Transcript {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Europe/London"));

    private Transcript() {
    }

    record Who(String platform, String id, String name) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record EntryJson(String conversation, long sequence, String at, String direction, Who who, String kind,
                     String text, String payload, String caseId) {
    }

    static List<EntryJson> json(List<TranscriptEntry> entries) {
        return entries.stream().map(entry -> new EntryJson(entry.conversation().asString(), entry.sequence(),
                entry.at().toString(), entry.direction().name().toLowerCase(java.util.Locale.ROOT),
                new Who(entry.who().platform().id(), entry.who().id(), entry.who().displayName()), entry.kind(),
                entry.text(), entry.payload().orElse(null), entry.caseId().orElse(null))).toList();
    }

    /** One block per entry: time (London), who, direction and kind, then the text indented. */
    public static String text(String heading, List<TranscriptEntry> entries) {
        StringBuilder out = new StringBuilder(heading).append("\n\n");
        for (TranscriptEntry entry : entries) {
            out.append('#').append(entry.sequence()).append("  ").append(TIME.format(entry.at())).append("  ")
                    .append(entry.direction() == TranscriptEntry.Direction.INBOUND ? "from " : "to ")
                    .append(entry.direction() == TranscriptEntry.Direction.INBOUND
                            ? entry.who().displayName() + " (" + entry.who().platform().id() + ":" + entry.who().id() + ")"
                            : "the person, by " + entry.who().displayName())
                    .append("  [").append(entry.kind()).append(']');
            entry.payload().ifPresent(payload -> out.append("  payload=").append(payload));
            out.append('\n');
            for (String line : entry.text().split("\n", -1)) {
                out.append("    ").append(line).append('\n');
            }
            out.append('\n');
        }
        return out.toString();
    }
}
