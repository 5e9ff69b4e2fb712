package uk.lscb.casereview.adapters.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.app_backend.views.response.ViewSubmissionResponse;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import com.slack.api.model.block.InputBlock;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import uk.lscb.casereview.core.store.StoreUnavailableException;

/**
 * The listeners that read or write the store before their ack (slash commands, buttons, modals), wrapped so that
 * the store being unreachable tells the person, in Slack's own way for what they did, that nothing has changed and
 * to try again, with one log line naming what was being done. Without it Bolt's servlet answered 500 ("Something is
 * wrong") and logged the whole stack trace, and the person saw Slack's own failure notice. A slash command is
 * answered with the message, shown to the person only; a button's press is acknowledged and the message follows,
 * shown to the person only where the button was; a modal's submission keeps the modal open with the message beside
 * its first input (a modal without one gets 503, and Slack says it could not be submitted). The listeners are wrapped
 * one by one rather than through a Bolt middleware, because adding one builds Bolt's own middlewares at once, and
 * with them its check of the bot token, which is to wait until the app starts (and not stop it when Slack cannot be
 * reached then).
 */
final class StoreUnreachable {
    static final String MESSAGE = "Sorry, I can't reach the case records just now, so nothing has changed. "
            + "Please try again in a minute.";
    private static final System.Logger LOG = System.getLogger(StoreUnreachable.class.getName());

    private final SlackApi api;
    private final SlackTasks tasks;

    StoreUnreachable(SlackApi api, SlackTasks tasks) {
        this.api = api;
        this.tasks = tasks;
    }

    SlashCommandHandler command(SlashCommandHandler listener) {
        return (request, context) -> answered(request, () -> listener.apply(request, context));
    }

    BlockActionHandler action(BlockActionHandler listener) {
        return (request, context) -> answered(request, () -> listener.apply(request, context));
    }

    ViewSubmissionHandler submission(ViewSubmissionHandler listener) {
        return (request, context) -> answered(request, () -> listener.apply(request, context));
    }

    @FunctionalInterface
    private interface Listener {
        Response run() throws IOException, SlackApiException;
    }

    private Response answered(Request<?> request, Listener listener) throws IOException, SlackApiException {
        try {
            return listener.run();
        } catch (StoreUnavailableException down) {
            LOG.log(System.Logger.Level.WARNING, "a Slack request ({0}) failed: {1}", request.getRequestType(),
                    down.getMessage());
            return answer(request);
        }
    }

    private Response answer(Request<?> request) {
        if (request instanceof SlashCommandRequest) {
            return Response.json(200, SlashCommandResponse.builder().responseType("ephemeral").text(MESSAGE).build());
        }
        if (request instanceof BlockActionRequest pressed) {
            BlockActionPayload payload = pressed.getPayload();
            Optional<String> channel = Optional.ofNullable(payload.getContainer())
                    .map(BlockActionPayload.Container::getChannelId)
                    .or(() -> Optional.ofNullable(payload.getChannel()).map(BlockActionPayload.Channel::getId));
            Optional<String> user = Optional.ofNullable(payload.getUser()).map(BlockActionPayload.User::getId);
            if (channel.isPresent() && user.isPresent()) {
                tasks.later(() -> api.ephemeral(channel.get(), user.get(), MESSAGE));
            }
            return Response.ok();
        }
        if (request instanceof ViewSubmissionRequest submitted && submitted.getPayload().getView() != null
                && submitted.getPayload().getView().getBlocks() != null) {
            Optional<String> input = submitted.getPayload().getView().getBlocks().stream()
                    .filter(InputBlock.class::isInstance).map(block -> ((InputBlock) block).getBlockId()).findFirst();
            if (input.isPresent()) {
                return Response.json(200, ViewSubmissionResponse.builder().responseAction("errors")
                        .errors(Map.of(input.get(), MESSAGE)).build());
            }
        }
        return Response.json(503, Map.of("error", "store_unavailable", "message", MESSAGE));
    }
}
