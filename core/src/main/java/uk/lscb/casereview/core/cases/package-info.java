/** A case: its reference, and (after the recommendation) its lifecycle, decision, deadlines and audit trail. */
package uk.lscb.casereview.core.cases;
