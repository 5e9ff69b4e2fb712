package uk.lscb.casereview.core.delivery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import uk.lscb.casereview.core.boards.Roles;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.BoardId;

/**
 * Where a card or notice goes on one platform, the same rule on every platform: each person it is for in their 1:1
 * chat where the platform can reach them; those it cannot reach are mentioned in the panel channel of their
 * recipient's board, which also takes it when it is for the panel itself or no such person is on the platform. One
 * post per destination: chats first (in the recipients' order), then one panel post per board, mentioning everyone
 * it stands in for. Pure: what the platform can reach is asked of {@code canReach}.
 */
public final class DeliveryPolicy {
    private DeliveryPolicy() {
    }

    public static List<Destination> destinations(List<Recipient> recipients, Roles roles, Platform platform,
                                                 Predicate<UserRef> canReach) {
        Map<String, UserRef> chats = new LinkedHashMap<>();
        Map<BoardId, Set<UserRef>> panels = new LinkedHashMap<>();
        for (Recipient recipient : recipients) {
            List<UserRef> people = recipient.people(roles, platform);
            List<UserRef> unreached = new ArrayList<>();
            for (UserRef person : people) {
                if (canReach.test(person)) {
                    chats.putIfAbsent(person.id(), person);
                } else {
                    unreached.add(person);
                }
            }
            if (people.isEmpty() || !unreached.isEmpty()) {
                recipient.fallback().ifPresent(board ->
                        panels.computeIfAbsent(board, b -> new LinkedHashSet<>()).addAll(unreached));
            }
        }
        List<Destination> destinations = new ArrayList<>();
        chats.values().forEach(person -> destinations.add(new Destination.Chat(person)));
        panels.forEach((board, mentioned) -> destinations.add(new Destination.Panel(board, List.copyOf(mentioned))));
        return destinations;
    }
}
