package io.github.medrecords.core.workflow;

import io.github.medrecords.core.party.PracticeId;
import io.github.medrecords.core.request.LegalBasis;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One disclosure as the accounting of disclosures must list it (45 CFR 164.528, R4.3): the date,
 * the recipient's name and address if known, a brief description of what was disclosed and a brief
 * statement of the purpose. Written only for disclosures the accounting lists (R4.2); append-only.
 *
 * <p>Protected health information: {@link #toString()} shows only identifiers. Immutable and
 * thread-safe.
 *
 * @param id  the entry's id, not null
 * @param practiceId  the practice, not null
 * @param patient  the patient's key, not null
 * @param requestNumber  the request it came from, if any (a business associate's may have none)
 * @param disclosedAt  when, not null
 * @param recipientName  who received it, not blank
 * @param recipientAddress  their address if known
 * @param description  a brief description of the information, not blank
 * @param purpose  a brief statement of the purpose, not blank
 * @param basis  the legal basis, not null
 * @param disclosedBy  the practice or the business associate that made it, not blank
 */
public record DisclosureEntry(UUID id, PracticeId practiceId, PatientKey patient, Optional<RequestNumber> requestNumber,
        Instant disclosedAt, String recipientName, Optional<String> recipientAddress, String description,
        String purpose, LegalBasis basis, String disclosedBy) {

    /**
     * Validates the entry.
     *
     * @throws IllegalArgumentException if a required text is blank
     */
    public DisclosureEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(practiceId, "practiceId");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(requestNumber, "requestNumber");
        Objects.requireNonNull(disclosedAt, "disclosedAt");
        Objects.requireNonNull(recipientName, "recipientName");
        Objects.requireNonNull(recipientAddress, "recipientAddress");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(disclosedBy, "disclosedBy");
        if (recipientName.isBlank() || description.isBlank() || purpose.isBlank() || disclosedBy.isBlank()) {
            throw new IllegalArgumentException("A disclosure entry needs a recipient, a description, a purpose and who"
                    + " disclosed (R4.3)");
        }
    }

    @Override
    public String toString() {
        return "DisclosureEntry[" + id + ", " + practiceId + ", " + requestNumber.map(Object::toString).orElse("-")
                + ", " + disclosedAt + ", " + basis + "]";
    }
}
