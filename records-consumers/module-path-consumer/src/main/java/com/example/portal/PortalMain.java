package com.example.portal;

import io.github.medrecords.core.intake.FieldViolation;
import io.github.medrecords.core.intake.MedrecordsValidation;
import io.github.medrecords.core.intake.RecordsRequestSubmission;
import io.github.medrecords.core.intake.RequestIntake;
import io.github.medrecords.core.practice.ExamplePractices;
import io.github.medrecords.core.practice.PracticeDirectory;
import io.github.medrecords.core.practice.PracticeProfile;
import io.github.medrecords.core.workflow.PatientKeys;
import io.github.medrecords.crypto.tink.TinkCipher;
import io.github.medrecords.crypto.tink.TinkKeysets;
import io.github.medrecords.store.jdbc.JdbcStore;
import jakarta.validation.ValidatorFactory;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Starts the way a portal starts: the validator factory, the intake checking an empty form, the JDBC store
 * creating its schema, with its documents sealed by the Tink cipher and patients keyed under the
 * deployment's secret. Prints one line of its own.
 */
public final class PortalMain {

    private PortalMain() {
    }

    /**
     * Starts the portal.
     *
     * @param args  ignored
     */
    public static void main(String[] args) {
        PracticeProfile practice = ExamplePractices.connecticutOrthopaedics();
        try (ValidatorFactory validation = MedrecordsValidation.validatorFactory(Clock.system(practice.zone()))) {
            List<FieldViolation> problems = new RequestIntake(validation.getValidator())
                    .check(practice, new RecordsRequestSubmission());
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL("jdbc:h2:mem:portal;DB_CLOSE_DELAY=-1");
            TinkCipher cipher = TinkCipher.of(TinkKeysets.generate());
            // A deployment's own secret (from its vault, at least 32 bytes), the same the RequestService is given.
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            JdbcStore store = JdbcStore.builder(ds).practices(PracticeDirectory.of(practice)).cipher(cipher)
                    .patientKeys(PatientKeys.hmacSha256(secret)).build();
            if (!cipher.open(cipher.seal("portal", "row"), "row").equals("portal")) {
                throw new IllegalStateException("The cipher does not open what it sealed");
            }
            System.out.println("portal started: an empty form has " + problems.size() + " problems, the first \""
                    + problems.get(0).message() + "\"; store " + (store != null ? "ready" : "missing"));
        }
    }
}
