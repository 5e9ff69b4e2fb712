/** In-memory implementations of the storage ports: for tests and the terminal chat. Thread-safe. */
package uk.lscb.casereview.core.port.memory;
