/**
 * Slack through Bolt for Java: events, the slash command, Block Kit messages and the Chair's modal.
 * It maps Slack requests to core inputs and renders core replies; it decides nothing. Bolt stays in
 * this package: {@link uk.lscb.casereview.adapters.slack.SlackAssistant} is the one public entry.
 */
package uk.lscb.casereview.adapters.slack;
