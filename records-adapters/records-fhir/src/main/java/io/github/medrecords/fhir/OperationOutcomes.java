package io.github.medrecords.fhir;

import io.github.medrecords.core.intake.FieldViolation;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.OperationOutcome;

/**
 * Every problem with a posted Task as one OperationOutcome: one {@code issue} per {@link FieldViolation}, with
 * severity error, a type ({@code required}, {@code code-invalid} or {@code invalid}), {@code details} coded by the
 * violation's stable code (system {@link FhirCodes#PROBLEM}) with the message as text, and {@code expression}
 * the FHIRPath of the element in the Task that {@link TaskMapper} reads the field from. Stateless and thread-safe.
 */
public final class OperationOutcomes {

    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z0-9]+)(?:\\[(\\d+)])?");
    private static final String CONTAINED_REQUESTER = "Task.requester.resolve()";
    private static final Map<String, String> REQUESTER = Map.of("name", ".name", "organization",
            ".extension('" + FhirCodes.EXT_ORGANIZATION + "')", "email", ".telecom.where(system='email')", "phone",
            ".telecom.where(system='phone')", "role", ".relationship", "representativeKind", ".relationship",
            "thirdPartyKind", ".relationship");
    private static final Map<String, String> PATIENT = Map.of("givenName", ".name.given", "familyName",
            ".name.family", "dateOfBirth", ".birthDate", "medicalRecordNumber", ".identifier", "email",
            ".telecom.where(system='email')", "phone", ".telecom.where(system='phone')", "address", ".address");
    private static final Map<String, String> ADDRESS = Map.of("line1", ".line[0]", "line2", ".line[1]", "city",
            ".city", "state", ".state", "zip", ".postalCode");
    private static final Map<String, String> RECORD = Map.of("type", ".value.coding", "description", ".value.text",
            "from", ".extension('" + FhirCodes.EXT_SELECTION_PERIOD + "').value.start", "to",
            ".extension('" + FhirCodes.EXT_SELECTION_PERIOD + "').value.end", "copies",
            ".extension('" + FhirCodes.EXT_COPIES + "').value");
    private static final Map<String, String> DOCUMENT = Map.of("kind", ".value.resolve().type", "reference",
            ".value.resolve().masterIdentifier");
    private static final Map<String, String> PROVIDER = Map.of("name", ".name", "npi", ".identifier", "address",
            ".address", "fax", ".telecom.where(system='fax')");
    private static final Map<String, String> AUTHORIZATION = Map.ofEntries(
            Map.entry("informationDescription", ".extension('" + FhirCodes.EXT_INFORMATION_DESCRIPTION + "')"),
            Map.entry("recordTypes", ".provision.code"),
            Map.entry("coveredFrom", ".provision.dataPeriod.start"),
            Map.entry("coveredTo", ".provision.dataPeriod.end"),
            Map.entry("disclosingParty", ".provision.actor.where(role.coding.code='CST')"),
            Map.entry("recipients", ".provision.actor.where(role.coding.code='IRCP')"),
            Map.entry("purposes", ".provision.purpose"),
            Map.entry("expiresOn", ".provision.period.end"),
            Map.entry("expirationEvent", ".provision.extension('" + FhirCodes.EXT_EXPIRATION_EVENT + "')"),
            Map.entry("signerName", ".performer"),
            Map.entry("signedOn", ".dateTime"),
            Map.entry("signedByRepresentative", ".performer.type"),
            Map.entry("representativeAuthority", ".extension('" + FhirCodes.EXT_REPRESENTATIVE_AUTHORITY + "')"),
            Map.entry("rightToRevokeStatement", ".extension('" + FhirCodes.EXT_STATEMENT + "')"),
            Map.entry("conditioningStatement", ".extension('" + FhirCodes.EXT_STATEMENT + "')"),
            Map.entry("redisclosureStatement", ".extension('" + FhirCodes.EXT_STATEMENT + "')"));
    private static final Map<String, String> DIRECTIVE = Map.of("signerName", ".performer", "signedOn", ".dateTime",
            "recipientName", ".provision.actor.where(role.coding.code='IRCP')");

    private OperationOutcomes() {
    }

    /**
     * Builds the outcome of problems.
     *
     * @param violations  the problems, at least one, not null
     * @return the OperationOutcome, one issue per problem in the order given, not null
     */
    public static OperationOutcome of(List<FieldViolation> violations) {
        Objects.requireNonNull(violations, "violations");
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("An OperationOutcome of problems needs at least one");
        }
        OperationOutcome outcome = new OperationOutcome();
        for (FieldViolation v : violations) {
            CodeableConcept details = Fhir.concept(FhirCodes.PROBLEM, v.code(), null);
            details.setText(v.message());
            outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR).setCode(type(v.code()))
                    .setDetails(details).addExpression(expression(v.field()));
        }
        return outcome;
    }

    /**
     * Builds the outcome of one problem that is not a field's, such as a resource that cannot be read.
     *
     * @param type  the issue type, not null
     * @param code  the stable code, not null
     * @param message  the message, not null
     * @return the OperationOutcome, not null
     */
    public static OperationOutcome of(OperationOutcome.IssueType type, String code, String message) {
        OperationOutcome outcome = new OperationOutcome();
        CodeableConcept details = Fhir.concept(FhirCodes.PROBLEM, code, null);
        details.setText(message);
        outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR).setCode(type).setDetails(details);
        return outcome;
    }

    static OperationOutcome.IssueType type(String code) {
        if (code.endsWith(".required")) {
            return OperationOutcome.IssueType.REQUIRED;
        }
        if (code.endsWith(".unknown")) {
            return OperationOutcome.IssueType.CODEINVALID;
        }
        return OperationOutcome.IssueType.INVALID;
    }

    /**
     * The FHIRPath, in a Task, of a submission field; a field that already is a path into the Task (it starts with
     * {@code Task}) is returned as it is.
     *
     * @param field  the submission field, for example {@code records[1].copies}; empty for the whole form
     * @return the FHIRPath expression, not null
     */
    public static String expression(String field) {
        if (field.isEmpty() || field.startsWith("Task")) {
            return field.isEmpty() ? "Task" : field;
        }
        String[] parts = field.split("\\.");
        Matcher head = SEGMENT.matcher(parts[0]);
        if (!head.matches()) {
            return "Task";
        }
        String name = head.group(1);
        String index = head.group(2) == null ? "" : "[" + head.group(2) + "]";
        String sub = parts.length > 1 ? parts[1] : null;
        String subsub = parts.length > 2 ? parts[2] : null;
        return switch (name) {
            case "idempotencyKey" -> "Task.identifier.where(system='" + FhirCodes.IDEMPOTENCY_KEY + "')";
            case "requester" -> sub == null ? "Task.requester" : CONTAINED_REQUESTER + REQUESTER.getOrDefault(sub, "");
            case "legalBasis" -> input(SubmissionTasks.LEGAL_BASIS);
            case "purpose" -> "Task.reasonCode";
            case "purposeDescription" -> "Task.reasonCode.text";
            case "documents" -> input(SubmissionTasks.SUPPORTING_DOCUMENT) + index
                    + (sub == null ? "" : DOCUMENT.getOrDefault(sub, ""));
            case "patient" -> "Task.for.resolve()" + (sub == null ? "" : PATIENT.getOrDefault(sub, ""))
                    + ("address".equals(sub) && subsub != null ? ADDRESS.getOrDefault(subsub, "") : "");
            case "records" -> "Task.input.where(type.coding.code='" + SubmissionTasks.DATA_CODE + "')" + index
                    + (sub == null ? "" : RECORD.getOrDefault(sub, ""));
            case "delivery" -> delivery(sub, subsub, parts.length > 3 ? parts[3] : null);
            case "authorization" -> input(SubmissionTasks.AUTHORIZATION) + ".value.resolve()"
                    + (sub == null ? "" : AUTHORIZATION.getOrDefault(sub, ""));
            case "directive" -> input(SubmissionTasks.DIRECTIVE) + ".value.resolve()"
                    + (sub == null ? "" : DIRECTIVE.getOrDefault(sub, ""));
            case "identityAttested" -> input(SubmissionTasks.IDENTITY_ATTESTED);
            default -> "Task";
        };
    }

    private static String delivery(String sub, String subsub, String subsubsub) {
        if (sub == null || "method".equals(sub)) {
            return input(SubmissionTasks.DELIVERY_METHOD);
        }
        return switch (sub) {
            case "email" -> input(SubmissionTasks.DELIVERY_EMAIL);
            case "faxNumber" -> input(SubmissionTasks.DELIVERY_FAX);
            case "app" -> input(SubmissionTasks.DELIVERY_APP);
            case "postalAddress" -> input(SubmissionTasks.DELIVERY_ADDRESS) + ".value"
                    + (subsub == null ? "" : ADDRESS.getOrDefault(subsub, ""));
            case "provider" -> input(SubmissionTasks.DELIVERY_PROVIDER) + ".value.resolve()"
                    + (subsub == null ? "" : PROVIDER.getOrDefault(subsub, ""))
                    + ("address".equals(subsub) && subsubsub != null ? ADDRESS.getOrDefault(subsubsub, "") : "");
            default -> input(SubmissionTasks.DELIVERY_METHOD);
        };
    }

    private static String input(String kind) {
        return "Task.input.where(type.coding.code='" + kind + "')";
    }
}
