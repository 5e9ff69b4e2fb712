package uk.lscb.casereview.core.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rule packs this deployment knows, by id; the first is the current one (what an assessment that names no pack
 * follows). Which pack a board's referrals follow is the board's ({@code Board#rulePack}).
 */
public final class RulePacks {
    private final Map<String, RulePack> byId = new LinkedHashMap<>();

    public RulePacks(List<RulePack> packs) {
        if (packs.isEmpty()) {
            throw new IllegalArgumentException("at least one rule pack is needed");
        }
        packs.forEach(pack -> byId.put(pack.id(), pack));
    }

    public RulePack current() {
        return byId.values().iterator().next();
    }

    public Optional<RulePack> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The packs, the current one first. */
    public List<RulePack> all() {
        return List.copyOf(byId.values());
    }

    /** The ids of the packs, the current one first. */
    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    /** The ids of the packs whose decision the safeguarding partners make (their outcomes say so), not the Chair. */
    public java.util.Set<String> decidedByPartners() {
        return byId.keySet().stream().filter(id -> java.util.Arrays.stream(Outcome.values())
                .anyMatch(outcome -> outcome.belongsTo(id) && outcome.decidedBy() == DecisionMaker.SAFEGUARDING_PARTNERS))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    public RulePack require(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("no rule pack '" + id + "'"));
    }
}
