/**
 * The learning log (the framework's "collate the findings and lessons from the full range of case reviews"): each
 * review's findings, the recommendations made from them and the agencies' actions on those, followed to the end
 * with evidence, and shared, once recorded, with both boards. Above {@code cases}, {@code boards} and
 * {@code messages}; nothing in core below it depends on it.
 */
package uk.lscb.casereview.core.learning;
