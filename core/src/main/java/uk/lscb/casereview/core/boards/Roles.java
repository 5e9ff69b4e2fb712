package uk.lscb.casereview.core.boards;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import uk.lscb.casereview.core.people.PersonIds;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.BoardId;

/**
 * Who is a Chair, an administrator or a business manager of which board, by platform id (Teams: Entra
 * object id; Slack: user id; local: the local page's identity) — never by display name. Everyone else
 * is a practitioner. A business manager is the person in the board's business unit who runs reviews:
 * they see the board's cases and record the steps after the Chair's decision, but do not decide and do
 * not read transcripts. A board whose cases its safeguarding partners decide has its {@link Partnership}.
 */
public record Roles(Map<BoardId, Set<PlatformId>> chairs, Map<BoardId, Set<PlatformId>> administrators,
                    Map<BoardId, Set<PlatformId>> businessManagers, Map<BoardId, Partnership> partnerships) {

    /** A person's id on one platform. */
    public record PlatformId(Platform platform, String id) {
        public PlatformId {
            Objects.requireNonNull(platform, "platform");
            Objects.requireNonNull(id, "id");
        }

        public static PlatformId of(UserRef user) {
            return new PlatformId(user.platform(), user.id());
        }
    }

    public Roles {
        chairs = Map.copyOf(chairs);
        administrators = Map.copyOf(administrators);
        businessManagers = Map.copyOf(businessManagers);
        partnerships = Map.copyOf(partnerships);
    }

    /** No board with a safeguarding partnership configured. */
    public Roles(Map<BoardId, Set<PlatformId>> chairs, Map<BoardId, Set<PlatformId>> administrators,
                 Map<BoardId, Set<PlatformId>> businessManagers) {
        this(chairs, administrators, businessManagers, Map.of());
    }

    /** Chairs and administrators, no business managers. */
    public Roles(Map<BoardId, Set<PlatformId>> chairs, Map<BoardId, Set<PlatformId>> administrators) {
        this(chairs, administrators, Map.of());
    }

    /** The board's safeguarding partnership, where one is configured (boards whose cases the partners decide). */
    public Optional<Partnership> partnership(BoardId board) {
        return Optional.ofNullable(partnerships.get(board));
    }

    public boolean isChair(BoardId board, UserRef user) {
        return chairs.getOrDefault(board, Set.of()).contains(PlatformId.of(user));
    }

    public boolean isAdministrator(BoardId board, UserRef user) {
        return administrators.getOrDefault(board, Set.of()).contains(PlatformId.of(user));
    }

    public boolean isBusinessManager(BoardId board, UserRef user) {
        return businessManagers.getOrDefault(board, Set.of()).contains(PlatformId.of(user));
    }

    /** A Chair or an administrator of the board: may read its cases and transcripts. */
    public boolean canOversee(BoardId board, UserRef user) {
        return isChair(board, user) || isAdministrator(board, user);
    }

    /**
     * A Chair, an administrator or a business manager of the board: sees its cases and records the steps of
     * a review (never a practitioner).
     */
    public boolean runsReviews(BoardId board, UserRef user) {
        return canOversee(board, user) || isBusinessManager(board, user);
    }

    /**
     * May see the board's cases, read-only: whoever runs its reviews, and the lead representatives of its safeguarding
     * partners (who decide its cases under a pack like {@code wt2023}) — who record no steps.
     */
    public boolean seesCases(BoardId board, UserRef user) {
        return runsReviews(board, user)
                || partnership(board).flatMap(partnership -> partnership.roleOf(user)).isPresent();
    }

    /**
     * The local page's identities: the practitioner ({@link PersonIds#LOCAL_PRACTITIONER}, everyone who holds no
     * role) and everyone holding a role there (a Chair, an administrator, a business manager, a safeguarding partner's
     * lead representative or an independent scrutineer), sorted.
     */
    public SortedSet<String> localIdentities() {
        SortedSet<String> identities = new TreeSet<>(Set.of(PersonIds.LOCAL_PRACTITIONER));
        Stream.of(chairs, administrators, businessManagers).flatMap(held -> held.values().stream())
                .flatMap(Set::stream).filter(id -> id.platform() == Platform.LOCAL).map(PlatformId::id)
                .forEach(identities::add);
        partnerships.values().forEach(partnership -> {
            identities.addAll(partnership.leadIds(Platform.LOCAL));
            identities.addAll(partnership.scrutineerIds(Platform.LOCAL));
        });
        return Collections.unmodifiableSortedSet(identities);
    }

    /** The Chairs of a board on one platform. */
    public Set<String> chairIds(BoardId board, Platform platform) {
        return chairs.getOrDefault(board, Set.of()).stream().filter(id -> id.platform().equals(platform))
                .map(PlatformId::id).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
