package io.github.medrecords.calendar.jollyday.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * The override layer: corrections to Jollyday's data where it differs from the law (R8.1-R8.5 and the
 * state sources listed in docs/holidays.md). Each correction names the calendar it applies to, says what
 * it changes and cites its source. A correction may count a holiday Jollyday files as a mere observance,
 * drop a Jollyday holiday the jurisdiction does not close for, add a holiday Jollyday lacks, or set how
 * the jurisdiction observes a holiday that falls on a weekend.
 *
 * <p>A further correction is structural and lives in {@link JollydayHolidayCalendar}: Jollyday files a
 * holiday observed on December 31 (New Year's Day on a Saturday) under the following year, so its
 * per-year and per-date queries miss it; the calendar reads Jollyday's neighbouring years too.
 */
public enum Correction {

    /**
     * Jollyday's top-level "us" calendar lacks Columbus Day, a federal legal public holiday (second
     * Monday in October, 5 U.S.C. 6103, R8.1) since 1971. The states' calendars list it where the state
     * observes it.
     */
    FEDERAL_COLUMBUS_DAY("us", "Adds Columbus Day (second Monday in October, R8.1) to the US federal calendar",
            "5 U.S.C. 6103(a), R8.1",
            adding(year -> year < 1971 ? List.of() : List.of(columbusDay(year)))),

    /** The structural correction of observed holidays filed under the following year (R8.2, R8.4). */
    OBSERVED_IN_PREVIOUS_YEAR("*", "Counts a holiday observed on December 31 (New Year's Day on a Saturday, "
            + "R8.2/R8.4) in the year it is observed; Jollyday files it under the next year", "R8.2, R8.4"),

    /**
     * Jollyday dates the day after Thanksgiving (and Washington's Native American Heritage Day, the same
     * day) as the fourth Friday of November, a week early when November begins on a Friday (2024, 2030).
     */
    DAY_AFTER_THANKSGIVING_DATE("*", "Dates the day after Thanksgiving as the Friday after the fourth Thursday of "
            + "November; Jollyday takes the fourth Friday, a week early in years such as 2024 and 2030",
            "Fla. Stat. 110.117(1)(h); Tex. Gov't Code 662.003(b)(6); RCW 1.16.050(1)(j) (\"the Friday immediately "
                    + "following the fourth Thursday in November\")") {
        @Override
        LocalDate redate(String key, LocalDate date) {
            if (key.equals("DAY_AFTER_THANKSGIVING") || key.equals("NATIVE_AMERICAN_HERITAGE_DAY")) {
                return dayAfterThanksgiving(date.getYear());
            }
            return date;
        }
    },

    /** Massachusetts: Patriots' Day, a legal holiday on which offices close; Jollyday files it as an observance. */
    MA_PATRIOTS_DAY("us/ma", "Massachusetts: counts Patriots' Day (third Monday in April) as a legal holiday",
            "M.G.L. c. 4, s. 7, cl. 18; https://www.mass.gov/anf/employment-equal-access-disability/oversight-agencies/"
                    + "hrd/legal-holiday-calendar.html",
            counting("PATRIOT")),

    /** Massachusetts keeps its offices open on the Friday before a Saturday holiday. */
    MA_SATURDAY_NOT_MOVED("us/ma", "Massachusetts: a holiday on a Saturday closes no weekday (offices open on the "
            + "Friday before); on a Sunday the Monday after",
            "https://www.mass.gov/courts/court-info/trial-court/exec-office/ocm/legal-holidays.html",
            observing(Observance.SUNDAY_TO_MONDAY_ONLY)),

    /** New York: Lincoln's Birthday is a public holiday; Jollyday files it as an observance. */
    NY_LINCOLNS_BIRTHDAY("us/ny", "New York: counts Lincoln's Birthday (February 12) as a public holiday",
            "NY General Construction Law 24; https://www.p12.nysed.gov/sss/lawsregs/GCL24.html",
            counting("LINCOLN")),

    /** New York: each general election day is a public holiday; Jollyday lacks it. */
    NY_ELECTION_DAY("us/ny", "New York: adds general election day (Tuesday after the first Monday in November, "
            + "every year)", "NY General Construction Law 24; https://delhi.edu/mydelhi/hr/holiday-schedule/index.php",
            adding(year -> List.of(electionDay(year)))),

    /** New York moves a Sunday holiday to Monday and a Saturday holiday nowhere. */
    NY_SATURDAY_NOT_MOVED("us/ny", "New York: a holiday on a Saturday closes no weekday; on a Sunday the next day",
            "NY General Construction Law 24 (\"if any of such days except Flag day is Sunday, the next day thereafter\")",
            observing(Observance.SUNDAY_TO_MONDAY_ONLY)),

    /** Illinois: Lincoln's Birthday is a state holiday on which offices close; Jollyday files it as an observance. */
    IL_LINCOLNS_BIRTHDAY("us/il", "Illinois: counts Lincoln's Birthday (February 12) as a state holiday",
            "80 Ill. Adm. Code 303.190; https://www2.illinois.gov/cms/personnel/employeeresources/Pages/"
                    + "StateHolidays.aspx",
            counting("LINCOLN")),

    /** Illinois: state offices close the Friday after Thanksgiving; Jollyday lacks it. */
    IL_DAY_AFTER_THANKSGIVING("us/il", "Illinois: adds the Friday after Thanksgiving",
            "https://www2.illinois.gov/cms/personnel/employeeresources/Pages/StateHolidays.aspx",
            adding(year -> List.of(dayAfterThanksgiving(year)))),

    /** Illinois: general election day (even years, members of the House elected) is a state holiday. */
    IL_GENERAL_ELECTION_DAY("us/il", "Illinois: adds general election day in even years",
            "80 Ill. Adm. Code 303.190; https://www2.illinois.gov/cms/personnel/employeeresources/Pages/"
                    + "StateHolidays.aspx",
            adding(year -> year % 2 == 0 ? List.of(electionDay(year)) : List.of())),

    /** Virginia: Election Day replaced Lee-Jackson Day in 2020; Jollyday lacks it. */
    VA_ELECTION_DAY("us/va", "Virginia: adds Election Day (Tuesday after the first Monday in November) from 2020",
            "Va. Code 2.2-3300; https://law.lis.virginia.gov/vacodefull/title2.2/chapter33",
            adding(year -> year < 2020 ? List.of() : List.of(electionDay(year)))),

    /** Virginia: the Friday after Thanksgiving is a legal holiday; Jollyday lacks it. */
    VA_DAY_AFTER_THANKSGIVING("us/va", "Virginia: adds the Friday after Thanksgiving",
            "Va. Code 2.2-3300; https://www.blr.com/HR-Employment/Benefits-Leave/Holidays-in-Virginia",
            adding(year -> List.of(dayAfterThanksgiving(year)))),

    /** Texas: June 19 is Emancipation Day in Texas, a skeleton-crew state holiday: offices stay open. */
    TX_NO_JUNETEENTH_CLOSURE("us/tx", "Texas: removes Juneteenth (Emancipation Day in Texas is a state holiday on "
            + "which offices stay open with a skeleton crew)",
            "Tex. Gov't Code 662.003(b)(4), 662.004; https://hr.sao.texas.gov/Holidays/",
            removing("JUNETEENTH")),

    /** Texas: Confederate Heroes Day is January 19 and a skeleton-crew holiday; Jollyday has it in April. */
    TX_NO_CONFEDERATE_CLOSURE("us/tx", "Texas: removes the fourth Monday in April (Confederate Heroes Day is "
            + "January 19, and offices stay open on it)", "Tex. Gov't Code 662.003(b)(1), 662.004",
            removing("CONFEDERATE")),

    /** Texas: neither Columbus Day nor Indigenous Peoples' Day is a Texas holiday. */
    TX_NO_INDIGENOUS_PEOPLES_DAY("us/tx", "Texas: removes the second Monday in October (not a Texas holiday)",
            "Tex. Gov't Code 662.003(a) (\"a national holiday includes only\")",
            removing("INDIGENOUS_PEOPLES_DAY")),

    /** Texas: December 24 and 26 are state holidays on which offices close; Jollyday has neither. */
    TX_DECEMBER_24_AND_26("us/tx", "Texas: adds December 24 and December 26",
            "Tex. Gov't Code 662.003(b)(7)-(8), 662.004(b)",
            adding(year -> List.of(LocalDate.of(year, Month.DECEMBER, 24), LocalDate.of(year, Month.DECEMBER, 26)))),

    /** Texas does not close on another day when a holiday falls on a weekend. */
    TX_WEEKEND_NOT_MOVED("us/tx", "Texas: a holiday on a Saturday or Sunday closes no other day",
            "https://hr.sao.texas.gov/Holidays/ (state holiday schedules)",
            observing(Observance.NOT_MOVED)),

    /** California: state offices stay open on Juneteenth (not on CalHR's holiday list). */
    CA_NO_JUNETEENTH_CLOSURE("us/ca", "California: removes Juneteenth (not a paid state holiday on CalHR's list)",
            "CalHR state holidays; http://www.calhr.ca.gov/employees/Pages/state-holidays.aspx",
            removing("JUNETEENTH")),

    /** California: state offices stay open on the second Monday in October. */
    CA_NO_INDIGENOUS_PEOPLES_DAY("us/ca", "California: removes the second Monday in October (not on CalHR's list)",
            "CalHR state holidays; Cal. Gov. Code 19853",
            removing("INDIGENOUS_PEOPLES_DAY")),

    /** California: a Saturday holiday gives holiday credit, not a Friday closure; Sunday moves to Monday. */
    CA_SATURDAY_NOT_MOVED("us/ca", "California: a holiday on a Saturday closes no weekday (holiday credit instead), "
            + "on a Sunday the Monday after", "CalHR state holidays; Cal. Gov. Code 6700, 19853",
            observing(Observance.SUNDAY_TO_MONDAY_ONLY)),

    /** California: Veterans Day on a Saturday is observed the Friday before. */
    CA_VETERANS_DAY_ON_SATURDAY("us/ca", "California: Veterans Day on a Saturday is observed the Friday before",
            "Cal. Gov. Code 6700; CalHR state holidays") {
        @Override
        List<LocalDate> observedAdditions(int year) {
            LocalDate veterans = LocalDate.of(year, Month.NOVEMBER, 11);
            return veterans.getDayOfWeek() == DayOfWeek.SATURDAY ? List.of(veterans.minusDays(1)) : List.of();
        }
    },

    /** Hawaii: its own holidays, which Jollyday files as observances. */
    HI_STATE_HOLIDAYS("us/hi", "Hawaii: counts Prince Kuhio Day (March 26), Good Friday, King Kamehameha I Day "
            + "(June 11) and Statehood Day (third Friday in August) as state holidays",
            "HRS 8-1; https://holidaysmart.com/country/us/hawaii",
            counting("KALANIANAOLE", "christian.GOOD_FRIDAY", "KAMEHAMEHA", "STATEHOOD")),

    /** Hawaii: general election day is a state holiday; Jollyday lacks it. */
    HI_GENERAL_ELECTION_DAY("us/hi", "Hawaii: adds general election day (even years)",
            "HRS 8-1 (\"all election days, except primary and special election days\")",
            adding(year -> year % 2 == 0 ? List.of(electionDay(year)) : List.of())),

    /** Hawaii: Discoverers' Day (second Monday in October) is not a state holiday. */
    HI_NO_DISCOVERERS_DAY("us/hi", "Hawaii: removes the second Monday in October (Discoverers' Day is not a state "
            + "holiday)", "HRS 8-1.5; https://law.onecle.com/hawaii/title-1/8-1.5.html",
            removing("INDIGENOUS_PEOPLES_DAY")),

    /** Hawaii: Juneteenth is not among the state holidays of HRS 8-1. */
    HI_NO_JUNETEENTH_CLOSURE("us/hi", "Hawaii: removes Juneteenth (not a state holiday under HRS 8-1)", "HRS 8-1",
            removing("JUNETEENTH")),

    /** District of Columbia: Emancipation Day, April 16, a legal public holiday since 2007. */
    DC_EMANCIPATION_DAY("us/dc", "District of Columbia: adds DC Emancipation Day (April 16) from 2007",
            "DC Code 1-612.02(a)(11); https://edpm.dc.gov/issuances/legal-public-holidays-2024/",
            adding(year -> year < 2007 ? List.of() : List.of(LocalDate.of(year, Month.APRIL, 16)))),

    /** District of Columbia: Inauguration Day, January 20 of every fourth year from 1981 (Monday if Sunday). */
    DC_INAUGURATION_DAY("us/dc", "District of Columbia: adds Inauguration Day (January 20 every fourth year from "
            + "1981, the Monday when on a Sunday, none when on a Saturday)", "DC Code 1-612.02(c)") {
        @Override
        List<LocalDate> observedAdditions(int year) {
            if (year < 1981 || (year - 1981) % 4 != 0) {
                return List.of();
            }
            LocalDate day = LocalDate.of(year, Month.JANUARY, 20);
            return day.getDayOfWeek() == DayOfWeek.SUNDAY ? List.of(day.plusDays(1)) : List.of(day);
        }
    },

    /** District of Columbia: Columbus Day before it was renamed Indigenous Peoples' Day; Jollyday has it from 2019. */
    DC_COLUMBUS_DAY_BEFORE_2019("us/dc", "District of Columbia: adds Columbus Day (second Monday in October) before "
            + "2019; Jollyday has the day only as Indigenous Peoples' Day from 2019",
            "DC Code 1-612.02(a)(7); http://laws9.com/statutes/district-of-columbia/division-i/title-1/chapter-6/"
                    + "subchapter-xii/section-1-612-02",
            adding(year -> year < 1971 || year > 2018 ? List.of() : List.of(columbusDay(year)))),

    /** Florida: Washington's Birthday is not among the state's paid holidays. */
    FL_NO_WASHINGTONS_BIRTHDAY("us/fl", "Florida: removes Washington's Birthday (not a paid holiday under F.S. 110.117)",
            "F.S. 110.117; https://www.syfert.com/florida/statutes/0110.117.html",
            removing("PRESIDENTS_DAY", "WASHINGTONS_BIRTHDAY")),

    /** Florida: Juneteenth is not among the state's paid holidays. */
    FL_NO_JUNETEENTH_CLOSURE("us/fl", "Florida: removes Juneteenth (not a paid holiday under F.S. 110.117)",
            "F.S. 110.117",
            removing("JUNETEENTH")),

    /** Utah: Pioneer Day, July 24, a legal holiday; Jollyday files it as an observance. */
    UT_PIONEER_DAY("us/ut", "Utah: counts Pioneer Day (July 24) as a legal holiday",
            "Utah Code 63G-1-301(1)(a); https://codes.findlaw.com/ut/title-63g-general-government/"
                    + "ut-code-sect-63g-1-301.html",
            counting("PIONEER")),

    /** Utah: from May 7, 2025, Juneteenth is observed on the Monday of its week (the next Monday on a weekend). */
    UT_JUNETEENTH_ON_MONDAY("us/ut", "Utah: from 2025, Juneteenth is observed on a Monday (the Monday before when "
            + "June 19 is a Tuesday to Friday, the Monday after on a weekend)",
            "Utah Code 63G-1-301(2)(c)-(d) as amended 2025; https://writingpartners.net/documents/10600") {
        @Override
        boolean removes(String key, int year) {
            return key.equals("JUNETEENTH") && year >= 2025;
        }

        @Override
        List<LocalDate> observedAdditions(int year) {
            if (year < 2025) {
                return List.of();
            }
            LocalDate june19 = LocalDate.of(year, Month.JUNE, 19);
            DayOfWeek day = june19.getDayOfWeek();
            boolean weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
            return List.of(june19.with(weekend ? TemporalAdjusters.next(DayOfWeek.MONDAY)
                    : TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        }
    };

    private final String calendar;
    private final String description;
    private final String source;
    private final Change change;

    /** A correction whose change is its own code: it overrides the methods below. */
    Correction(String calendar, String description, String source) {
        this(calendar, description, source, Change.NONE);
    }

    Correction(String calendar, String description, String source, Change change) {
        this.calendar = calendar;
        this.description = description;
        this.source = source;
        this.change = change;
    }

    /**
     * What a correction changes, as data: the Jollyday keys it counts or removes, the observance it sets, the
     * holidays it adds. Most corrections are one of these; the others override the methods.
     */
    private record Change(Set<String> counted, Set<String> removed, Observance observance,
            IntFunction<List<LocalDate>> additions) {

        static final Change NONE = new Change(Set.of(), Set.of(), null, year -> List.of());
    }

    /** Counts Jollyday's observances of these keys as legal holidays. */
    private static Change counting(String... keys) {
        return new Change(Set.of(keys), Set.of(), null, year -> List.of());
    }

    /** Drops Jollyday's holidays of these keys. */
    private static Change removing(String... keys) {
        return new Change(Set.of(), Set.of(keys), null, year -> List.of());
    }

    /** Sets how the calendar observes a weekend holiday. */
    private static Change observing(Observance observance) {
        return new Change(Set.of(), Set.of(), observance, year -> List.of());
    }

    /** Adds holidays Jollyday lacks, by their own date in a year, observed under the calendar's rule. */
    private static Change adding(IntFunction<List<LocalDate>> additions) {
        return new Change(Set.of(), Set.of(), null, additions);
    }

    /**
     * Returns every correction.
     *
     * @return the corrections, not null
     */
    public static List<Correction> all() {
        return List.of(values());
    }

    /**
     * Returns the correction in one line.
     *
     * @return the description, not null
     */
    public String description() {
        return description;
    }

    /**
     * Returns the source the correction follows: a citation and, where found, an address.
     *
     * @return the source, not null
     */
    public String source() {
        return source;
    }

    /**
     * Returns the calendar the correction applies to: {@code us}, {@code us/xx} or {@code *} for all.
     *
     * @return the calendar key, not null
     */
    public String calendar() {
        return calendar;
    }

    boolean appliesTo(String calendarKey) {
        return calendar.equals("*") || calendar.equals(calendarKey);
    }

    /** Whether a Jollyday holiday of this key that Jollyday files as an observance is a legal holiday. */
    boolean promotes(String key) {
        return change.counted().contains(key);
    }

    /** Whether a Jollyday holiday of this key, in the given year of its own date, is not a legal holiday. */
    boolean removes(String key, int year) {
        return change.removed().contains(key);
    }

    /** The holiday's own date where Jollyday's rule for it is wrong; the date given otherwise. */
    LocalDate redate(String key, LocalDate date) {
        return date;
    }

    /** Holidays Jollyday lacks, by their own date in the given year, observed under the calendar's rule. */
    List<LocalDate> additions(int year) {
        return change.additions().apply(year);
    }

    /** Holidays Jollyday lacks, already by the weekday observed, for the given year of their own date. */
    List<LocalDate> observedAdditions(int year) {
        return List.of();
    }

    /** How the calendar observes a weekend holiday, or null to keep Jollyday's observed dates. */
    Observance observance() {
        return change.observance();
    }

    static LocalDate nth(int year, Month month, DayOfWeek day, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
    }

    /** The second Monday in October. */
    static LocalDate columbusDay(int year) {
        return nth(year, Month.OCTOBER, DayOfWeek.MONDAY, 2);
    }

    /** The Friday after the fourth Thursday in November. */
    static LocalDate dayAfterThanksgiving(int year) {
        return nth(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4).plusDays(1);
    }

    /** The Tuesday after the first Monday in November. */
    static LocalDate electionDay(int year) {
        return nth(year, Month.NOVEMBER, DayOfWeek.MONDAY, 1).plusDays(1);
    }
}
