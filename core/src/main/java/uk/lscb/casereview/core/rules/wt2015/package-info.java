/**
 * Rule pack {@code wt2015}: the Staffordshire and Stoke-on-Trent LSCBs' Learning and Improvement
 * Framework, written against Working Together to Safeguard Children 2015.
 */
package uk.lscb.casereview.core.rules.wt2015;
