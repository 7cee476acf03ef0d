package io.github.medrecords.core.workflow;

import io.github.medrecords.core.party.Language;
import io.github.medrecords.core.practice.ComplaintContact;
import io.github.medrecords.core.wording.NoticeBundle;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The written, plain-language notice a denial needs (45 CFR 164.524(d)(2), R1.21): the basis; for a
 * reviewable denial, the right to a review and how to ask for it; how to complain to the practice
 * (its complaint contact's name or title and phone number) and to the Secretary of Health and Human
 * Services; and, for a partial denial, that the rest of the records will still be provided.
 *
 * <p>Written in the requester's language from the notice bundle ({@code denial.*}). Carries record types by
 * their labels, never the patient's name; {@link #toString()} shows only the
 * request number and the ground. Immutable and thread-safe.
 *
 * @param requestNumber  the request, not null
 * @param ground  the ground, not null
 * @param whole  whether every selection is withheld
 * @param withheld  the labels of the record types withheld, not empty, not null
 * @param basis  the basis in plain language, not blank
 * @param reviewRights  for a reviewable denial, the right to a review and how to ask for it
 * @param complaintContact  the practice's complaint contact, not null
 * @param secretaryComplaint  how to complain to the HHS Secretary, not blank
 * @param restReleased  for a partial denial, the statement that the other records will be provided
 * @param language  the language the notice is written in, not null
 */
public record DenialNotice(RequestNumber requestNumber, DenialGround ground, boolean whole, List<String> withheld,
        String basis, Optional<String> reviewRights, ComplaintContact complaintContact, String secretaryComplaint,
        Optional<String> restReleased, Language language) {

    /** How to complain to the Secretary of Health and Human Services (R1.21(iii)), in English. */
    public static final String SECRETARY_COMPLAINT = NoticeBundle.standard().text(Language.ENGLISH,
            "denial.secretaryComplaint");

    /**
     * Validates the notice.
     *
     * @throws IllegalArgumentException if a text is blank, nothing is withheld, or the review rights do not
     *     match the ground
     */
    public DenialNotice {
        Objects.requireNonNull(requestNumber, "requestNumber");
        Objects.requireNonNull(ground, "ground");
        withheld = List.copyOf(withheld);
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(reviewRights, "reviewRights");
        Objects.requireNonNull(complaintContact, "complaintContact");
        Objects.requireNonNull(secretaryComplaint, "secretaryComplaint");
        Objects.requireNonNull(restReleased, "restReleased");
        Objects.requireNonNull(language, "language");
        if (withheld.isEmpty() || basis.isBlank() || secretaryComplaint.isBlank()) {
            throw new IllegalArgumentException("A denial notice needs what is withheld, the basis and how to complain"
                    + " (R1.21)");
        }
        if (reviewRights.isPresent() != ground.reviewable() || restReleased.isPresent() == whole) {
            throw new IllegalArgumentException("A denial notice states review rights exactly for a reviewable ground"
                    + " and the release of the rest exactly for a partial denial (R1.21)");
        }
    }

    /**
     * Writes the notice for a request's denial in the requester's language
     * ({@link io.github.medrecords.core.request.RecordsRequest#language()}).
     *
     * @param request  the denied request, not null
     * @param contact  the practice's complaint contact, not null
     * @return the notice, not null
     * @throws IllegalStateException if the request has not been denied
     */
    public static DenialNotice of(RequestCase request, ComplaintContact contact) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(contact, "contact");
        Denial denial = request.denial().orElseThrow(() -> new IllegalStateException("The request is not denied"));
        Language language = request.request().language();
        NoticeBundle words = NoticeBundle.standard();
        List<String> withheld = denial.withheldSelections().stream()
                .map(i -> request.request().selections().get(i).type())
                .map(t -> words.find(language, "recordType." + t.code()).orElse(t.label())).distinct().toList();
        Map<String, String> values = Map.of("complaintContact", contact.nameOrTitle(), "complaintPhone",
                contact.phone().formatted(), "requestNumber", request.number().value());
        Optional<String> review = denial.reviewable()
                ? Optional.of(words.format(language, "denial.reviewRights", values)) : Optional.empty();
        Optional<String> rest = denial.whole() ? Optional.empty()
                : Optional.of(words.text(language, "denial.restReleased"));
        return new DenialNotice(request.number(), denial.ground(), denial.whole(), withheld,
                denial.ground().basis(language), review, contact, words.text(language, "denial.secretaryComplaint"),
                rest, language);
    }

    /**
     * Returns how to complain to the practice, in plain language (R1.21(iii)).
     *
     * @return one sentence naming the contact and phone number, not null
     */
    public String practiceComplaint() {
        return NoticeBundle.standard().format(language, "denial.practiceComplaint", Map.of("complaintContact",
                complaintContact.nameOrTitle(), "complaintPhone", complaintContact.phone().formatted()));
    }

    /**
     * Renders the whole notice as plain-language text for a letter or an email, in the notice's language.
     *
     * @return the text, paragraphs separated by blank lines, not null
     */
    public String text() {
        NoticeBundle words = NoticeBundle.standard();
        StringBuilder sb = new StringBuilder();
        sb.append(words.format(language, whole ? "denial.opening.whole" : "denial.opening.partial",
                Map.of("requestNumber", requestNumber.value(), "withheld", String.join(", ", withheld))))
                .append("\n\n");
        sb.append(words.format(language, "denial.why", Map.of("denialBasis", basis))).append("\n\n");
        restReleased.ifPresent(r -> sb.append(r).append("\n\n"));
        reviewRights.ifPresent(r -> sb.append(r).append("\n\n"));
        if (reviewRights.isEmpty()) {
            sb.append(words.text(language, "denial.noReview")).append("\n\n");
        }
        sb.append(practiceComplaint()).append("\n\n").append(secretaryComplaint);
        return sb.toString();
    }

    @Override
    public String toString() {
        return "DenialNotice[" + requestNumber + ", " + ground + ", whole=" + whole + "]";
    }
}
