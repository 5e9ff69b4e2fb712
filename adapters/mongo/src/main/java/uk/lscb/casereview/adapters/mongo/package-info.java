/**
 * The storage ports on MongoDB through the official sync driver: {@link uk.lscb.casereview.adapters.mongo.MongoStore}
 * is the entry point; collections, indexes and document shapes (mapped explicitly, field by field) are this
 * package's business. Single-document atomicity only: no transactions.
 */
package uk.lscb.casereview.adapters.mongo;
