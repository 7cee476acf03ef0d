package io.github.medrecords.core.party;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A US state or the District of Columbia, the jurisdictions whose records law a practice follows
 * besides HIPAA.
 */
public enum UsState {
    AL("Alabama"), AK("Alaska"), AZ("Arizona"), AR("Arkansas"), CA("California"), CO("Colorado"),
    CT("Connecticut"), DE("Delaware"), DC("District of Columbia"), FL("Florida"), GA("Georgia"),
    HI("Hawaii"), ID("Idaho"), IL("Illinois"), IN("Indiana"), IA("Iowa"), KS("Kansas"),
    KY("Kentucky"), LA("Louisiana"), ME("Maine"), MD("Maryland"), MA("Massachusetts"),
    MI("Michigan"), MN("Minnesota"), MS("Mississippi"), MO("Missouri"), MT("Montana"),
    NE("Nebraska"), NV("Nevada"), NH("New Hampshire"), NJ("New Jersey"), NM("New Mexico"),
    NY("New York"), NC("North Carolina"), ND("North Dakota"), OH("Ohio"), OK("Oklahoma"),
    OR("Oregon"), PA("Pennsylvania"), RI("Rhode Island"), SC("South Carolina"),
    SD("South Dakota"), TN("Tennessee"), TX("Texas"), UT("Utah"), VT("Vermont"),
    VA("Virginia"), WA("Washington"), WV("West Virginia"), WI("Wisconsin"), WY("Wyoming");

    private final String displayName;

    UsState(String displayName) {
        this.displayName = displayName;
    }

    /**
     * Returns the state's name, for example {@code Connecticut}.
     *
     * @return the name, not null
     */
    public String displayName() {
        return displayName;
    }

    /**
     * Finds a state by its two-letter postal code, ignoring case.
     *
     * @param code  the code, for example {@code "CT"}, not null
     * @return the state, or empty if the code names none
     */
    public static Optional<UsState> fromCode(String code) {
        Objects.requireNonNull(code, "code");
        String upper = code.strip().toUpperCase(Locale.ROOT);
        for (UsState state : values()) {
            if (state.name().equals(upper)) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }
}
