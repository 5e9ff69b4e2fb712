/**
 * A case: its reference, and (after the recommendation) its lifecycle, decision, deadlines and audit trail;
 * the referral it is made from, and the port that stores cases ({@link uk.lscb.casereview.core.cases.Cases}).
 */
package uk.lscb.casereview.core.cases;
