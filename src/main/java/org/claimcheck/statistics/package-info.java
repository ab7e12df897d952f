/**
 * Judges statistical claims ("eight out of 10 South Africans have electricity", "wind generated less than 1%
 * of Australia's power between 1990 and 2006") against the time series of a reference folder: which place and
 * indicator the sentence names, which years it speaks of, and what it says of them (a level, a change, a span
 * that held, a record, a rank). Each rule is a small class; anything the series cannot decide is unverifiable,
 * with the reason. Depends on {@code extract}, {@code series}, {@code places} and {@code value} only.
 */
package org.claimcheck.statistics;
