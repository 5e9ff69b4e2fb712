/**
 * Microsoft Teams through the Bot Framework Java SDK: maps Teams activities to core inputs and renders
 * core replies and decision cards as Adaptive Cards 1.5. It decides nothing; the SDK stays inside this package.
 */
package uk.lscb.casereview.adapters.teams;
