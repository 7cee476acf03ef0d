package io.github.medrecords.core.fee;

import io.github.medrecords.core.request.DeliveryMethod;
import java.util.Objects;

/**
 * Whether the copy a requester receives is on paper or electronic; HIPAA's flat fee applies only to
 * electronic copies of records kept electronically (R2.3).
 */
public enum CopyFormat {
    /** Paper copies, including a fax. */
    PAPER,
    /** Electronic copies: a download, a secure link, a CD or an electronic transfer. */
    ELECTRONIC;

    /**
     * Returns the copy format a delivery method produces.
     *
     * @param method  the delivery method, not null
     * @return {@link #ELECTRONIC} if the method delivers an electronic copy, else {@link #PAPER}; not null
     */
    public static CopyFormat from(DeliveryMethod method) {
        Objects.requireNonNull(method, "method");
        return method.isElectronicCopy() ? ELECTRONIC : PAPER;
    }
}
