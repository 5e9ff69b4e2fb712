/** The Spring Boot application: wiring, configuration, HTTP endpoints, the local chat page and the terminal chat. */
package uk.lscb.casereview.bot;
