/**
 * The Case Review Assistant's domain: rule packs, the scoping conversation, boards, the case
 * lifecycle, deadlines and the ports through which the world is reached. Plain Java only.
 */
package uk.lscb.casereview.core;
