package io.github.medrecords.core.request;

/**
 * How the copies reach the requester, and what destination each way needs.
 */
public enum DeliveryMethod {
    /** Downloaded by the patient from the practice's portal; needs no destination. */
    PORTAL_DOWNLOAD(Destination.NONE, true, false),
    /** A HIPAA-secure link sent by email; needs an email address. */
    SECURE_LINK(Destination.EMAIL, true, false),
    /** Copied onto a CD and sent by US mail; needs a postal address. */
    CD_BY_MAIL(Destination.POSTAL_ADDRESS, true, true),
    /** Printed on paper and sent by US mail; needs a postal address. */
    PAPER_BY_MAIL(Destination.POSTAL_ADDRESS, false, true),
    /** Faxed; needs a fax number. */
    FAX(Destination.FAX_NUMBER, false, false),
    /** Sent straight to another provider's office; needs the provider's identity and address. */
    DIRECT_TO_PROVIDER(Destination.PROVIDER, true, false),
    /**
     * Sent to the app the patient connected to the practice's patient-access API (R7.7); needs the app's
     * client id. The app fetches the records through the API (FHIR, in its own module).
     */
    PATIENT_APP(Destination.APP, true, false);

    /**
     * The kinds of destination a delivery method needs.
     */
    public enum Destination {
        /** No destination: the requester fetches the copy. */
        NONE,
        /** An email address. */
        EMAIL,
        /** A postal address. */
        POSTAL_ADDRESS,
        /** A fax number. */
        FAX_NUMBER,
        /** A provider's identity and address. */
        PROVIDER,
        /** The client id of the app a patient connected to the practice's API. */
        APP
    }

    private final Destination destination;
    private final boolean electronicCopy;
    private final boolean mailed;

    DeliveryMethod(Destination destination, boolean electronicCopy, boolean mailed) {
        this.destination = destination;
        this.electronicCopy = electronicCopy;
        this.mailed = mailed;
    }

    /**
     * Returns the kind of destination this method needs.
     *
     * @return the destination kind, not null
     */
    public Destination destination() {
        return destination;
    }

    /**
     * Tells whether the copy made is electronic (a file, a link, a CD) rather than paper or fax.
     *
     * @return true for electronic copies
     */
    public boolean isElectronicCopy() {
        return electronicCopy;
    }

    /**
     * Tells whether the copy goes by US mail, so postage may apply.
     *
     * @return true for mailed copies
     */
    public boolean isMailed() {
        return mailed;
    }
}
