package io.github.medrecords.core.request;

import java.util.Objects;
import java.util.Optional;

/**
 * One line of a request: a record type, the approximate dates of the appointments, and how many
 * copies.
 *
 * <p>The free-text description may describe care: {@link #toString()} shows only the type and
 * copies. Immutable and thread-safe.
 */
public final class RecordSelection {

    /** The most copies a selection may ask for in any practice. */
    public static final int MAX_COPIES = 10;

    private final RecordType type;
    private final String description;
    private final DateRange dates;
    private final int copies;

    private RecordSelection(RecordType type, String description, DateRange dates, int copies) {
        this.type = type;
        this.description = description;
        this.dates = dates;
        this.copies = copies;
    }

    /**
     * Obtains a selection.
     *
     * @param type  the record type, not null
     * @param description  the records in the requester's words; required for
     *        {@link RecordType#OTHER_DOCUMENTS}, may be null otherwise
     * @param dates  the appointment dates, not null ({@link DateRange#all()} for all)
     * @param copies  the number of copies, 1 to {@value #MAX_COPIES}
     * @return the selection, not null
     * @throws IllegalArgumentException if copies are out of range or a needed description is missing
     */
    public static RecordSelection of(RecordType type, String description, DateRange dates, int copies) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(dates, "dates");
        if (copies < 1 || copies > MAX_COPIES) {
            throw new IllegalArgumentException("Copies " + copies + " outside 1-" + MAX_COPIES);
        }
        String text = description == null || description.isBlank() ? null : description.strip();
        if (text == null && type.needsDescription()) {
            throw new IllegalArgumentException("Record type " + type.code() + " needs a description");
        }
        return new RecordSelection(type, text, dates, copies);
    }

    /**
     * Obtains a selection of one copy of all dates.
     *
     * @param type  the record type, not null and not one that needs a description
     * @return the selection, not null
     */
    public static RecordSelection of(RecordType type) {
        return of(type, null, DateRange.all(), 1);
    }

    /**
     * Returns the record type.
     *
     * @return the type, not null
     */
    public RecordType type() {
        return type;
    }

    /**
     * Returns the requester's description of the records.
     *
     * @return the description, empty if none
     */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /**
     * Returns the appointment dates.
     *
     * @return the range, not null
     */
    public DateRange dates() {
        return dates;
    }

    /**
     * Returns the number of copies.
     *
     * @return 1 to {@value #MAX_COPIES}
     */
    public int copies() {
        return copies;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof RecordSelection o && type.equals(o.type) && Objects.equals(description, o.description)
                && dates.equals(o.dates) && copies == o.copies;
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, description, dates, copies);
    }

    @Override
    public String toString() {
        return "RecordSelection[" + type.code() + " x" + copies + "]";
    }
}
