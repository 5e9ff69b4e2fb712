/**
 * Platforms: where a person, a conversation or a delivery is ({@link uk.lscb.casereview.core.platforms.Platform}).
 * A leaf: depends on nothing else in core.
 */
package uk.lscb.casereview.core.platforms;
