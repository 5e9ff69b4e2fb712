/** Where conversations, transcripts and cases are kept. */
package uk.lscb.casereview.bot.storage;
