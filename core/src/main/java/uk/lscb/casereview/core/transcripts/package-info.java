/**
 * The transcript of each conversation (what was said, by whom, when) and the port that stores it,
 * {@link uk.lscb.casereview.core.transcripts.Transcripts}. Read by the scoping conversation and by case
 * commands; depends only on the shared references.
 */
package uk.lscb.casereview.core.transcripts;
