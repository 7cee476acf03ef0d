/**
 * Holiday calendars for US federal holidays and every US state from Jollyday, corrected where
 * Jollyday's data differs from the law (see the module's README).
 */
module io.github.medrecords.calendar.jollyday {
    requires transitive io.github.medrecords.core;
    requires de.focus_shift.jollyday.core;

    exports io.github.medrecords.calendar.jollyday;
}
