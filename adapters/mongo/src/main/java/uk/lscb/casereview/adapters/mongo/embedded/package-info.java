/**
 * The embedded MongoDB-compatible store: mongo-java-server's H2 backend in memory, durable after every write
 * through a write-ahead journal of document images, replayed and rewritten as a snapshot when opened
 * ({@link uk.lscb.casereview.adapters.mongo.embedded.EmbeddedBackend},
 * {@link uk.lscb.casereview.adapters.mongo.embedded.Journal}), reached by the driver
 * through in-memory connections only ({@link uk.lscb.casereview.adapters.mongo.embedded.InProcessMongo}).
 */
package uk.lscb.casereview.adapters.mongo.embedded;
