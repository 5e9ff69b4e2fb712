/**
 * Durable deadline reminders: {@link uk.lscb.casereview.core.reminders.ReminderScheduler} keeps a case's
 * stored reminder jobs in step with its deadlines, {@link uk.lscb.casereview.core.reminders.ReminderSweeper}
 * (one per server) claims each due one with a lease and hands it to every platform's deliveries, and
 * {@link uk.lscb.casereview.core.reminders.ReminderDeliveries} posts each platform's copy from that platform's own
 * delivery worker. The sweep's time is passed in; only the deliveries' due time comes from the injected clock.
 */
package uk.lscb.casereview.core.reminders;
