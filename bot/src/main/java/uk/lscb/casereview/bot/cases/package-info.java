/**
 * The case after the recommendation, wired: the case service and its commands, the Chair's cards and
 * notifications on every platform, and the reminder sweep.
 */
package uk.lscb.casereview.bot.cases;
