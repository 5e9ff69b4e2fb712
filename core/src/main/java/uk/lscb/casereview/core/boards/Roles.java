package uk.lscb.casereview.core.boards;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.BoardId;

/**
 * Who is a Chair or an administrator of which board, by platform id (Teams: Entra object id;
 * Slack: user id; local: the local page's identity) — never by display name. Everyone else is a
 * practitioner.
 */
public record Roles(Map<BoardId, Set<PlatformId>> chairs, Map<BoardId, Set<PlatformId>> administrators) {

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
    }

    public boolean isChair(BoardId board, UserRef user) {
        return chairs.getOrDefault(board, Set.of()).contains(PlatformId.of(user));
    }

    public boolean isAdministrator(BoardId board, UserRef user) {
        return administrators.getOrDefault(board, Set.of()).contains(PlatformId.of(user));
    }

    /** A Chair or an administrator of the board: may read its cases and transcripts. */
    public boolean canOversee(BoardId board, UserRef user) {
        return isChair(board, user) || isAdministrator(board, user);
    }

    /** The Chairs of a board on one platform. */
    public Set<String> chairIds(BoardId board, Platform platform) {
        return chairs.getOrDefault(board, Set.of()).stream().filter(id -> id.platform().equals(platform))
                .map(PlatformId::id).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
