package uk.lscb.casereview.bot.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's own error report, for an error it answers before any servlet runs (a request line over its 8 kB, a
 * {@code %5C} in a path: 400), as the JSON {@link JsonErrorController} gives, where Tomcat wrote its
 * HTML page. As Tomcat's, it writes only for a response in error that nothing has written to: the application's
 * own errors have their body already.
 */
public final class JsonErrorReportValve extends ErrorReportValve {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        if (response.getStatus() < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean writable = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
        if (!writable.get()) {
            return;
        }
        try {
            response.setContentType("application/json");
            response.setCharacterEncoding("utf-8");
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(body(response.getStatus()));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException closed) {
            // The connection is gone or the response committed meanwhile: there is no one to answer.
        }
    }

    static String body(int code) throws JsonProcessingException {
        HttpStatus status = JsonErrorController.status(code);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", JsonErrorController.error(status));
        body.put("message", JsonErrorController.message(status));
        return JSON.writeValueAsString(body);
    }
}
