package io.github.medrecords.core.request;

import io.github.medrecords.core.party.Language;
import io.github.medrecords.core.party.PracticeId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A request for copies of medical records, valid by construction: who asks and on what legal basis,
 * about whom, for which records, delivered how.
 *
 * <p>Built from a portal's form by {@code io.github.medrecords.core.intake.RequestIntake}, which reports
 * every problem at once, or in code with {@link #builder(PracticeId)}, whose {@code build()} refuses an
 * invalid combination. What happens to the request afterwards (its status, authorization, fees, history)
 * belongs to the workflow, not to this value.
 *
 * <p>{@link #toString()} reveals no protected health information. Immutable and thread-safe.
 */
public final class RecordsRequest {

    private final PracticeId practiceId;
    private final Requester requester;
    private final LegalBasis legalBasis;
    private final Purpose purpose;
    private final List<SupportingDocument> documents;
    private final PatientIdentity patient;
    private final List<RecordSelection> selections;
    private final Delivery delivery;
    private final Directive directive;
    private final Language language;
    private final boolean attorneyBeforeSuit;

    private RecordsRequest(Builder b) {
        this.practiceId = b.practiceId;
        this.requester = b.requester;
        this.legalBasis = b.legalBasis;
        this.purpose = b.purpose;
        this.documents = List.copyOf(b.documents);
        this.patient = b.patient;
        this.selections = List.copyOf(b.selections);
        this.delivery = b.delivery;
        this.directive = b.directive;
        this.language = b.language;
        this.attorneyBeforeSuit = b.attorneyBeforeSuit;
    }

    /**
     * Starts a request for a practice.
     *
     * @param practiceId  the practice the request is made to, not null
     * @return a builder, not null
     */
    public static Builder builder(PracticeId practiceId) {
        return new Builder(practiceId);
    }

    /**
     * Returns the practice the request is made to.
     *
     * @return the practice id, not null
     */
    public PracticeId practiceId() {
        return practiceId;
    }

    /**
     * Returns who asks.
     *
     * @return the requester, not null
     */
    public Requester requester() {
        return requester;
    }

    /**
     * Returns the legal basis of the disclosure.
     *
     * @return the basis, not null
     */
    public LegalBasis legalBasis() {
        return legalBasis;
    }

    /**
     * Returns why the records are wanted.
     *
     * @return the purpose, not null
     */
    public Purpose purpose() {
        return purpose;
    }

    /**
     * Returns the attached documents.
     *
     * @return an unmodifiable list, not null
     */
    public List<SupportingDocument> documents() {
        return documents;
    }

    /**
     * Tells whether a document of a kind is attached.
     *
     * @param kind  the kind, not null
     * @return true if at least one is attached
     */
    public boolean hasDocument(DocumentKind kind) {
        Objects.requireNonNull(kind, "kind");
        return documents.stream().anyMatch(d -> d.kind() == kind);
    }

    /**
     * Tells whether the purpose is a benefit claim and the claim's documentation is attached, which
     * is what fee exemptions such as Connecticut's for Social Security claims require (R5.5).
     *
     * @return true if the claim is documented
     */
    public boolean isDocumentedBenefitClaim() {
        DocumentKind needed = purpose.kind().claimDocumentation();
        return needed != null && hasDocument(needed);
    }

    /**
     * Returns who the records are about.
     *
     * @return the patient, not null
     */
    public PatientIdentity patient() {
        return patient;
    }

    /**
     * Returns the records asked for.
     *
     * @return an unmodifiable, non-empty list, not null
     */
    public List<RecordSelection> selections() {
        return selections;
    }

    /**
     * Returns how the copies are delivered.
     *
     * @return the delivery, not null
     */
    public Delivery delivery() {
        return delivery;
    }

    /**
     * Returns the patient's directive to a third party.
     *
     * @return the directive, present exactly when the basis is {@link LegalBasis#THIRD_PARTY_DIRECTIVE}
     */
    public Optional<Directive> directive() {
        return Optional.ofNullable(directive);
    }

    /**
     * Returns the language the requester reads their notices in, {@link Language#ENGLISH} unless they chose.
     *
     * @return the language, not null
     */
    public Language language() {
        return language;
    }

    /**
     * Tells whether this is an attorney's request, under the patient's written authorization, made before
     * any suit is filed: California then applies Evidence Code 1158 instead of Health &amp; Safety Code
     * 123110 (CA.5 to CA.7). Only an attorney's request under an authorization can be one.
     *
     * @return true for an attorney's request before suit; false unless it was said to be one
     */
    public boolean attorneyBeforeSuit() {
        return attorneyBeforeSuit;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof RecordsRequest o && attorneyBeforeSuit == o.attorneyBeforeSuit
                && practiceId.equals(o.practiceId) && requester.equals(o.requester)
                && legalBasis == o.legalBasis && purpose.equals(o.purpose) && documents.equals(o.documents)
                && patient.equals(o.patient) && selections.equals(o.selections) && delivery.equals(o.delivery)
                && Objects.equals(directive, o.directive) && language.equals(o.language);
    }

    @Override
    public int hashCode() {
        return Objects.hash(practiceId, requester, legalBasis, purpose, documents, patient, selections, delivery,
                directive, language, attorneyBeforeSuit);
    }

    @Override
    public String toString() {
        return "RecordsRequest[" + practiceId + ", " + requester + ", " + legalBasis + ", " + purpose + ", "
                + selections + ", " + delivery + (attorneyBeforeSuit ? ", attorney before suit" : "") + "]";
    }

    /**
     * Builds a {@link RecordsRequest}. Not thread-safe.
     */
    public static final class Builder {

        private final PracticeId practiceId;
        private Requester requester;
        private LegalBasis legalBasis;
        private Purpose purpose;
        private final List<SupportingDocument> documents = new ArrayList<>();
        private PatientIdentity patient;
        private final List<RecordSelection> selections = new ArrayList<>();
        private Delivery delivery;
        private Directive directive;
        private Language language = Language.ENGLISH;
        private boolean attorneyBeforeSuit;

        private Builder(PracticeId practiceId) {
            this.practiceId = Objects.requireNonNull(practiceId, "practiceId");
        }

        /**
         * Sets who asks.
         *
         * @param requester  the requester, not null
         * @return this builder
         */
        public Builder requester(Requester requester) {
            this.requester = Objects.requireNonNull(requester, "requester");
            return this;
        }

        /**
         * Sets the legal basis.
         *
         * @param legalBasis  the basis, not null
         * @return this builder
         */
        public Builder legalBasis(LegalBasis legalBasis) {
            this.legalBasis = Objects.requireNonNull(legalBasis, "legalBasis");
            return this;
        }

        /**
         * Sets the purpose.
         *
         * @param purpose  the purpose, not null
         * @return this builder
         */
        public Builder purpose(Purpose purpose) {
            this.purpose = Objects.requireNonNull(purpose, "purpose");
            return this;
        }

        /**
         * Attaches a document.
         *
         * @param document  the document, not null
         * @return this builder
         */
        public Builder document(SupportingDocument document) {
            documents.add(Objects.requireNonNull(document, "document"));
            return this;
        }

        /**
         * Sets who the records are about.
         *
         * @param patient  the patient, not null
         * @return this builder
         */
        public Builder patient(PatientIdentity patient) {
            this.patient = Objects.requireNonNull(patient, "patient");
            return this;
        }

        /**
         * Adds a record selection.
         *
         * @param selection  the selection, not null
         * @return this builder
         */
        public Builder selection(RecordSelection selection) {
            selections.add(Objects.requireNonNull(selection, "selection"));
            return this;
        }

        /**
         * Sets the delivery.
         *
         * @param delivery  the delivery, not null
         * @return this builder
         */
        public Builder delivery(Delivery delivery) {
            this.delivery = Objects.requireNonNull(delivery, "delivery");
            return this;
        }

        /**
         * Sets the patient's directive, for {@link LegalBasis#THIRD_PARTY_DIRECTIVE}.
         *
         * @param directive  the directive, not null
         * @return this builder
         */
        public Builder directive(Directive directive) {
            this.directive = Objects.requireNonNull(directive, "directive");
            return this;
        }

        /**
         * Sets the language the requester reads their notices in; {@link Language#ENGLISH} if never set.
         *
         * @param language  the language, not null
         * @return this builder
         */
        public Builder language(Language language) {
            this.language = Objects.requireNonNull(language, "language");
            return this;
        }

        /**
         * Says whether this is an attorney's request under the patient's written authorization before any
         * suit is filed (California's Evidence Code 1158); false unless set. {@link #build()} refuses it for
         * anyone but an attorney ({@link ThirdPartyKind#ATTORNEY}) relying on {@link LegalBasis#AUTHORIZATION}.
         *
         * @param beforeSuit  true for an attorney's request before suit
         * @return this builder
         */
        public Builder attorneyBeforeSuit(boolean beforeSuit) {
            this.attorneyBeforeSuit = beforeSuit;
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the request, not null
         * @throws IllegalArgumentException naming every rule the combination breaks
         */
        public RecordsRequest build() {
            List<String> problems = new ArrayList<>();
            if (requester == null) {
                problems.add("requester is missing");
            }
            if (legalBasis == null) {
                problems.add("legal basis is missing");
            }
            if (purpose == null) {
                problems.add("purpose is missing");
            }
            if (patient == null) {
                problems.add("patient is missing");
            }
            if (selections.isEmpty()) {
                problems.add("no record selection");
            }
            if (delivery == null) {
                problems.add("delivery is missing");
            }
            if (requester != null && legalBasis != null && !requester.role().permits(legalBasis)) {
                problems.add("role " + requester.role() + " may not rely on " + legalBasis);
            }
            if (legalBasis != null && legalBasis.requiresDirective() != (directive != null)) {
                problems.add(directive == null ? "basis " + legalBasis + " needs the patient's directive (R1.15)"
                        : "a directive goes only with " + LegalBasis.THIRD_PARTY_DIRECTIVE);
            }
            if (directive != null && delivery != null
                    && delivery.method().destination() == DeliveryMethod.Destination.NONE) {
                problems.add("a directive needs a delivery that says where to send (R1.15)");
            }
            Set<DocumentKind> kinds = EnumSet.noneOf(DocumentKind.class);
            documents.forEach(d -> kinds.add(d.kind()));
            requester().flatMap(Requester::representativeKind).ifPresent(kind -> {
                if (kinds.stream().noneMatch(kind.acceptedProof()::contains)) {
                    problems.add("representative " + kind + " needs proof of authority, one of " + kind.acceptedProof()
                            + " (R1.2)");
                }
            });
            if (legalBasis != null && !legalBasis.acceptedDocuments().isEmpty()
                    && kinds.stream().noneMatch(legalBasis.acceptedDocuments()::contains)) {
                problems.add("basis " + legalBasis + " needs one of " + legalBasis.acceptedDocuments());
            }
            if (attorneyBeforeSuit && requester != null && legalBasis != null && !isAttorneyWithAuthorization()) {
                problems.add("only an attorney's request under an authorization can be one before suit (CA.5)");
            }
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("Invalid records request: " + String.join("; ", problems));
            }
            return new RecordsRequest(this);
        }

        private boolean isAttorneyWithAuthorization() {
            return legalBasis == LegalBasis.AUTHORIZATION && requester.role() == RequesterRole.THIRD_PARTY
                    && requester.thirdPartyKind().orElse(null) == ThirdPartyKind.ATTORNEY;
        }

        private Optional<Requester> requester() {
            return Optional.ofNullable(requester);
        }
    }
}
