/**
 * Durable deadline reminders: {@link uk.lscb.casereview.core.reminders.ReminderScheduler} keeps a case's
 * stored reminder jobs in step with its deadlines, and {@link uk.lscb.casereview.core.reminders.ReminderSweeper}
 * (one per server) sends the due ones through the {@link uk.lscb.casereview.core.delivery.ChannelNotifier}, claiming
 * each with a lease. Time is always passed in; nothing here reads the clock.
 */
package uk.lscb.casereview.core.reminders;
