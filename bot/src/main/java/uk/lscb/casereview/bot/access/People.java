package uk.lscb.casereview.bot.access;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import uk.lscb.casereview.core.boards.Board;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.boards.Partnership;
import uk.lscb.casereview.core.boards.Roles;
import uk.lscb.casereview.core.people.PersonIds;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.BoardId;

/**
 * Each board's Chairs, administrators and business managers, by platform and platform id (never by display
 * name). Everyone else is a practitioner. Every Chair-only or admin-only action asks this on the server.
 */
public final class People {
    /** The practitioner identity of the local chat page. */
    public static final String PRACTITIONER = PersonIds.LOCAL_PRACTITIONER;

    private final Boards boards;
    private final Map<BoardId, Map<Platform, Set<String>>> chairs;
    private final Map<BoardId, Map<Platform, Set<String>>> administrators;
    private final Map<BoardId, Map<Platform, Set<String>>> businessManagers;
    private final Roles roles;

    /** A role held on a board. */
    public enum Role { CHAIR, ADMINISTRATOR, BUSINESS_MANAGER, PARTNER_LEAD, SCRUTINEER }

    public People(Boards boards, Map<BoardId, Map<Platform, Set<String>>> chairs,
                  Map<BoardId, Map<Platform, Set<String>>> administrators,
                  Map<BoardId, Map<Platform, Set<String>>> businessManagers) {
        this.boards = Objects.requireNonNull(boards, "boards");
        this.chairs = Map.copyOf(chairs);
        this.administrators = Map.copyOf(administrators);
        this.businessManagers = Map.copyOf(businessManagers);
        Map<BoardId, Partnership> partnerships = new LinkedHashMap<>();
        boards.all().forEach(board -> board.partnership().ifPresent(p -> partnerships.put(board.id(), p)));
        this.roles = new Roles(platformIds(chairs), platformIds(administrators), platformIds(businessManagers),
                partnerships);
    }

    /** The same people as core's {@link Roles}, which the case service checks. */
    public Roles roles() {
        return roles;
    }

    public boolean isChair(Platform platform, String id, BoardId board) {
        return roles.isChair(board, new UserRef(platform, id, id));
    }

    public boolean isAdministrator(Platform platform, String id, BoardId board) {
        return roles.isAdministrator(board, new UserRef(platform, id, id));
    }

    public boolean isBusinessManager(Platform platform, String id, BoardId board) {
        return roles.isBusinessManager(board, new UserRef(platform, id, id));
    }

    /** True when this person may read a board's cases and transcripts: its Chair or an administrator. */
    public boolean mayReadCases(UserRef who, BoardId board) {
        return roles.canOversee(board, who);
    }

    /** True when this person is a Chair, administrator or business manager of any board. */
    public boolean holdsAnyRole(UserRef who) {
        return boards.all().stream().anyMatch(board -> roles.runsReviews(board.id(), who));
    }

    private static Map<BoardId, Set<Roles.PlatformId>> platformIds(Map<BoardId, Map<Platform, Set<String>>> byPlatform) {
        Map<BoardId, Set<Roles.PlatformId>> ids = new LinkedHashMap<>();
        byPlatform.forEach((board, platforms) -> platforms.forEach((platform, people) -> people.forEach(id ->
                ids.computeIfAbsent(board, b -> new LinkedHashSet<>()).add(new Roles.PlatformId(platform, id)))));
        return ids;
    }

    /** One identity of the local chat page: its id, a display name, and its roles on each board. */
    public record LocalIdentity(String id, String name, Map<BoardId, List<Role>> roles) {
        public UserRef user() {
            return new UserRef(Platform.LOCAL, id, name);
        }
    }

    /**
     * The local page's identities: the practitioner, then each board's Chairs, administrators and business
     * managers.
     */
    public List<LocalIdentity> localIdentities() {
        Map<String, Map<BoardId, List<Role>>> byId = new LinkedHashMap<>();
        byId.put(PRACTITIONER, new LinkedHashMap<>());
        addLocal(byId, chairs, Role.CHAIR);
        addLocal(byId, administrators, Role.ADMINISTRATOR);
        addLocal(byId, businessManagers, Role.BUSINESS_MANAGER);
        for (Board board : boards.all()) {
            board.partnership().ifPresent(partnership -> {
                partnership.leadIds(Platform.LOCAL).forEach(id -> byId.computeIfAbsent(id, k -> new LinkedHashMap<>())
                        .computeIfAbsent(board.id(), k -> new ArrayList<>()).add(Role.PARTNER_LEAD));
                partnership.scrutineerIds(Platform.LOCAL).forEach(id -> byId.computeIfAbsent(id,
                        k -> new LinkedHashMap<>()).computeIfAbsent(board.id(), k -> new ArrayList<>())
                        .add(Role.SCRUTINEER));
            });
        }
        List<LocalIdentity> identities = new ArrayList<>();
        byId.forEach((id, roles) -> identities.add(new LocalIdentity(id, displayName(id, roles), Map.copyOf(roles))));
        return identities;
    }

    private void addLocal(Map<String, Map<BoardId, List<Role>>> byId, Map<BoardId, Map<Platform, Set<String>>> holders,
                          Role role) {
        for (Board board : boards.all()) {
            for (String id : holders.getOrDefault(board.id(), Map.of()).getOrDefault(Platform.LOCAL, Set.of())) {
                byId.computeIfAbsent(id, k -> new LinkedHashMap<>())
                        .computeIfAbsent(board.id(), k -> new ArrayList<>()).add(role);
            }
        }
    }

    private String displayName(String id, Map<BoardId, List<Role>> roles) {
        if (roles.isEmpty()) {
            return "Practitioner";
        }
        Set<String> chairOf = new LinkedHashSet<>();
        Set<String> adminOf = new LinkedHashSet<>();
        Set<String> managerOf = new LinkedHashSet<>();
        roles.forEach((board, held) -> {
            String name = boards.get(board).map(Board::name).orElse(board.value());
            if (held.contains(Role.CHAIR)) {
                chairOf.add(name);
            }
            if (held.contains(Role.ADMINISTRATOR)) {
                adminOf.add(name);
            }
            if (held.contains(Role.BUSINESS_MANAGER)) {
                managerOf.add(name);
            }
        });
        List<String> parts = new ArrayList<>();
        roles.forEach((board, held) -> boards.get(board).ifPresent(known -> {
            if (held.contains(Role.PARTNER_LEAD)) {
                known.partnership().flatMap(p -> p.roleOf(new UserRef(Platform.LOCAL, id, id)))
                        .ifPresent(partner -> parts.add(partner.label() + " lead (" + known.name() + ")"));
            }
            if (held.contains(Role.SCRUTINEER)) {
                parts.add("Independent scrutineer (" + known.name() + ")");
            }
        }));
        if (!chairOf.isEmpty()) {
            parts.add("Chair of " + String.join(" and ", chairOf));
        }
        if (!adminOf.isEmpty()) {
            parts.add("Administrator (" + String.join(", ", adminOf) + ")");
        }
        if (!managerOf.isEmpty()) {
            parts.add("Business manager (" + String.join(", ", managerOf) + ")");
        }
        return String.join("; ", parts) + " [" + id + "]";
    }
}
