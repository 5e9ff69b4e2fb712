package uk.lscb.casereview.bot.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import uk.lscb.casereview.bot.access.People;
import uk.lscb.casereview.core.people.PersonIds;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;

/** Values read from the HTTP API's JSON bodies the same way by every endpoint that takes them. */
final class ApiBodies {
    private ApiBodies() {
    }

    /**
     * A person named by {@code {"platform": "teams" | "slack" | "local", "id": "…"}}, or none for JSON null or a
     * missing field; anything else is a 400 naming {@code field}: a person who cannot be anyone
     * ({@link PersonIds#refusal}, as in chat and on the forms: an id too long, an emoji for a Slack id, a local id that
     * is none of the local identities).
     */
    static Optional<UserRef> person(JsonNode person, String field, People people) {
        if (person == null || person.isNull()) {
            return Optional.empty();
        }
        if (!person.isObject() || !person.path("platform").isTextual() || !person.path("id").isTextual()
                || person.get("id").asText().isBlank()
                || !List.of("teams", "slack", "local").contains(person.get("platform").asText())) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_request", "'" + field + "' is null or an object "
                    + "with platform (teams, slack or local) and id.", Map.of("field", field));
        }
        UserRef named = new UserRef(Platform.parse(person.get("platform").asText()), person.get("id").asText(), null);
        Optional<String> noOne = PersonIds.refusal("'" + field + "'", named, people.roles().localIdentities());
        if (noOne.isPresent()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_request", noOne.get(), Map.of("field", field));
        }
        return Optional.of(named);
    }
}
