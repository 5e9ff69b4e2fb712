/**
 * The Slack app in the application, on when {@code SLACK_BOT_TOKEN} is set: Bolt's servlet at
 * {@code /slack/events} (or Socket Mode), and Slack's share of the Chair's cards, the panel channel
 * notifications and the direct messages.
 */
package uk.lscb.casereview.bot.slack;
