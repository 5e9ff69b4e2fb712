/**
 * The ports through which core sends to people: a case's decision card to the Chair
 * ({@link uk.lscb.casereview.core.delivery.DecisionRequests}), notices to a board's panel channel
 * ({@link uk.lscb.casereview.core.delivery.ChannelNotifier}, {@link uk.lscb.casereview.core.delivery.Notification}),
 * direct messages, and where each platform reaches a person or channel
 * ({@link uk.lscb.casereview.core.delivery.Addresses}). Each platform adapter implements them.
 * Also what the assistant owes each platform (a card, a notice), stored as delivery jobs and carried out per
 * platform outside any inbound request, with leases and backoff ({@link uk.lscb.casereview.core.delivery.Deliveries}).
 */
package uk.lscb.casereview.core.delivery;
