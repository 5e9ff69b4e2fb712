/** The terminal chat: the scoping conversation over stdin and stdout. */
package uk.lscb.casereview.bot.chat;
