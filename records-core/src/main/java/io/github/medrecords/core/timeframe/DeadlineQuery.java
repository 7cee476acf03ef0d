package io.github.medrecords.core.timeframe;

import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.RecordsRequest;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * The facts that decide a request's legal deadlines: the date it was received (in the practice's
 * zone), what it asks for, its legal basis and the states whose law the practice follows.
 *
 * <p>Immutable and thread-safe.
 *
 * @param receivedOn  the date of receipt in the practice's zone, not null
 * @param kind  what the request asks for, not null
 * @param basis  the legal basis of the disclosure, not null; {@link LegalBasis#INDIVIDUAL_ACCESS}
 *     for an accounting of disclosures
 * @param jurisdictions  the states whose law applies besides federal law, not null
 */
public record DeadlineQuery(LocalDate receivedOn, RequestKind kind, LegalBasis basis, Set<UsState> jurisdictions) {

    /**
     * Validates and copies the parts.
     *
     * @param receivedOn  the date of receipt in the practice's zone, not null
     * @param kind  what the request asks for, not null
     * @param basis  the legal basis of the disclosure, not null
     * @param jurisdictions  the states whose law applies besides federal law, not null
     */
    public DeadlineQuery {
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(basis, "basis");
        jurisdictions = Set.copyOf(Objects.requireNonNull(jurisdictions, "jurisdictions"));
    }

    /**
     * Returns the query for a request for records.
     *
     * @param receivedOn  the date of receipt in the practice's zone, not null
     * @param basis  the legal basis, not null
     * @param jurisdictions  the states whose law applies, not null
     * @return the query, not null
     */
    public static DeadlineQuery forRecords(LocalDate receivedOn, LegalBasis basis, Set<UsState> jurisdictions) {
        return new DeadlineQuery(receivedOn, RequestKind.RECORDS, basis, jurisdictions);
    }

    /**
     * Returns the query for a records request, taking its legal basis.
     *
     * @param request  the request, not null
     * @param receivedOn  the date of receipt in the practice's zone, not null
     * @param jurisdictions  the states whose law the practice follows, not null
     * @return the query, not null
     */
    public static DeadlineQuery forRequest(RecordsRequest request, LocalDate receivedOn, Set<UsState> jurisdictions) {
        Objects.requireNonNull(request, "request");
        return forRecords(receivedOn, request.legalBasis(), jurisdictions);
    }

    /**
     * Returns the query for a request for an accounting of disclosures (R4.5).
     *
     * @param receivedOn  the date of receipt in the practice's zone, not null
     * @param jurisdictions  the states whose law applies, not null
     * @return the query, not null
     */
    public static DeadlineQuery forAccounting(LocalDate receivedOn, Set<UsState> jurisdictions) {
        return new DeadlineQuery(receivedOn, RequestKind.ACCOUNTING_OF_DISCLOSURES, LegalBasis.INDIVIDUAL_ACCESS,
                jurisdictions);
    }
}
