/**
 * Microsoft Teams in the application: the {@code POST /api/messages} endpoint and the Teams adapter's
 * decision cards, panel-channel notifications and direct messages as the platform beans the case wiring uses.
 */
package uk.lscb.casereview.bot.teams;
