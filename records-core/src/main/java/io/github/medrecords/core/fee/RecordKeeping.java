package io.github.medrecords.core.fee;

/**
 * How the practice keeps the records that are copied: it decides whether HIPAA permits a per-page
 * fee for an individual's own copy (R2.5) and whether the flat fee is available (R2.3).
 */
public enum RecordKeeping {
    /** Kept on paper (a paper chart, film). */
    PAPER,
    /** Kept electronically (an EHR, a PACS). */
    ELECTRONIC,
    /**
     * Kept on microfilm or microfiche: not electronic for HIPAA (R2.3, R2.5), and copied at a higher
     * per-page rate in California (Health &amp; Safety Code 123110, Evidence Code 1158).
     */
    MICROFILM;

    /**
     * Tells whether the records are kept electronically.
     *
     * @return true only for {@link #ELECTRONIC}
     */
    public boolean isElectronic() {
        return this == ELECTRONIC;
    }
}
