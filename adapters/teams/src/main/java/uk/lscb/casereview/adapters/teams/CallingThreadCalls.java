package uk.lscb.casereview.adapters.teams;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.concurrent.CompletableFuture;
import retrofit2.Call;
import retrofit2.CallAdapter;
import retrofit2.Response;
import retrofit2.Retrofit;

/**
 * The connector client's calls made by the thread that asks for them. The SDK declares each Bot Connector operation
 * as a {@code CompletableFuture<Response<…>>}, which Retrofit's own adapter enqueues on OkHttp's dispatcher: a thread
 * of OkHttp's makes the call and wakes the caller, who is waiting for it already (every send of a turn is joined).
 * Here the call is executed where it is asked for and handed back as a future already complete, failed with the
 * call's own exception as Retrofit's adapter fails it. The call's deadline (the client's {@code callTimeout}) holds
 * as before. Return types the SDK does not use are left to Retrofit's adapters.
 */
final class CallingThreadCalls extends CallAdapter.Factory {

    @Override
    public CallAdapter<?, ?> get(Type returnType, Annotation[] annotations, Retrofit retrofit) {
        if (getRawType(returnType) != CompletableFuture.class || !(returnType instanceof ParameterizedType future)) {
            return null;
        }
        Type result = getParameterUpperBound(0, future);
        if (getRawType(result) != Response.class || !(result instanceof ParameterizedType response)) {
            return null;
        }
        return new Executed(getParameterUpperBound(0, response));
    }

    private record Executed(Type responseType) implements CallAdapter<Object, CompletableFuture<Response<Object>>> {
        @Override
        public CompletableFuture<Response<Object>> adapt(Call<Object> call) {
            try {
                return CompletableFuture.completedFuture(call.execute());
            } catch (IOException | RuntimeException failed) {
                return CompletableFuture.failedFuture(failed);
            }
        }
    }
}
