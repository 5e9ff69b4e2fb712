package uk.lscb.casereview.adapters.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.lscb.casereview.core.boards.Roles;
import uk.lscb.casereview.core.cases.CaseDeadline;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.deadlines.Audience;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.delivery.Addresses;
import uk.lscb.casereview.core.delivery.ChannelNotifier;
import uk.lscb.casereview.core.delivery.Notification;
import uk.lscb.casereview.core.delivery.PostedCopies;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.BoardId;

/**
 * Notifications on Slack: decisions, referrals and deadline reminders in the board's panel channel
 * (registered with "register panel channel for &lt;board&gt;", else configured), and, for the
 * {@link Audience#CHAIR} audience (escalations), also in each of the board's Slack Chairs' direct
 * message with the app. A Chair who cannot be reached directly is mentioned in the panel channel instead.
 *
 * <p>Nowhere to post (no panel channel, no Chair) returns normally; a post Slack refuses throws, so the
 * caller retries later. Each accepted post is marked in {@link PostedCopies} by the notification's dedupe key and
 * channel, so a retry after a partial failure posts only where it had not yet been accepted. Rate limits
 * (HTTP 429) are waited out through {@link SlackApi}. Each copy of a deadline's reminder is remembered there too
 * ({@link PostedCopies#reminder}), so that every copy shows the deadline done once it is.
 */
final class SlackChannels implements ChannelNotifier {
    private static final System.Logger LOG = System.getLogger(SlackChannels.class.getName());
    private static final Platform PLATFORM = SlackHandlers.PLATFORM;

    private final SlackApi api;
    private final Addresses addresses;
    private final PostedCopies postedCopies;
    private final Roles roles;
    private final Function<BoardId, Optional<String>> panelChannel;

    SlackChannels(SlackApi api, Addresses addresses, PostedCopies postedCopies, Roles roles,
                  Function<BoardId, Optional<String>> panelChannel) {
        this.api = Objects.requireNonNull(api, "api");
        this.addresses = Objects.requireNonNull(addresses, "addresses");
        this.postedCopies = Objects.requireNonNull(postedCopies, "postedCopies");
        this.roles = Objects.requireNonNull(roles, "roles");
        this.panelChannel = Objects.requireNonNull(panelChannel, "panelChannel");
    }

    @Override
    public void send(Notification note) {
        List<String> refused = new ArrayList<>();
        List<String> unreached = new ArrayList<>();
        if (note.to().contains(Audience.CHAIR)) {
            for (String chair : roles.chairIds(note.board(), PLATFORM).stream().sorted().toList()) {
                Optional<String> dm = directMessage(chair);
                if (dm.isEmpty()) {
                    unreached.add(chair);
                } else if (!postOnce(note, dm.get(), Optional.empty())) {
                    refused.add("a Chair's direct message");
                }
            }
        }
        Optional<String> panel = panelChannel.apply(note.board());
        boolean toPanel = note.to().contains(Audience.PANEL_CHANNEL) || !unreached.isEmpty();
        if (toPanel && panel.isPresent()) {
            Optional<String> mention = unreached.isEmpty() ? Optional.empty()
                    : Optional.of(unreached.stream().map(id -> "<@" + id + ">").collect(Collectors.joining(" "))
                    + " for your attention.");
            if (!postOnce(note, panel.get(), mention)) {
                refused.add("the panel channel");
            }
        } else if (toPanel) {
            LOG.log(System.Logger.Level.INFO, "{0}: no Slack panel channel for {1}", note.dedupeKey(),
                    note.board().value());
        }
        if (!refused.isEmpty()) {
            throw new IllegalStateException("Slack did not accept the notification in " + String.join(" and ", refused));
        }
    }

    /** The app's DM with a person: stored when they last wrote to the app, else opened (im:write). */
    private Optional<String> directMessage(String user) {
        Optional<String> stored = addresses.find(PLATFORM, Addresses.Kind.PERSON, user).map(Addresses.Address::value);
        if (stored.isPresent()) {
            return stored;
        }
        Optional<String> opened = api.openDirectMessage(user);
        opened.ifPresent(channel -> addresses.save(new Addresses.Address(PLATFORM, Addresses.Kind.PERSON, user,
                channel)));
        return opened;
    }

    /** Posts unless this notification was already accepted in this channel. @return false if Slack refused it */
    private boolean postOnce(Notification note, String channel, Optional<String> firstLine) {
        if (postedCopies.wasPosted(PLATFORM, note.dedupeKey(), channel)) {
            return true;
        }
        Optional<String> ts = api.post(channel, SlackBlocks.notification(note, firstLine), Optional.empty());
        ts.ifPresent(posted -> postedCopies.markPosted(PLATFORM, note.dedupeKey(), channel));
        note.reminds().ifPresent(reminds -> ts.ifPresent(posted -> postedCopies.remember(new PostedCopies.Copy(
                reminds.caseId(), PostedCopies.reminder(reminds.kind()), PLATFORM, channel + ":" + posted,
                channel + " " + posted))));
        return ts.isPresent();
    }

    /**
     * Every posted copy of the deadline's reminders (the panel channel's, each Chair's) loses its buttons and
     * says who did it and when. A copy Slack refuses to change is thrown, so the caller tries again.
     */
    @Override
    public void remindersDone(CaseRecord record, DeadlineKind kind) {
        Optional<String> line = record.deadline(kind).flatMap(CaseDeadline::done)
                .map(mark -> mark.line(kind));
        if (line.isEmpty()) {
            return;
        }
        SlackBlocks.Message done = SlackBlocks.reminderDone(record, kind, line.get());
        List<String> refused = new ArrayList<>();
        for (PostedCopies.Copy copy : postedCopies.copies(record.id(), PostedCopies.reminder(kind), PLATFORM)) {
            String[] where = copy.reference().split(" ");
            if (where.length == 2 && !api.update(where[0], where[1], done)) {
                refused.add(where[0]);
            }
        }
        if (!refused.isEmpty()) {
            throw new IllegalStateException("Slack did not accept the update of " + refused.size() + " reminder(s)");
        }
    }
}
