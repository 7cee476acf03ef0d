package io.github.medrecords.store.jdbc.internal;

import static io.github.medrecords.store.jdbc.internal.Json.date;
import static io.github.medrecords.store.jdbc.internal.Json.dateOrNull;
import static io.github.medrecords.store.jdbc.internal.Json.enumOrNull;
import static io.github.medrecords.store.jdbc.internal.Json.enumSet;
import static io.github.medrecords.store.jdbc.internal.Json.enumValue;
import static io.github.medrecords.store.jdbc.internal.Json.field;
import static io.github.medrecords.store.jdbc.internal.Json.integer;
import static io.github.medrecords.store.jdbc.internal.Json.items;
import static io.github.medrecords.store.jdbc.internal.Json.names;
import static io.github.medrecords.store.jdbc.internal.Json.optText;
import static io.github.medrecords.store.jdbc.internal.Json.put;
import static io.github.medrecords.store.jdbc.internal.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.medrecords.core.party.PracticeId;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.request.LegalBasis;
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
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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

    ObjectNode dueDate(DueDate due) {
        ObjectNode n = Json.object();
        n.set("query", query(due.query()));
        n.put("legalDate", due.legalDate().toString());
        n.set("deadlines", Json.list(due.deadlines(), d -> {
            ObjectNode o = Json.object();
            o.put("rule", d.rule().key());
            o.put("ruleId", d.rule().ruleId());
            o.put("version", d.rule().inForceFrom().toString());
            o.put("originalDate", d.originalDate().toString());
            put(o, "extendedDate", d.extendedDate());
            o.put("workingTarget", d.workingTarget().toString());
            return o;
        }));
        due.extension().ifPresent(e -> n.set("extension", extension(e)));
        n.put("zone", due.calendar().zone().getId());
        return n;
    }

    /**
     * Reads a due date.
     *
     * @param n  the stored due date
     * @param practice  the request's practice, whose calendar the due date counts in
     * @param format  the document's format: before 3 each deadline held a copy of its rule and the
     *     calendar a copy of its holidays
     */
    DueDate dueDate(JsonNode n, PracticeId practice, int format) {
        DeadlineQuery query = query(field(n, "query"));
        List<RuleDeadline> deadlines = items(n, "deadlines", d -> RuleDeadline.of(
                format >= 3 ? law.ruleOrStandIn(text(d, "rule"), date(d, "version"), text(d, "ruleId"), query.kind())
                        : legacyRule(field(d, "rule")),
                date(d, "originalDate"), dateOrNull(d, "extendedDate"), date(d, "workingTarget")));
        Optional<Extension> extension = Optional.ofNullable(n.get("extension")).map(e -> Extension.of(
                date(e, "givenOn"), date(e, "newDate"), text(e, "writtenReason")));
        BusinessCalendar calendar = format >= 3 ? calendar(ZoneId.of(text(n, "zone")), practice)
                : legacyCalendar(field(n, "calendar"), practice);
        DueDate due = DueDate.of(query, deadlines, extension, calendar);
        if (!due.legalDate().toString().equals(text(n, "legalDate"))) {
            throw new Json.DocumentException("The stored legal date differs from its deadlines", null);
        }
        return due;
    }

    private static ObjectNode query(DeadlineQuery q) {
        ObjectNode query = Json.object();
        query.put("receivedOn", q.receivedOn().toString());
        query.put("kind", q.kind().name());
        query.put("basis", q.basis().name());
        query.set("jurisdictions", names(q.jurisdictions()));
        return query;
    }

    private static DeadlineQuery query(JsonNode q) {
        return new DeadlineQuery(date(q, "receivedOn"), enumValue(q, "kind", RequestKind.class),
                enumValue(q, "basis", LegalBasis.class), enumSet(q, "jurisdictions", UsState.class));
    }

    private static ObjectNode extension(Extension e) {
        ObjectNode o = Json.object();
        o.put("givenOn", e.givenOn().toString());
        o.put("newDate", e.newDate().toString());
        o.put("writtenReason", e.writtenReason());
        return o;
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
