package uk.lscb.casereview.core.rules;

import java.util.Objects;

/** Names the rule pack and version that produced a recommendation. */
public record RulePackRef(String id, String version) {
    public RulePackRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
    }

    @Override
    public String toString() {
        return id + " " + version;
    }
}
