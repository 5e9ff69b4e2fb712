/** JMH benchmarks of the core: a conversation turn and the assessment, best and worst case. */
package uk.lscb.casereview.benchmarks;
