package io.github.medrecords.core.timeframe;

import io.github.medrecords.core.party.ProviderKind;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.PurposeKind;
import io.github.medrecords.core.request.RecordsRequest;
import io.github.medrecords.core.request.RequesterRole;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
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
public record DeadlineQuery(LocalDate receivedOn, RequestKind kind, LegalBasis basis, Set<UsState> jurisdictions,
        RequesterRole role, PurposeKind purpose, ProviderKind providerKind) {

    /**
     * Validates and copies the parts.
     *
     * @param receivedOn  the date of receipt in the practice's zone, not null
     * @param kind  what the request asks for, not null
     * @param basis  the legal basis of the disclosure, not null
     * @param jurisdictions  the states whose law applies besides federal law, not null
     * @param role  the requester's role, null if not known (rules for some roles then do not apply)
     * @param purpose  the request's purpose, null if not known (rules for some purposes then do not apply)
     * @param providerKind  the kind of provider the practice is, not null
     */
    public DeadlineQuery {
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(providerKind, "providerKind");
        jurisdictions = Set.copyOf(Objects.requireNonNull(jurisdictions, "jurisdictions"));
    }

    /**
     * Creates a query at a physician's practice, the requester's role and the purpose not known.
     *
     * @param receivedOn  the date of receipt in the practice's zone, not null
     * @param kind  what the request asks for, not null
     * @param basis  the legal basis of the disclosure, not null
     * @param jurisdictions  the states whose law applies besides federal law, not null
     */
    public DeadlineQuery(LocalDate receivedOn, RequestKind kind, LegalBasis basis, Set<UsState> jurisdictions) {
        this(receivedOn, kind, basis, jurisdictions, null, null, ProviderKind.PHYSICIAN);
    }

    /**
     * Returns the role of the requester.
     *
     * @return the role, empty if not known
     */
    public Optional<RequesterRole> requesterRole() {
        return Optional.ofNullable(role);
    }

    /**
     * Returns the purpose of the request.
     *
     * @return the purpose, empty if not known
     */
    public Optional<PurposeKind> requestPurpose() {
        return Optional.ofNullable(purpose);
    }

    /**
     * Returns a copy at a provider of another kind.
     *
     * @param kind  the kind of provider the practice is, not null
     * @return the query, not null
     */
    public DeadlineQuery atProvider(ProviderKind kind) {
        return new DeadlineQuery(receivedOn, this.kind, basis, jurisdictions, role, purpose, kind);
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
        return forRequest(request, receivedOn, jurisdictions, ProviderKind.PHYSICIAN);
    }

    /**
     * Returns the query for a records request at a provider of a kind, taking its legal basis, the requester's
     * role and the purpose.
     *
     * @param request  the request, not null
     * @param receivedOn  the date of receipt in the practice's zone, not null
     * @param jurisdictions  the states whose law the practice follows, not null
     * @param providerKind  the kind of provider the practice is, not null
     * @return the query, not null
     */
    public static DeadlineQuery forRequest(RecordsRequest request, LocalDate receivedOn, Set<UsState> jurisdictions,
            ProviderKind providerKind) {
        Objects.requireNonNull(request, "request");
        return new DeadlineQuery(receivedOn, RequestKind.RECORDS, request.legalBasis(), jurisdictions,
                request.requester().role(), request.purpose().kind(), providerKind);
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
