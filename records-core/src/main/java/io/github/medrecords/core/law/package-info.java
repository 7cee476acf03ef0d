/**
 * The law the library encodes, as data a person can read: every rule id cited in code, quotes,
 * findings and messages ({@code R5.2}, {@code NY.1}) with its words, jurisdiction, sources and
 * UNCONFIRMED mark ({@link io.github.medrecords.core.law.LawRule}), and the public address behind every
 * source tag such as {@code [CT-PA08]} ({@link io.github.medrecords.core.law.LawSource}), both held by
 * {@link io.github.medrecords.core.law.LawCatalogue}. The law book in the repository's {@code docs/law}
 * is generated from this catalogue together with the fee limits ({@code fee.LegalLimits}) and the
 * deadline rules ({@code timeframe.DeadlineRules}). This is research for software, not legal advice.
 */
package io.github.medrecords.core.law;
