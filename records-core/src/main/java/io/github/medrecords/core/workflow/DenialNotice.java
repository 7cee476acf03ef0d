package io.github.medrecords.core.workflow;

import io.github.medrecords.core.practice.ComplaintContact;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The written, plain-language notice a denial needs (45 CFR 164.524(d)(2), R1.21): the basis; for a
 * reviewable denial, the right to a review and how to ask for it; how to complain to the practice
 * (its complaint contact's name or title and phone number) and to the Secretary of Health and Human
 * Services; and, for a partial denial, that the rest of the records will still be provided.
 *
 * <p>Carries record types by their labels, never the patient's name; {@link #toString()} shows only the
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
 */
public record DenialNotice(RequestNumber requestNumber, DenialGround ground, boolean whole, List<String> withheld,
        String basis, Optional<String> reviewRights, ComplaintContact complaintContact, String secretaryComplaint,
        Optional<String> restReleased) {

    /** How to complain to the Secretary of Health and Human Services (R1.21(iii)). */
    public static final String SECRETARY_COMPLAINT = "You may also complain to the Secretary of the U.S."
            + " Department of Health and Human Services, Office for Civil Rights, 200 Independence Avenue SW,"
            + " Washington, DC 20201, by phone at 1-800-368-1019, or online at www.hhs.gov/ocr/complaints.";

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
     * Writes the notice for a request's denial.
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
        List<String> withheld = denial.withheldSelections().stream()
                .map(i -> request.request().selections().get(i).type().label()).distinct().toList();
        Optional<String> review = denial.reviewable() ? Optional.of("You have the right to have this decision"
                + " reviewed by a licensed health-care professional who did not take part in it. To ask for a"
                + " review, write to or call " + contact.nameOrTitle() + " at " + contact.phone().formatted()
                + " and give your request number " + request.number() + ". We will tell you the outcome in"
                + " writing.") : Optional.empty();
        Optional<String> rest = denial.whole() ? Optional.empty()
                : Optional.of("We will still provide the other records you asked for.");
        return new DenialNotice(request.number(), denial.ground(), denial.whole(), withheld, denial.ground().basis(),
                review, contact, SECRETARY_COMPLAINT, rest);
    }

    /**
     * Returns how to complain to the practice, in plain language (R1.21(iii)).
     *
     * @return one sentence naming the contact and phone number, not null
     */
    public String practiceComplaint() {
        return "If you disagree, you may complain to us: contact " + complaintContact.nameOrTitle() + " at "
                + complaintContact.phone().formatted() + ".";
    }

    /**
     * Renders the whole notice as plain-language text for a letter or an email.
     *
     * @return the text, paragraphs separated by blank lines, not null
     */
    public String text() {
        StringBuilder sb = new StringBuilder();
        sb.append(whole ? "We cannot provide the records you asked for in request " : "We cannot provide some of"
                + " the records you asked for in request ").append(requestNumber).append(": ")
                .append(String.join(", ", withheld)).append(".\n\n");
        sb.append("Why: ").append(basis).append("\n\n");
        restReleased.ifPresent(r -> sb.append(r).append("\n\n"));
        reviewRights.ifPresent(r -> sb.append(r).append("\n\n"));
        if (reviewRights.isEmpty()) {
            sb.append("The law does not give a right to have this kind of decision reviewed.\n\n");
        }
        sb.append(practiceComplaint()).append("\n\n").append(secretaryComplaint);
        return sb.toString();
    }

    @Override
    public String toString() {
        return "DenialNotice[" + requestNumber + ", " + ground + ", whole=" + whole + "]";
    }
}
