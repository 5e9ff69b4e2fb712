/**
 * The ports through which core sends to people: a case's decision card to the Chair
 * ({@link uk.lscb.casereview.core.delivery.DecisionRequests}), notices to a board's panel channel
 * ({@link uk.lscb.casereview.core.delivery.ChannelNotifier}, {@link uk.lscb.casereview.core.delivery.Notification}),
 * direct messages, and where each platform reaches a person or channel
 * ({@link uk.lscb.casereview.core.delivery.Addresses}). Each platform adapter implements them.
 */
package uk.lscb.casereview.core.delivery;
