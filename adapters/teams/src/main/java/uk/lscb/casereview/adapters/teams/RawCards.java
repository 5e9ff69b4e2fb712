package uk.lscb.casereview.adapters.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.util.RawValue;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Cards handed to the Bot Connector as the JSON they are. The SDK's connector client walks every object it sends by
 * reflection before writing it (its {@code Validator}; its {@code FlatteningSerializer} did too, which escapes the
 * keys of every map it finds with a regular expression and then rebuilds the whole tree, until {@link UnflattenedJson}
 * took its place): for an Adaptive Card held as a Jackson tree that is every node of the card, and most of what a
 * reply cost to send (a third of the bytes a turn allocated). Sent as a {@link RawValue} of the card's JSON, the card
 * is one string to the walk and is written unchanged into the request. The activities are given their cards back
 * once sent, so nothing else sees the difference.
 */
final class RawCards {
    private RawCards() {
    }

    /** Runs {@code send} with the cards of {@code activities} as raw JSON, and gives the activities their cards back. */
    static <T> CompletableFuture<T> whileSending(List<Activity> activities, Supplier<CompletableFuture<T>> send) {
        Map<Activity, List<Attachment>> cards = new IdentityHashMap<>();
        for (Activity activity : activities) {
            List<Attachment> attachments = activity == null ? null : activity.getAttachments();
            if (attachments != null && attachments.stream().anyMatch(RawCards::isCard)) {
                cards.put(activity, attachments);
                List<Attachment> raw = new ArrayList<>(attachments.size());
                attachments.forEach(attachment -> raw.add(raw(attachment)));
                activity.setAttachments(raw);
            }
        }
        CompletableFuture<T> sent;
        try {
            sent = send.get();
        } catch (RuntimeException failed) {
            cards.forEach(Activity::setAttachments);
            throw failed;
        }
        return sent.whenComplete((result, failure) -> cards.forEach(Activity::setAttachments));
    }

    private static boolean isCard(Attachment attachment) {
        return attachment != null && attachment.getContent() instanceof JsonNode;
    }

    /** The attachment with its card as raw JSON (a copy), or the attachment itself when it holds no card. */
    static Attachment raw(Attachment attachment) {
        if (!isCard(attachment)) {
            return attachment;
        }
        Attachment raw = Attachment.clone(attachment);
        raw.setContent(new RawValue(attachment.getContent().toString()));
        return raw;
    }
}
