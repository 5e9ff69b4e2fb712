package uk.lscb.casereview.adapters.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.Middleware;
import com.microsoft.bot.builder.NextDelegate;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.Serialization;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Every Adaptive Card the bot sends or updates on a channel other than Teams (Web Chat, the Emulator,
 * Direct Line) goes out as {@link TeamsCards#submitOnly}: replies, proactive posts and updates alike, since
 * they all pass through the adapter's middleware. Teams gets the cards as they were made.
 */
final class SubmitOnlyOutsideTeams implements Middleware {
    @Override
    public CompletableFuture<Void> onTurn(TurnContext turn, NextDelegate next) {
        if (!TeamsCards.TEAMS_CHANNEL.equals(turn.getActivity().getChannelId())) {
            turn.onSendActivities((context, activities, send) -> {
                activities.forEach(SubmitOnlyOutsideTeams::rewrite);
                return send.get();
            });
            turn.onUpdateActivity((context, activity, update) -> {
                rewrite(activity);
                return update.get();
            });
        }
        return next.next();
    }

    static void rewrite(Activity activity) {
        List<Attachment> attachments = activity.getAttachments();
        if (attachments == null) {
            return;
        }
        for (Attachment attachment : attachments) {
            if (TeamsCards.CONTENT_TYPE.equals(attachment.getContentType()) && attachment.getContent() != null) {
                JsonNode card = attachment.getContent() instanceof JsonNode json ? json
                        : Serialization.objectToTree(attachment.getContent());
                attachment.setContent(TeamsCards.submitOnly(card));
            }
        }
    }
}
