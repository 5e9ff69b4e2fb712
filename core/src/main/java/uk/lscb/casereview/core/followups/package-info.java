/**
 * Carrying out what a stored case change owes ({@link uk.lscb.casereview.core.cases.FollowUp}): the
 * Chair's card, notices to the panel channel and the case's reminder jobs
 * ({@link uk.lscb.casereview.core.followups.CaseNotifications}), done one at a time under a lease
 * ({@link uk.lscb.casereview.core.cases.FollowUpProcessor}) and retried when a Chair can be reached
 * ({@link uk.lscb.casereview.core.cases.ChairArrivals}). Above {@code cases}, {@code delivery} and
 * {@code reminders}, so that none of them depends on it.
 */
package uk.lscb.casereview.core.followups;
