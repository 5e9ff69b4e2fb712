/**
 * Delivery: what the assistant owes each platform (a card, a notice), stored as jobs and carried out per platform
 * outside any inbound request, with leases and backoff.
 */
package uk.lscb.casereview.core.delivery;
