package uk.lscb.casereview.bot.local;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.lscb.casereview.bot.cases.CaseConfiguration.ReminderSweep;
import uk.lscb.casereview.bot.web.ApiException;

/**
 * The test clock, for trying the app only (local mode with {@code casereview.dev.clock-control}, the
 * default there; absent, so 404, otherwise). {@code POST {"advanceDays": n}} moves the application's
 * clock forward n days (a JSON number, 1 to {@value #MAX_DAYS}: {@code "2"} is refused like any wrongly typed
 * value) and runs the reminder sweep at once, so the reminders that fall due appear in the panel channel straight
 * away. It never goes back; a restart resets it.
 */
@RestController
@ConditionalOnExpression(LocalConfiguration.CLOCK_CONTROL)
public class LocalClockController {
    static final int MAX_DAYS = 400;
    private static final Logger LOG = LoggerFactory.getLogger(LocalClockController.class);
    static final String NOTE = "The test clock is for trying the app only: it moves this local copy's clock "
            + "forward so you can see reminders happen. It goes back to the real time when the app restarts.";

    private final DevClock clock;
    private final ReminderSweep sweep;

    public LocalClockController(Clock clock, ReminderSweep sweep) {
        if (!(clock instanceof DevClock dev)) {
            throw new IllegalStateException("the test clock is on but the clock in use is not a DevClock");
        }
        this.clock = dev;
        this.sweep = sweep;
    }

    @GetMapping(path = "/local/api/clock", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> now() {
        Instant now = clock.instant();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("now", now.toString());
        json.put("today", LocalJson.when(now));
        json.put("aheadByDays", (clock.offset().toHours() + 12) / 24);
        json.put("zone", clock.getZone().getId());
        json.put("note", NOTE);
        return json;
    }

    @PostMapping(path = "/local/api/clock", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> advance(@RequestBody JsonNode request) {
        JsonNode days = request.path("advanceDays");
        if (!days.isIntegralNumber() || !days.canConvertToInt() || days.intValue() < 1 || days.intValue() > MAX_DAYS) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_request", "Say how many days to move the test "
                    + "clock forward with 'advanceDays': a whole number (not text) from 1 to " + MAX_DAYS + ".");
        }
        Instant now = clock.advanceDays(days.intValue());
        LOG.info("test clock moved forward {} day(s) to {}; sweeping reminders now", days, now);
        sweep.sweep();
        return now();
    }
}
