package uk.lscb.casereview.adapters.slack;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Slack's notice that it is rate limiting the app's events from a workspace (more than 30,000 in an hour): a body of
 * its own, {@code {"type": "app_rate_limited", "team_id": …, "minute_rate_limited": …}}, not an Events API event, so
 * Bolt has no listener for it and answered 400, which Slack counts against the app like any failed delivery. It
 * names the workspace and the minute, nothing else, and so does the operator's line about it.
 *
 * @param team the workspace's id, or "(not named)" when the notice has none that looks like one
 * @param from the minute the limit began (UTC), or words saying Slack did not give it
 */
record AppRateLimited(String team, String from) {
    static final String TYPE = "app_rate_limited";
    /** What a Slack workspace (or Enterprise Grid organisation) id looks like: anything else is not logged. */
    private static final Pattern TEAM = Pattern.compile("[A-Z0-9]{1,32}");

    /** The notice, if this body (already found readable by {@link SlackBodyCheck}) is Slack's notice. */
    static Optional<AppRateLimited> in(String body, String contentType) {
        if (!SlackBodyCheck.isJson(contentType)) {
            return Optional.empty();
        }
        JsonElement json = JsonParser.parseString(body);
        if (!json.isJsonObject() || !SlackBodyCheck.isString(json.getAsJsonObject().get("type"))
                || !TYPE.equals(json.getAsJsonObject().get("type").getAsString())) {
            return Optional.empty();
        }
        JsonObject notice = json.getAsJsonObject();
        String team = SlackBodyCheck.isString(notice.get("team_id"))
                && TEAM.matcher(notice.get("team_id").getAsString()).matches()
                ? notice.get("team_id").getAsString() : "(not named)";
        return Optional.of(new AppRateLimited(team, minute(notice.get("minute_rate_limited"))));
    }

    private static String minute(JsonElement minute) {
        if (minute == null || !minute.isJsonPrimitive() || !minute.getAsJsonPrimitive().isNumber()) {
            return "a minute it did not say";
        }
        try {
            return Instant.ofEpochSecond(minute.getAsLong()).toString();
        } catch (DateTimeException outOfRange) {
            return "a minute it did not say";
        }
    }
}
