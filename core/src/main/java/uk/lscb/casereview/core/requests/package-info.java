/**
 * Agencies' contributions (Children Act 2004 s14B): a board asks an agency for information on a case
 * ({@link uk.lscb.casereview.core.requests.AgencyRequest}, stored apart from the case through
 * {@link uk.lscb.casereview.core.requests.AgencyRequests} and linked to it by the case's id), the agency's contact
 * is told with the legal basis in the framework's words ({@link uk.lscb.casereview.core.requests.LegalBasis}),
 * reminders go to the contact and the panel channel until it is provided, and overdue requests escalate to the
 * Chair. Every step is written to the case's audit trail, with the follow-ups it owes, by
 * {@link uk.lscb.casereview.core.requests.AgencyRequestService}. Above cases and reminders; below followups, which
 * renders what the follow-ups post.
 */
package uk.lscb.casereview.core.requests;
