/**
 * The board's dashboard ({@code /board}): who may see it (sign-in with the organisation's OpenID Connect provider,
 * or {@code ?as=} in local mode), its pages rendered on the server with GOV.UK Frontend, the charts and the annual
 * report. It reads through the same ports and views as the case API and the chat.
 */
package uk.lscb.casereview.bot.dashboard;
