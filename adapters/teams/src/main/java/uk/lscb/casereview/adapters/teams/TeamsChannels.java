package uk.lscb.casereview.adapters.teams;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import uk.lscb.casereview.core.boards.Roles;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.deadlines.Audience;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.delivery.Addresses;
import uk.lscb.casereview.core.delivery.ChannelNotifier;
import uk.lscb.casereview.core.delivery.Notification;
import uk.lscb.casereview.core.delivery.PostedCopies;

/**
 * Posts a notification (a reminder, a decision, a new referral) in Teams as an Adaptive Card, proactively:
 * to the board's panel channel ({@link PanelChannels}: registered with the admin command, else configured),
 * and, when it is for the {@link Audience#CHAIR} too (an escalation), to each of the board's Chairs in their
 * 1:1 chat with the bot; a Chair the bot cannot reach privately is @-mentioned on the panel channel's post
 * instead. Its actions (Mark done) come back through the handler's {@code case:} path.
 *
 * <p>A board with no Teams panel channel and no reachable Chair gets nothing, and that is not an error. A post
 * the Bot Connector refuses, after {@link ConnectorRetry}'s retries, is thrown so the caller retries later;
 * each place it did reach is marked posted in {@link PostedCopies} (by dedupe key and place), so a retry
 * posts only where it has not been posted yet. Each copy of a deadline's reminder is remembered there too
 * ({@link PostedCopies#reminder}), so that once the deadline is done every copy, the panel channel's and each
 * Chair's, becomes the done card ({@link #remindersDone}).
 */
public final class TeamsChannels implements ChannelNotifier {
    private static final System.Logger LOG = System.getLogger(TeamsChannels.class.getName());

    private final Proactive proactive;
    private final PanelChannels panels;
    private final Addresses addresses;
    private final PostedCopies postedCopies;
    private final Roles roles;

    TeamsChannels(Proactive proactive, PanelChannels panels, Addresses addresses, PostedCopies postedCopies,
                  Roles roles) {
        this.proactive = proactive;
        this.panels = panels;
        this.addresses = addresses;
        this.postedCopies = postedCopies;
        this.roles = roles;
    }

    /** For tests: the same, with the first retry after {@code millis}. */
    TeamsChannels withBaseDelayMillis(long millis) {
        return new TeamsChannels(proactive.withRetry(new ConnectorRetry(millis)), panels, addresses, postedCopies,
                roles);
    }

    @Override
    public void send(Notification notification) {
        List<RuntimeException> failures = new ArrayList<>();
        List<String> unreached = new ArrayList<>();
        if (notification.to().contains(Audience.CHAIR)) {
            Set<String> chairs = new TreeSet<>(roles.chairIds(notification.board(), References.PLATFORM));
            for (String chair : chairs) {
                Optional<ConversationReference> reference = addresses.find(References.PLATFORM,
                        Addresses.Kind.PERSON, chair).flatMap(address -> References.read(address.value()));
                if (reference.isEmpty()) {
                    unreached.add(chair);
                    continue;
                }
                post(notification, "chair:" + chair, reference.get(), card(notification), failures);
            }
        }
        boolean toPanel = notification.to().contains(Audience.PANEL_CHANNEL) || !unreached.isEmpty();
        if (toPanel) {
            Optional<ConversationReference> panel = panels.reference(notification.board());
            if (panel.isPresent()) {
                Activity activity = card(notification);
                if (!unreached.isEmpty()) {
                    Mentions.mention(activity, unreached, "this needs the Chair's attention.");
                }
                post(notification, "panel", panel.get(), activity, failures);
            } else {
                LOG.log(System.Logger.Level.DEBUG, "{0}: no Teams panel channel for {1}", notification.dedupeKey(),
                        notification.board().value());
            }
        }
        if (!failures.isEmpty()) {
            RuntimeException failure = failures.get(0);
            failures.stream().skip(1).forEach(failure::addSuppressed);
            throw failure;
        }
    }

    private static Activity card(Notification notification) {
        Activity activity = TeamsHandler.cardActivity(TeamsCards.notification(notification));
        activity.setSummary(notification.title());
        return activity;
    }

    private void post(Notification notification, String where, ConversationReference reference, Activity activity,
                      List<RuntimeException> failures) {
        if (postedCopies.wasPosted(References.PLATFORM, notification.dedupeKey(), where)) {
            return;
        }
        Optional<String> activityId;
        try {
            activityId = proactive.send(reference, activity);
        } catch (RuntimeException failed) {
            // The failure's message may quote the post: only its type and status are logged.
            LOG.log(System.Logger.Level.WARNING, "{0}: the Teams post to {1} failed ({2}, status {3})",
                    notification.dedupeKey(), where.startsWith("chair:") ? "a Chair" : where,
                    failed.getClass().getSimpleName(), ConnectorRetry.status(failed));
            failures.add(failed);
            return;
        }
        postedCopies.markPosted(References.PLATFORM, notification.dedupeKey(), where);
        notification.reminds().ifPresent(reminds -> activityId.ifPresent(id -> postedCopies.remember(
                new TeamsDecisionRequests.Copy(References.write(reference), id).of(reminds.caseId(),
                        PostedCopies.reminder(reminds.kind())))));
    }

    /** Every posted copy of the deadline's reminders becomes its done card; a copy that fails is thrown (retried). */
    @Override
    public void remindersDone(CaseRecord record, DeadlineKind kind) {
        ObjectNode done = TeamsCards.done(record, kind);
        List<RuntimeException> failures = new ArrayList<>();
        List<TeamsDecisionRequests.Copy> copies = postedCopies.copies(record.id(), PostedCopies.reminder(kind),
                References.PLATFORM).stream().map(TeamsDecisionRequests.Copy::from).flatMap(Optional::stream).toList();
        for (TeamsDecisionRequests.Copy copy : copies) {
            Optional<ConversationReference> reference = References.read(copy.reference());
            if (reference.isEmpty()) {
                continue;
            }
            Activity update = TeamsHandler.cardActivity(done);
            update.setId(copy.activityId());
            try {
                proactive.update(reference.get(), update);
            } catch (RuntimeException failed) {
                LOG.log(System.Logger.Level.WARNING, "case {0}: a reminder copy could not be updated ({1}, status {2})",
                        record.id().value(), failed.getClass().getSimpleName(), ConnectorRetry.status(failed));
                failures.add(failed);
            }
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }
}
