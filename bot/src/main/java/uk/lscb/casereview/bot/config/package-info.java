/** Configuration under {@code casereview.*}, checked at start-up, and the deployment mode (local or not). */
package uk.lscb.casereview.bot.config;
