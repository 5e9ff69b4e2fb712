/**
 * What passes between a person and the assistant, whatever the platform: replies
 * ({@link uk.lscb.casereview.core.messages.Reply}), their choices and facts, UK dates as people type and
 * read them, and the guard against personal details in typed text. Depends only on {@code rules}.
 */
package uk.lscb.casereview.core.messages;
