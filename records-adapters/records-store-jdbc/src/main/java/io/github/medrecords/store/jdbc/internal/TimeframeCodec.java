package io.github.medrecords.store.jdbc.internal;

import static io.github.medrecords.store.jdbc.internal.Json.date;
import static io.github.medrecords.store.jdbc.internal.Json.dateOrNull;
import static io.github.medrecords.store.jdbc.internal.Json.enumOrNull;
import static io.github.medrecords.store.jdbc.internal.Json.enumSet;
import static io.github.medrecords.store.jdbc.internal.Json.enumValue;
import static io.github.medrecords.store.jdbc.internal.Json.field;
import static io.github.medrecords.store.jdbc.internal.Json.integer;
import static io.github.medrecords.store.jdbc.internal.Json.items;
import static io.github.medrecords.store.jdbc.internal.Json.optText;
import static io.github.medrecords.store.jdbc.internal.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.medrecords.core.party.PracticeId;
import io.github.medrecords.core.party.ProviderKind;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.PurposeKind;
import io.github.medrecords.core.request.RequesterRole;
import io.github.medrecords.core.timeframe.BusinessCalendar;
import io.github.medrecords.core.timeframe.DayCount;
import io.github.medrecords.core.timeframe.DeadlineQuery;
import io.github.medrecords.core.timeframe.DeadlineRule;
import io.github.medrecords.core.timeframe.DueDate;
import io.github.medrecords.core.timeframe.Extension;
import io.github.medrecords.core.timeframe.HolidayCalendar;
import io.github.medrecords.core.timeframe.RequestKind;
import io.github.medrecords.core.timeframe.RuleDeadline;
import io.github.medrecords.core.timeframe.RuleStatus;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes and reads the due date, from the core's {@code timeframe} package: the question it answered,
 * each rule's dates, the rule's key and version (never the rule itself), the extension, and the zone of
 * the calendar it was counted in. The calendar itself is the practice's, looked up when a request is
 * read (the store's practice directory); a practice the store does not know reads back with weekends
 * only, in the stored zone.
 *
 * <p>Thread-safe.
 */
final class TimeframeCodec {

    private final Law law;
    private final Function<PracticeId, Optional<BusinessCalendar>> calendars;

    TimeframeCodec(Law law, Function<PracticeId, Optional<BusinessCalendar>> calendars) {
        this.law = Objects.requireNonNull(law, "law");
        this.calendars = Objects.requireNonNull(calendars, "calendars");
    }

    void dueDate(JsonOut o, DueDate due) {
        o.startObject();
        o.part("query", due.query(), TimeframeCodec::query);
        o.date("legalDate", due.legalDate());
        o.list("deadlines", due.deadlines(), (out, d) -> {
            out.startObject();
            out.text("rule", d.rule().key());
            out.text("ruleId", d.rule().ruleId());
            out.date("version", d.rule().inForceFrom());
            out.date("originalDate", d.originalDate());
            out.optional("extendedDate", d.extendedDate());
            out.date("workingTarget", d.workingTarget());
            out.endObject();
        });
        due.extension().ifPresent(e -> o.name("extension").startObject().date("givenOn", e.givenOn())
                .date("newDate", e.newDate()).text("writtenReason", e.writtenReason()).endObject());
        o.text("zone", due.calendar().zone().getId());
        o.endObject();
    }

    /**
     * Reads a due date. The calendar it counts in is the practice's, which the document names elsewhere:
     * the result completes the due date once the practice is known.
     *
     * @param in  the stored due date
     * @param format  the document's format: before 3 each deadline held a copy of its rule and the
     *     calendar a copy of its holidays
     * @return the due date, given the request's practice
     */
    Function<PracticeId, DueDate> dueDate(JsonIn in, int format) {
        DeadlineQuery query = null;
        LocalDate legalDate = null;
        List<DeadlineFacts> deadlines = List.of();
        Extension extension = null;
        String zone = null;
        JsonNode legacyCalendar = null;
        for (String f = in.object("dueDate").next(); f != null; f = in.next()) {
            switch (f) {
                case "query" -> query = query(in.object(f));
                case "legalDate" -> legalDate = in.date();
                case "deadlines" -> deadlines = in.list(d -> deadline(d, format));
                case "extension" -> extension = extension(in.object(f));
                case "zone" -> zone = in.text();
                case "calendar" -> legacyCalendar = in.tree();
                default -> in.skip();
            }
        }
        DeadlineQuery q = JsonIn.required(query, "query");
        List<RuleDeadline> rules = new ArrayList<>(deadlines.size());
        for (DeadlineFacts d : deadlines) {
            rules.add(RuleDeadline.of(d.rule() != null ? d.rule()
                    : law.ruleOrStandIn(d.key(), d.version(), d.ruleId(), q.kind()),
                    d.originalDate(), d.extendedDate(), d.workingTarget()));
        }
        Optional<Extension> extended = Optional.ofNullable(extension);
        LocalDate stored = JsonIn.required(legalDate, "legalDate");
        String storedZone = format >= 3 ? JsonIn.required(zone, "zone") : null;
        JsonNode legacy = format >= 3 ? null : JsonIn.required(legacyCalendar, "calendar");
        return practice -> {
            BusinessCalendar calendar = legacy == null ? calendar(ZoneId.of(storedZone), practice)
                    : legacyCalendar(legacy, practice);
            DueDate due = DueDate.of(q, rules, extended, calendar);
            if (!due.legalDate().equals(stored)) {
                throw new Json.DocumentException("The stored legal date differs from its deadlines", null);
            }
            return due;
        };
    }

    /** A stored deadline: its rule as a reference (format 3) or as the rule read from its copy (before). */
    private record DeadlineFacts(DeadlineRule rule, String key, LocalDate version, String ruleId,
            LocalDate originalDate, LocalDate extendedDate, LocalDate workingTarget) {
    }

    private DeadlineFacts deadline(JsonIn in, int format) {
        DeadlineRule copy = null;
        String key = null;
        String ruleId = null;
        LocalDate version = null;
        LocalDate original = null;
        LocalDate extended = null;
        LocalDate target = null;
        for (String f = in.object("deadlines").next(); f != null; f = in.next()) {
            switch (f) {
                case "rule" -> {
                    if (format >= 3) {
                        key = in.text();
                    } else {
                        copy = legacyRule(in.tree());
                    }
                }
                case "ruleId" -> ruleId = in.text();
                case "version" -> version = in.date();
                case "originalDate" -> original = in.date();
                case "extendedDate" -> extended = in.date();
                case "workingTarget" -> target = in.date();
                default -> in.skip();
            }
        }
        if (format >= 3) {
            JsonIn.required(key, "rule");
            JsonIn.required(version, "version");
            JsonIn.required(ruleId, "ruleId");
        } else {
            JsonIn.required(copy, "rule");
        }
        return new DeadlineFacts(copy, key, version, ruleId, JsonIn.required(original, "originalDate"), extended,
                JsonIn.required(target, "workingTarget"));
    }

    private static void query(JsonOut o, DeadlineQuery q) {
        o.startObject();
        o.date("receivedOn", q.receivedOn());
        o.enumName("kind", q.kind());
        o.enumName("basis", q.basis());
        o.names("jurisdictions", q.jurisdictions());
        // Written only when known or not the default, so queries without them keep the text they always had.
        o.optional("role", q.requesterRole().map(Enum::name));
        o.optional("purpose", q.requestPurpose().map(Enum::name));
        if (q.providerKind() != ProviderKind.PHYSICIAN) {
            o.enumName("providerKind", q.providerKind());
        }
        o.endObject();
    }

    private static DeadlineQuery query(JsonIn in) {
        LocalDate receivedOn = null;
        RequestKind kind = null;
        LegalBasis basis = null;
        Set<UsState> jurisdictions = Set.of();
        RequesterRole role = null;
        PurposeKind purpose = null;
        ProviderKind providerKind = ProviderKind.PHYSICIAN;
        for (String f = in.next(); f != null; f = in.next()) {
            switch (f) {
                case "receivedOn" -> receivedOn = in.date();
                case "kind" -> kind = in.enumValue(RequestKind.class);
                case "basis" -> basis = in.enumValue(LegalBasis.class);
                case "jurisdictions" -> jurisdictions = in.enumSet(UsState.class);
                case "role" -> role = in.enumValue(RequesterRole.class);
                case "purpose" -> purpose = in.enumValue(PurposeKind.class);
                case "providerKind" -> providerKind = in.enumValue(ProviderKind.class);
                default -> in.skip();
            }
        }
        return new DeadlineQuery(JsonIn.required(receivedOn, "receivedOn"), JsonIn.required(kind, "kind"),
                JsonIn.required(basis, "basis"), jurisdictions, role, purpose, providerKind);
    }

    private static Extension extension(JsonIn in) {
        LocalDate givenOn = null;
        LocalDate newDate = null;
        String reason = null;
        for (String f = in.next(); f != null; f = in.next()) {
            switch (f) {
                case "givenOn" -> givenOn = in.date();
                case "newDate" -> newDate = in.date();
                case "writtenReason" -> reason = in.text();
                default -> in.skip();
            }
        }
        return Extension.of(JsonIn.required(givenOn, "givenOn"), JsonIn.required(newDate, "newDate"),
                JsonIn.required(reason, "writtenReason"));
    }

    /**
     * Whether a read gives the due date itself: each deadline's rule is the law's rule of its key and
     * version, and the calendar is the one a read counts in now.
     */
    boolean readsBack(DueDate due, PracticeId practice) {
        for (RuleDeadline d : due.deadlines()) {
            DeadlineRule rule = d.rule();
            if (!law.rule(rule.key(), rule.inForceFrom()).filter(rule::equals).isPresent()) {
                return false;
            }
        }
        return due.calendar().equals(calendar(due.calendar().zone(), practice));
    }

    private BusinessCalendar calendar(ZoneId zone, PracticeId practice) {
        return current(zone, practice).orElseGet(() -> BusinessCalendar.of(zone, HolidayCalendar.none()));
    }

    /** The practice's current calendar, where the store knows the practice and it counts in the stored zone. */
    private Optional<BusinessCalendar> current(ZoneId zone, PracticeId practice) {
        return calendars.apply(practice).filter(c -> c.zone().equals(zone));
    }

    /**
     * Reads a format-1 or format-2 rule copy: the library's rule of the same key and version where it
     * knows one, else the copy as stored (those formats wrote every field of it).
     */
    private DeadlineRule legacyRule(JsonNode n) {
        Optional<DeadlineRule> known = law.rule(text(n, "key"), date(n, "inForceFrom"));
        if (known.isPresent()) {
            return known.get();
        }
        DeadlineRule.Builder b = DeadlineRule.builder(text(n, "key"))
                .cited(text(n, "title"), text(n, "ruleId"), text(n, "citation"))
                .kind(enumValue(n, "kind", RequestKind.class))
                .bases(enumSet(n, "bases", LegalBasis.class).toArray(new LegalBasis[0]))
                .within(integer(n, "days"), enumValue(n, "dayCount", DayCount.class))
                .inForce(date(n, "inForceFrom"), dateOrNull(n, "inForceUntil"))
                .status(enumValue(n, "status", RuleStatus.class));
        UsState state = enumOrNull(n, "jurisdiction", UsState.class);
        if (state != null) {
            b.jurisdiction(state);
        }
        Optional<String> extensionRule = optText(n, "extensionRuleId");
        if (extensionRule.isPresent()) {
            b.extension(integer(n, "extensionDays"), extensionRule.get());
        }
        return b.build();
    }

    /**
     * Reads a format-1 or format-2 calendar: the practice's current calendar where the store knows the
     * practice, else the holidays the document stored.
     */
    private BusinessCalendar legacyCalendar(JsonNode n, PracticeId practice) {
        ZoneId zone = ZoneId.of(text(n, "zone"));
        Optional<BusinessCalendar> current = current(zone, practice);
        if (current.isPresent()) {
            return current.get();
        }
        List<LocalDate> closures = items(n, "closures", v -> LocalDate.parse(v.asText()));
        List<LocalDate> dates = items(field(n, "holidays"), "dates", v -> LocalDate.parse(v.asText()));
        return BusinessCalendar.of(zone, HolidayCalendar.of(dates), closures);
    }
}
