/**
 * The scoping conversation: a channel-neutral state machine that asks a rule pack's questions one
 * at a time. {@link uk.lscb.casereview.core.conversation.Conversation#handle} is a pure function of
 * (state, input, clock) to (new state, replies, effects).
 */
package uk.lscb.casereview.core.conversation;
