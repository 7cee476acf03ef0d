/**
 * HIPAA authorizations (45 CFR 164.508): their core elements and required statements, every
 * defect that makes one invalid at an instant, what one covers, and the record of identity
 * verification that precedes any disclosure (164.514(h)).
 */
package io.github.medrecords.core.authorization;
