/**
 * References shared across core: a board's id, a case's id and reference, a conversation's key.
 * A leaf: depends on nothing else in core.
 */
package uk.lscb.casereview.core.refs;
