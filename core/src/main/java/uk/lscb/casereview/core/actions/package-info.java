/**
 * What a button does, typed: the sealed {@link uk.lscb.casereview.core.actions.ButtonAction} kinds and the one
 * {@link uk.lscb.casereview.core.actions.ActionCodec} that writes them as payload strings and reads them back.
 * Adapters carry the strings opaquely. A leaf of core: it depends on nothing in core but question ids and
 * deadline kinds, so that the conversation and the cases depend on it and never the reverse.
 */
package uk.lscb.casereview.core.actions;
