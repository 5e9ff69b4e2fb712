/**
 * How core sends to people. Each platform implements one port, {@link uk.lscb.casereview.core.delivery.DeliveryPort}
 * (post {@link uk.lscb.casereview.core.delivery.Content} to a {@link uk.lscb.casereview.core.delivery.Destination}
 * and get a reference back, replace by reference, can it reach a person); where each card and notice goes is decided
 * here once for every platform ({@link uk.lscb.casereview.core.delivery.DeliveryPolicy} over
 * {@link uk.lscb.casereview.core.delivery.Recipient}s, carried out by
 * {@link uk.lscb.casereview.core.delivery.PlatformDelivery}, which keeps
 * {@link uk.lscb.casereview.core.delivery.PostedCopies}). The case's follow-ups reach it through the three roles it
 * plays: the Chair's card ({@link uk.lscb.casereview.core.delivery.DecisionRequests}), notices
 * ({@link uk.lscb.casereview.core.delivery.ChannelNotifier}, {@link uk.lscb.casereview.core.delivery.Notification})
 * and direct messages. Also what the assistant owes each platform (a card, a notice), stored as delivery jobs and
 * carried out per platform outside any inbound request, with leases and backoff
 * ({@link uk.lscb.casereview.core.delivery.Deliveries}), and where each platform can post
 * ({@link uk.lscb.casereview.core.delivery.Addresses}).
 */
package uk.lscb.casereview.core.delivery;
