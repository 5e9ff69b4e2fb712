package uk.lscb.casereview.core.boards;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;

/**
 * A board's safeguarding partnership, for the rule packs whose decision the safeguarding partners make: the lead
 * representative(s) of each of the three partners by platform id, how many of the three must agree for the decision
 * to stand ({@link #needed}: all three unless configured otherwise), and the independent scrutineer(s), who are told
 * of the decision.
 */
public record Partnership(Map<PartnerRole, Set<Roles.PlatformId>> leads, int needed,
                          Set<Roles.PlatformId> scrutineers) {
    /** All three partners must agree, unless a partnership configures fewer. */
    public static final int ALL = PartnerRole.values().length;
    /** The fewest partners a partnership may let decide: two of the three (never one alone). */
    public static final int FEWEST = 2;

    public Partnership {
        Objects.requireNonNull(leads, "leads");
        Objects.requireNonNull(scrutineers, "scrutineers");
        Map<PartnerRole, Set<Roles.PlatformId>> copy = new EnumMap<>(PartnerRole.class);
        Map<Roles.PlatformId, PartnerRole> seen = new HashMap<>();
        for (PartnerRole role : PartnerRole.values()) {
            Set<Roles.PlatformId> ids = Set.copyOf(leads.getOrDefault(role, Set.of()));
            if (ids.isEmpty()) {
                throw new IllegalArgumentException("the " + role.label() + " has no lead representative");
            }
            for (Roles.PlatformId id : ids) {
                PartnerRole other = seen.putIfAbsent(id, role);
                if (other != null) {
                    throw new IllegalArgumentException(id.platform().id() + " id " + id.id() + " is the lead "
                            + "representative of both the " + other.label() + " and the " + role.label());
                }
            }
            copy.put(role, ids);
        }
        leads = Map.copyOf(copy);
        if (needed < FEWEST || needed > ALL) {
            throw new IllegalArgumentException("the decision needs " + FEWEST + " or " + ALL + " partners, not "
                    + needed);
        }
        scrutineers = Set.copyOf(scrutineers);
    }

    /** The partner this person is the lead representative of, if any. */
    public Optional<PartnerRole> roleOf(UserRef user) {
        Roles.PlatformId id = Roles.PlatformId.of(user);
        return leads.entrySet().stream().filter(entry -> entry.getValue().contains(id)).map(Map.Entry::getKey)
                .findFirst();
    }

    /** Every lead representative's id on one platform, sorted, partner by partner. */
    public List<String> leadIds(Platform platform) {
        return java.util.Arrays.stream(PartnerRole.values()).flatMap(role -> leads.get(role).stream()
                .filter(id -> id.platform().equals(platform)).map(Roles.PlatformId::id).sorted()).toList();
    }

    /** The scrutineers' ids on one platform, sorted. */
    public List<String> scrutineerIds(Platform platform) {
        return scrutineers.stream().filter(id -> id.platform().equals(platform)).map(Roles.PlatformId::id).sorted()
                .toList();
    }
}
