package uk.lscb.casereview.adapters.teams;

import com.microsoft.bot.connector.ConversationConstants;
import com.microsoft.bot.connector.rest.ErrorResponseException;
import com.microsoft.bot.connector.rest.RestConnectorClient;
import com.microsoft.bot.restclient.RestClient;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ResourceResponse;
import java.net.HttpURLConnection;
import java.util.concurrent.CompletableFuture;
import okhttp3.ResponseBody;
import retrofit2.Response;
import retrofit2.http.Body;
import retrofit2.http.Header;
import retrofit2.http.Headers;
import retrofit2.http.POST;
import retrofit2.http.Path;

/**
 * The SDK's connector client, posting a turn's messages as its {@code RestConversations} does (the same requests,
 * headers and answers; a status other than 200, 201 or 202 failing with its {@link ErrorResponseException}) without
 * first handing each activity to the SDK's {@code Validator}. That walks every field of the activity and of every
 * object it holds by reflection, asking Guava at each one whether it is a list, a map or a date, to find properties
 * marked {@code @JsonProperty(required = true)}: the Bot Framework schema marks none, so it never refuses an activity.
 * It was a quarter of what posting a reply cost (4.9% of the assistant's CPU in a profile at 50 conversations). Every
 * other operation is the SDK's own.
 */
final class PostingConnectorClient extends RestConnectorClient {
    private final Posts posts;

    PostingConnectorClient(RestClient client) {
        super(client);
        this.posts = client.retrofit().create(Posts.class);
    }

    /** As {@code getConversations().replyToActivity(activity)}: a reply to the activity it answers. */
    CompletableFuture<ResourceResponse> replyToActivity(Activity activity) {
        String conversationId = activity.getConversation().getId();
        return answer("replyToActivity", posts.replyToActivity(conversationId, activity.getReplyToId(), activity,
                getAcceptLanguage(), getUserAgent(), conversationId));
    }

    /** As {@code getConversations().sendToConversation(activity)}: a message at the end of the conversation. */
    CompletableFuture<ResourceResponse> sendToConversation(Activity activity) {
        return answer("sendToConversation", posts.sendToConversation(activity.getConversation().getId(), activity,
                getAcceptLanguage(), getUserAgent()));
    }

    private CompletableFuture<ResourceResponse> answer(String operation, CompletableFuture<Response<ResponseBody>> call) {
        return call.thenApply(response -> {
            try {
                return getRestClient().responseBuilderFactory()
                        .<ResourceResponse, ErrorResponseException>newInstance(serializerAdapter())
                        .register(HttpURLConnection.HTTP_OK, ResourceResponse.class)
                        .register(HttpURLConnection.HTTP_CREATED, ResourceResponse.class)
                        .register(HttpURLConnection.HTTP_ACCEPTED, ResourceResponse.class)
                        .registerError(ErrorResponseException.class)
                        .build(response)
                        .body();
            } catch (ErrorResponseException refused) {
                throw refused;
            } catch (Throwable unreadable) {
                throw new ErrorResponseException(operation, response);
            }
        });
    }

    /** The two operations as the SDK's {@code RestConversations.ConversationsService} declares them. */
    interface Posts {
        @Headers({"Content-Type: application/json; charset=utf-8",
                "x-ms-logging-context: com.microsoft.bot.schema.Conversations replyToActivity"})
        @POST("v3/conversations/{conversationId}/activities/{activityId}")
        CompletableFuture<Response<ResponseBody>> replyToActivity(
                @Path("conversationId") String conversationId,
                @Path("activityId") String activityId,
                @Body Activity activity,
                @Header("accept-language") String acceptLanguage,
                @Header("User-Agent") String userAgent,
                @Header(ConversationConstants.CONVERSATION_ID_HTTP_HEADERNAME) String conversationIdHeader);

        @Headers({"Content-Type: application/json; charset=utf-8",
                "x-ms-logging-context: com.microsoft.bot.schema.Conversations sendToConversation"})
        @POST("v3/conversations/{conversationId}/activities")
        CompletableFuture<Response<ResponseBody>> sendToConversation(
                @Path("conversationId") String conversationId,
                @Body Activity activity,
                @Header("accept-language") String acceptLanguage,
                @Header("User-Agent") String userAgent);
    }
}
