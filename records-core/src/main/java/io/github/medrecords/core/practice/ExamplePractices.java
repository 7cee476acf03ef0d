package io.github.medrecords.core.practice;

import io.github.medrecords.core.party.PracticeId;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.timeframe.TurnaroundDays;
import io.github.medrecords.core.timeframe.TurnaroundPromise;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Ready-made practice profiles for demos, tests and as a starting point for configuration.
 */
public final class ExamplePractices {

    /** The identifier of the Connecticut orthopaedic practice whose published policy seeded the library. */
    public static final PracticeId CONNECTICUT_ORTHOPAEDICS_ID = PracticeId.of("ct-orthopaedics");

    private ExamplePractices() {
    }

    /**
     * Returns the profile of a Connecticut orthopaedic practice: Connecticut law, America/New_York,
     * third-party requests handed to an outside records company, and the practice's own
     * authorization-form policy left off (see {@link PracticePolicies#requireOwnAuthorizationForm()}),
     * Connecticut's legal holidays 2024-2032 (R8.3-R8.5), a turnaround of 2 to 3 business days
     * unless mailed and 3 to 5 by mail, and a 16:00 cut-off (an assumption: the practice's page
     * names none).
     *
     * @return the profile, not null
     */
    public static PracticeProfile connecticutOrthopaedics() {
        return PracticeProfile.builder(CONNECTICUT_ORTHOPAEDICS_ID)
                .name("Connecticut Orthopaedic Specialists")
                .jurisdiction(UsState.CT)
                .zone(ZoneId.of("America/New_York"))
                .complaintContact(ComplaintContact.of("Privacy Officer", "203-555-0142"))
                .policies(PracticePolicies.defaults().withHandOffThirdPartyRequests(true))
                .holidayCalendar(ConnecticutHolidays.years2024To2032())
                .turnaroundPromise(TurnaroundPromise.of(TurnaroundDays.of(2, 3), TurnaroundDays.of(3, 5)))
                .cutOff(LocalTime.of(16, 0))
                .build();
    }
}
