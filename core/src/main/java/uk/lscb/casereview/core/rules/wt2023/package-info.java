/**
 * Rule pack {@code wt2023}: serious incident notifications, rapid reviews and the local child safeguarding
 * practice review criteria under Working Together to Safeguard Children 2023 (chapter 5), the Children Act 2004
 * and the Child Safeguarding Practice Review and Relevant Agency (England) Regulations 2018.
 */
package uk.lscb.casereview.core.rules.wt2023;
