/**
 * The embedded MongoDB-compatible store: mongo-java-server's H2 backend, durable after every write, BSON on
 * disk and compacted ({@link uk.lscb.casereview.adapters.mongo.embedded.EmbeddedBackend}), reached by the driver
 * through in-memory connections only ({@link uk.lscb.casereview.adapters.mongo.embedded.InProcessMongo}).
 */
package uk.lscb.casereview.adapters.mongo.embedded;
