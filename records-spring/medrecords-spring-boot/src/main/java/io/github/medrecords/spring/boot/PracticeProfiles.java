package io.github.medrecords.spring.boot;

import io.github.medrecords.core.fee.PriceListFile;
import io.github.medrecords.core.party.PracticeId;
import io.github.medrecords.core.party.ProviderKind;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.practice.ComplaintContact;
import io.github.medrecords.core.practice.PracticePolicies;
import io.github.medrecords.core.practice.PracticeProfile;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.timeframe.HolidayCalendar;
import io.github.medrecords.core.timeframe.TurnaroundDays;
import io.github.medrecords.core.timeframe.TurnaroundPromise;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.core.io.Resource;
import org.springframework.util.ClassUtils;

/**
 * Builds the practice profile from {@code medrecords.practice.*} and the files it names, and says in one
 * message every property that is missing or wrong.
 */
final class PracticeProfiles {

    private static final String JOLLYDAY = "io.github.medrecords.calendar.jollyday.JollydayCalendars";

    /** The zone of each state that keeps one zone throughout; the others need medrecords.practice.zone. */
    private static final Map<UsState, ZoneId> SINGLE_ZONE = singleZones();

    private PracticeProfiles() {
    }

    /**
     * Builds the profile, looking for records-calendar-jollyday in the given class loader.
     *
     * @param p  the properties, not null
     * @param classLoader  the application's class loader, null for the default
     * @return the profile, not null
     * @throws MedrecordsConfigurationException listing every problem
     */
    static PracticeProfile fromProperties(MedrecordsProperties.Practice p, ClassLoader classLoader) {
        Objects.requireNonNull(p, "p");
        List<String> problems = new ArrayList<>();
        PracticeId id = null;
        try {
            id = PracticeId.of(p.getId() == null ? "" : p.getId());
        } catch (IllegalArgumentException e) {
            problems.add("medrecords.practice.id: " + e.getMessage());
        }
        if (p.getName() == null || p.getName().isBlank()) {
            problems.add("medrecords.practice.name: set the practice's name as patients see it");
        }
        List<UsState> states = p.getJurisdictions() == null ? List.of() : p.getJurisdictions();
        if (states.isEmpty()) {
            problems.add("medrecords.practice.jurisdictions: name the states whose law the practice follows, e.g. CT");
        }
        ZoneId zone = p.getZone();
        if (zone == null && !states.isEmpty()) {
            zone = SINGLE_ZONE.get(states.get(0));
            if (zone == null) {
                problems.add("medrecords.practice.zone: " + states.get(0).displayName()
                        + " has more than one time zone; set the practice's, e.g. America/Chicago");
            }
        }
        ComplaintContact contact = null;
        try {
            contact = ComplaintContact.of(p.getComplaintContact().getName(),
                    Objects.requireNonNullElse(p.getComplaintContact().getPhone(), ""));
        } catch (RuntimeException e) {
            problems.add("medrecords.practice.complaint-contact.phone: set the phone number that denial notices name"
                    + " for complaints (R1.21), e.g. 203-555-0142");
        }
        TurnaroundPromise promise = null;
        try {
            promise = turnaround(p.getTurnaround());
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        PracticePolicies policies = null;
        try {
            policies = new PracticePolicies(p.getPolicies().isRequireOwnAuthorizationForm(),
                    p.getPolicies().isHandOffThirdPartyRequests(), p.getPolicies().getMaximumCopiesPerSelection(),
                    p.getPolicies().isInvoiceWithoutCostBasis());
        } catch (IllegalArgumentException e) {
            problems.add("medrecords.practice.policies.maximum-copies-per-selection: " + e.getMessage());
        }
        List<LocalDate> holidays = new ArrayList<>(p.getHolidays());
        if (p.getHolidaysFile() != null) {
            holidays.addAll(readHolidays(p.getHolidaysFile(), problems));
        }
        boolean jollyday = ClassUtils.isPresent(JOLLYDAY, classLoader);
        if (p.isStateHolidays() && p.getHolidayState() != null && !jollyday) {
            problems.add("medrecords.practice.holiday-state: add io.github.medrecords:records-calendar-jollyday "
                    + "(the starter has it) for " + p.getHolidayState().displayName() + "'s legal holidays");
        }
        PriceListFile prices = null;
        if (p.getPriceListFile() != null) {
            prices = readPriceList(p.getPriceListFile(), problems);
        }
        if (!problems.isEmpty()) {
            throw new MedrecordsConfigurationException(problems);
        }
        HolidayCalendar calendar = HolidayCalendar.of(holidays);
        if (p.isStateHolidays() && jollyday) {
            // The practice's state's legal holidays by default (the first jurisdiction); holiday-state overrides.
            UsState holidayState = p.getHolidayState() != null ? p.getHolidayState() : states.get(0);
            calendar = HolidayCalendar.union(StateHolidays.of(holidayState), calendar);
        }
        PracticeProfile.Builder b = PracticeProfile.builder(id).name(p.getName()).zone(zone)
                .providerKind(p.getProviderKind() == null ? ProviderKind.PHYSICIAN : p.getProviderKind())
                .complaintContact(contact).policies(policies).holidayCalendar(calendar).turnaroundPromise(promise)
                .cutOff(p.getCutOff() == null ? PracticeProfile.DEFAULT_CUT_OFF : p.getCutOff());
        states.forEach(b::jurisdiction);
        p.getClosures().forEach(b::closure);
        if (prices != null) {
            b.priceList(prices.priceList());
        }
        return b.build();
    }

    private static TurnaroundPromise turnaround(MedrecordsProperties.Turnaround t) {
        TurnaroundPromise promise = TurnaroundPromise.of(days(t.getNotMailed(), "not-mailed"),
                days(t.getMailed(), "mailed"));
        for (Map.Entry<DeliveryMethod, String> e : t.getMethods().entrySet()) {
            promise = promise.withMethod(e.getKey(), days(e.getValue(), "methods." + e.getKey()));
        }
        return promise;
    }

    private static TurnaroundDays days(String text, String property) {
        String where = "medrecords.practice.turnaround." + property;
        if (text == null) {
            throw new IllegalArgumentException(where + ": give business days as fewest-most, e.g. 2-3");
        }
        String[] parts = text.trim().split("\\s*-\\s*");
        try {
            int fewest = Integer.parseInt(parts[0]);
            int most = parts.length == 2 ? Integer.parseInt(parts[1]) : fewest;
            if (parts.length > 2) {
                throw new NumberFormatException();
            }
            return TurnaroundDays.of(fewest, most);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + ": '" + text + "' is not fewest-most business days, e.g. 2-3",
                    e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    private static List<LocalDate> readHolidays(Resource file, List<String> problems) {
        List<LocalDate> dates = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(reader(file))) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                int hash = line.indexOf('#');
                String text = (hash >= 0 ? line.substring(0, hash) : line).trim();
                if (text.isEmpty()) {
                    continue;
                }
                try {
                    dates.add(LocalDate.parse(text));
                } catch (DateTimeParseException e) {
                    problems.add("medrecords.practice.holidays-file: " + file.getDescription() + " line " + number
                            + " is not an ISO date such as 2026-12-24");
                }
            }
        } catch (IOException e) {
            problems.add("medrecords.practice.holidays-file: cannot read " + file.getDescription() + " ("
                    + e.getClass().getSimpleName() + ")");
        }
        return dates;
    }

    private static PriceListFile readPriceList(Resource file, List<String> problems) {
        try (Reader in = reader(file)) {
            return PriceListFile.parse(in, file.getFilename() == null ? file.getDescription() : file.getFilename());
        } catch (IOException e) {
            problems.add("medrecords.practice.price-list-file: cannot read " + file.getDescription() + " ("
                    + e.getClass().getSimpleName() + ")");
        } catch (RuntimeException e) {
            problems.add("medrecords.practice.price-list-file: " + e.getMessage());
        }
        return null;
    }

    private static Reader reader(Resource file) throws IOException {
        return new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8);
    }

    private static Map<UsState, ZoneId> singleZones() {
        Map<UsState, ZoneId> m = new EnumMap<>(UsState.class);
        ZoneId eastern = ZoneId.of("America/New_York");
        ZoneId central = ZoneId.of("America/Chicago");
        ZoneId mountain = ZoneId.of("America/Denver");
        ZoneId pacific = ZoneId.of("America/Los_Angeles");
        for (UsState s : Set.of(UsState.CT, UsState.DE, UsState.DC, UsState.GA, UsState.ME, UsState.MD, UsState.MA,
                UsState.NH, UsState.NJ, UsState.NY, UsState.NC, UsState.OH, UsState.PA, UsState.RI, UsState.SC,
                UsState.VT, UsState.VA, UsState.WV)) {
            m.put(s, eastern);
        }
        for (UsState s : Set.of(UsState.AL, UsState.AR, UsState.IL, UsState.IA, UsState.LA, UsState.MN, UsState.MS,
                UsState.MO, UsState.OK, UsState.WI)) {
            m.put(s, central);
        }
        for (UsState s : Set.of(UsState.CO, UsState.MT, UsState.NM, UsState.UT, UsState.WY)) {
            m.put(s, mountain);
        }
        m.put(UsState.AZ, ZoneId.of("America/Phoenix"));
        m.put(UsState.CA, pacific);
        m.put(UsState.NV, pacific);
        m.put(UsState.WA, pacific);
        m.put(UsState.HI, ZoneId.of("Pacific/Honolulu"));
        return m;
    }
}
