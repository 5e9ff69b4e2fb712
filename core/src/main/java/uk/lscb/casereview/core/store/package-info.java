/**
 * What every storage port shares: {@link uk.lscb.casereview.core.store.StoreUnavailableException}, thrown
 * when a store cannot be reached. A leaf.
 */
package uk.lscb.casereview.core.store;
