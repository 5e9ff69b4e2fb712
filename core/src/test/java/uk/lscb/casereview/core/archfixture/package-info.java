/**
 * Test-only classes that break the architecture rules on purpose, so that {@code ArchitectureTest} can show
 * each rule catches what it should. Never imported by the rules' real runs (test classes are excluded).
 */
package uk.lscb.casereview.core.archfixture;
