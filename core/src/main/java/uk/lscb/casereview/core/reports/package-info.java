/**
 * What a board's people read across its cases: the dashboard's overview (open cases by stage, what is due this
 * week and what is overdue) and the annual report's figures for a reporting year (April to March). Pure functions of
 * the stored cases, requests and a time.
 */
package uk.lscb.casereview.core.reports;
