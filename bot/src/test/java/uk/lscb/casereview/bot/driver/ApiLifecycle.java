package uk.lscb.casereview.bot.driver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import uk.lscb.casereview.bot.Http;
import uk.lscb.casereview.core.cases.CaseStep;
import uk.lscb.casereview.core.refs.CaseId;

/**
 * The scripted case over the API a case-management system would use, in local mode ({@code ?as=}): the steps through
 * {@code POST /api/cases/{reference}/steps}, what comes next from {@code GET /api/cases/{reference}}, the agency
 * requests through {@code POST /api/cases/{reference}/requests}. The referral, the Chair's decision and marking a
 * request provided have no API: they are done on the local page, as people would.
 */
final class ApiLifecycle extends LocalLifecycle {

    ApiLifecycle(IntSupplier port) {
        super(port);
    }

    @Override
    public String platform() {
        return "api";
    }

    @Override
    public List<String> offered(Who who, CaseId id) {
        Http.Response read = http().get("/api/cases/" + reference(id) + "?as=" + identity(who));
        List<String> steps = new ArrayList<>();
        if (read.status() == 200) {
            read.json().path("nextSteps").forEach(step -> steps.add(step.path("step").asText()));
        }
        return steps;
    }

    private Http.Response post(Who who, CaseId id, CaseStep step, Map<String, String> values) {
        return http().postJson("/api/cases/" + reference(id) + "/steps?as=" + identity(who),
                Map.of("step", step.id(), "values", values));
    }

    @Override
    public String record(Who who, CaseId id, CaseStep step, Map<String, String> values) {
        assertThat(offered(who, id)).as("the next steps").contains(step.id());
        return ok(post(who, id, step, values)).path("message").asText();
    }

    @Override
    public String press(Who who, CaseId id, CaseStep step, Map<String, String> values) {
        Http.Response refused = post(who, id, step, values);
        assertThat(refused.status()).as(refused.body()).isIn(403, 409);
        return refused.json().path("message").asText();
    }

    @Override
    public String ask(Who who, CaseId id, Ask ask) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("agency", ask.agency());
        body.put("contact", ask.contact().map(contact -> Map.of("platform", "local", "id", identity(contact)))
                .orElse(null));
        body.put("asked", ask.asked());
        body.put("due", ask.due().toString());
        Http.Response asked = http().postJson("/api/cases/" + reference(id) + "/requests?as=" + identity(who), body);
        JsonNode json = asked.json();
        return asked.status() + " " + json.path("message").asText();
    }
}
