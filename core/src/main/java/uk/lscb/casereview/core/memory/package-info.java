/**
 * In-memory implementations of core's storage ports (cases, conversations, transcripts, reminder jobs,
 * addresses): for tests and the terminal chat. Thread-safe. The top of core: it depends on the ports'
 * packages, and nothing in core depends on it.
 */
package uk.lscb.casereview.core.memory;
