/**
 * What every rule pack is made of: questions with the conditions for asking them, three-valued
 * answers, outcomes, the recommendation, and the assessment of a set of answers. One
 * sub-package per pack holds the pack itself as a value.
 */
package uk.lscb.casereview.core.rules;
