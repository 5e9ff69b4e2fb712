/** People: who someone is on which platform ({@link uk.lscb.casereview.core.people.UserRef}). A leaf. */
package uk.lscb.casereview.core.people;
