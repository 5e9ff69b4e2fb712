/**
 * The ports through which core reaches the world: stored conversations, transcripts and cases.
 * Each implementation passes the contract tests in core's test-jar; {@code memory} holds the
 * in-memory ones used by tests and the terminal chat.
 */
package uk.lscb.casereview.core.port;
