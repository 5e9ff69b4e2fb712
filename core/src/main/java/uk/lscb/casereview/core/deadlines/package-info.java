/**
 * Deadlines and reminders: the framework's deadlines as date arithmetic, England and Wales
 * working days, and the reminder-schedule policy — pure functions of dates and instants given by
 * the caller, in Europe/London; nothing here reads the system clock.
 */
package uk.lscb.casereview.core.deadlines;
