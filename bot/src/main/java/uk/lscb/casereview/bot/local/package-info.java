/**
 * Local mode's stand-ins for Teams and Slack: the in-memory inboxes and panel channels that the local
 * page shows, its JSON API for the Chair's card and the panel's Mark done buttons, and the dev-only
 * test clock that lets a new user see the reminders happen. None of it exists outside local mode.
 */
package uk.lscb.casereview.bot.local;
