/** HTTP: the assessment API, the local chat (page and JSON), case transcripts, and JSON errors everywhere. */
package uk.lscb.casereview.bot.web;
