package io.github.medrecords.core.fee;

/**
 * What a price is charged per: the unit a fee line counts.
 */
public enum ChargeBasis {
    /** Per page copied; the quantity is the request's page count. */
    PER_PAGE("page", "pages"),
    /** Once per request. */
    PER_REQUEST("request", "requests"),
    /** Per medium delivered, such as a CD or an image set; the quantity is the request's media count. */
    PER_MEDIUM("medium", "media"),
    /** First-class postage at its actual cost, when the copy is mailed. */
    POSTAGE("mailing", "mailings"),
    /**
     * Per started increment of labour billed by the hour, for example each quarter hour of clerical time; the
     * quantity is the context's clerical minutes divided by the increment, rounded up.
     */
    PER_INCREMENT("time increment", "time increments");

    private final String singular;
    private final String plural;

    ChargeBasis(String singular, String plural) {
        this.singular = singular;
        this.plural = plural;
    }

    /**
     * Returns the unit's name, for example "page".
     *
     * @return the name, not null
     */
    public String singular() {
        return singular;
    }

    /**
     * Returns the unit's plural name, for example "pages".
     *
     * @return the name, not null
     */
    public String plural() {
        return plural;
    }

    /**
     * Returns the unit in words for a quantity, for example "1 page" or "10 pages".
     *
     * @param quantity  the quantity
     * @return the quantity and unit, not null
     */
    public String units(long quantity) {
        return quantity + " " + (quantity == 1 ? singular : plural);
    }
}
