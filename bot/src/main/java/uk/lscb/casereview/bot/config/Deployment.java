package uk.lscb.casereview.bot.config;

/**
 * How this instance runs. In local mode (no Teams or Slack credentials) the local chat page and its
 * identity picker are on, and the transcript endpoints take {@code ?as=} instead of the admin token.
 */
public record Deployment(boolean localMode) {
}
