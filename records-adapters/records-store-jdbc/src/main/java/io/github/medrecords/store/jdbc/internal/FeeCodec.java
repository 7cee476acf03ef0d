package io.github.medrecords.store.jdbc.internal;

import static io.github.medrecords.store.jdbc.internal.Json.bool;
import static io.github.medrecords.store.jdbc.internal.Json.date;
import static io.github.medrecords.store.jdbc.internal.Json.enumOrNull;
import static io.github.medrecords.store.jdbc.internal.Json.enumSet;
import static io.github.medrecords.store.jdbc.internal.Json.enumValue;
import static io.github.medrecords.store.jdbc.internal.Json.field;
import static io.github.medrecords.store.jdbc.internal.Json.integer;
import static io.github.medrecords.store.jdbc.internal.Json.items;
import static io.github.medrecords.store.jdbc.internal.Json.longValue;
import static io.github.medrecords.store.jdbc.internal.Json.money;
import static io.github.medrecords.store.jdbc.internal.Json.names;
import static io.github.medrecords.store.jdbc.internal.Json.optMoney;
import static io.github.medrecords.store.jdbc.internal.Json.optText;
import static io.github.medrecords.store.jdbc.internal.Json.put;
import static io.github.medrecords.store.jdbc.internal.Json.putMoney;
import static io.github.medrecords.store.jdbc.internal.Json.text;
import static io.github.medrecords.store.jdbc.internal.Json.textItems;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.medrecords.core.fee.ChargeBasis;
import io.github.medrecords.core.fee.ChargeScope;
import io.github.medrecords.core.fee.Citation;
import io.github.medrecords.core.fee.Compliance;
import io.github.medrecords.core.fee.ComplianceFinding;
import io.github.medrecords.core.fee.ComplianceOutcome;
import io.github.medrecords.core.fee.CopyFormat;
import io.github.medrecords.core.fee.CostKind;
import io.github.medrecords.core.fee.Estimate;
import io.github.medrecords.core.fee.FeeContext;
import io.github.medrecords.core.fee.FeeLine;
import io.github.medrecords.core.fee.LegalLimit;
import io.github.medrecords.core.fee.LimitKind;
import io.github.medrecords.core.fee.LineKind;
import io.github.medrecords.core.fee.Quote;
import io.github.medrecords.core.fee.RecordKeeping;
import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.PurposeKind;
import io.github.medrecords.core.request.RequesterRole;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes and reads the parts of a stored request that come from the core's {@code fee} package: the
 * estimate and the quote with their context, lines and totals, and each compliance finding as plain
 * facts (outcome, the rule's id, kind and scope, the schedule and version it belongs to, the lawful
 * maximum and the amount judged). The law itself is never written: it is looked up in {@link Law} when
 * a request is read. Format-1 and format-2 documents, which held copies of each rule, are read by
 * taking the same facts out of those copies.
 *
 * <p>Thread-safe.
 */
final class FeeCodec {

    private final Law law;

    FeeCodec(Law law) {
        this.law = Objects.requireNonNull(law, "law");
    }

    ObjectNode estimate(Estimate e) {
        ObjectNode n = Json.object();
        n.set("context", context(e.context()));
        n.set("lines", Json.list(e.lines(), FeeCodec::line));
        putMoney(n, "total", e.total());
        return n;
    }

    Estimate estimate(JsonNode n) {
        Estimate e = Estimate.of(context(field(n, "context")), items(n, "lines", FeeCodec::line));
        checkTotal("estimate", e.total(), optMoney(n, "total"));
        return e;
    }

    ObjectNode quote(Quote q) {
        ObjectNode n = Json.object();
        n.set("context", context(q.context()));
        n.set("lines", Json.list(q.lines(), FeeCodec::line));
        putMoney(n, "total", q.total());
        ObjectNode compliance = Json.object();
        putMoney(compliance, "total", q.compliance().total());
        compliance.put("outcome", q.compliance().outcome().name());
        compliance.set("findings", Json.list(q.compliance().findings(), this::finding));
        n.set("compliance", compliance);
        return n;
    }

    /**
     * Reads a quote.
     *
     * @param n  the stored quote
     * @param format  the document's format: before 3 each finding held a copy of its rule
     */
    Quote quote(JsonNode n, int format) {
        FeeContext context = context(field(n, "context"));
        JsonNode c = field(n, "compliance");
        List<ComplianceFinding> findings = items(c, "findings",
                f -> format >= 3 ? finding(f, context) : legacyFinding(f, context));
        Compliance compliance = Compliance.of(money(c, "total"), findings);
        if (compliance.outcome() != enumValue(c, "outcome", ComplianceOutcome.class)) {
            throw new Json.DocumentException("The stored compliance outcome differs from its findings", null);
        }
        Quote q = Quote.of(context, items(n, "lines", FeeCodec::line), compliance);
        checkTotal("quote", q.total(), optMoney(n, "total"));
        return q;
    }

    private static void checkTotal(String what, Money computed, Optional<Money> stored) {
        if (stored.isPresent() && !stored.get().equals(computed)) {
            throw new Json.DocumentException("The stored " + what + " total differs from its lines", null);
        }
    }

    private static ObjectNode context(FeeContext c) {
        ObjectNode n = Json.object();
        n.put("legalBasis", c.legalBasis().name());
        n.put("requesterRole", c.requesterRole().name());
        n.put("deliveryMethod", c.deliveryMethod().name());
        n.put("receivedOn", c.receivedOn().toString());
        n.put("copyFormat", c.copyFormat().name());
        n.put("recordKeeping", c.recordKeeping().name());
        n.set("recordTypes", Json.list(c.recordTypes(), RequestCodec::recordType));
        n.put("purpose", c.purpose().name());
        n.put("claimDocumented", c.claimDocumented());
        if (c.attorneyBeforeSuit()) {
            n.put("attorneyBeforeSuit", true);
        }
        n.put("pages", c.pages());
        n.put("media", c.media());
        putMoney(n, "postage", c.postage());
        n.set("jurisdictions", names(c.jurisdictions()));
        return n;
    }

    private static FeeContext context(JsonNode n) {
        FeeContext.Builder b = FeeContext.builder(enumValue(n, "legalBasis", LegalBasis.class),
                enumValue(n, "requesterRole", RequesterRole.class),
                enumValue(n, "deliveryMethod", DeliveryMethod.class), date(n, "receivedOn"))
                .copyFormat(enumValue(n, "copyFormat", CopyFormat.class))
                .recordKeeping(enumValue(n, "recordKeeping", RecordKeeping.class))
                .purpose(enumValue(n, "purpose", PurposeKind.class))
                .claimDocumented(bool(n, "claimDocumented"))
                .attorneyBeforeSuit(n.has("attorneyBeforeSuit") && bool(n, "attorneyBeforeSuit"))
                .pages(integer(n, "pages"))
                .media(integer(n, "media"))
                .postage(money(n, "postage"))
                .jurisdictions(enumSet(n, "jurisdictions", UsState.class));
        items(n, "recordTypes", RequestCodec::recordType).forEach(b::recordType);
        return b.build();
    }

    private static ObjectNode line(FeeLine l) {
        ObjectNode n = Json.object();
        n.put("ruleId", l.ruleId());
        n.put("kind", l.kind().name());
        n.put("basis", l.basis().name());
        n.put("scope", l.scope().name());
        n.put("description", l.description());
        n.put("quantity", l.quantity());
        putMoney(n, "unitPrice", l.unitPrice());
        putMoney(n, "amount", l.amount());
        n.set("citation", citation(l.citation()));
        return n;
    }

    private static FeeLine line(JsonNode n) {
        return FeeLine.of(text(n, "ruleId"), enumValue(n, "kind", LineKind.class),
                enumValue(n, "basis", ChargeBasis.class), enumValue(n, "scope", ChargeScope.class),
                text(n, "description"), longValue(n, "quantity"), money(n, "unitPrice"), money(n, "amount"),
                citation(field(n, "citation")));
    }

    private static ObjectNode citation(Citation c) {
        ObjectNode n = Json.object();
        n.put("ruleId", c.ruleId());
        n.put("source", c.source());
        n.put("law", c.law());
        n.set("related", Json.strings(c.related()));
        if (c.unconfirmed()) {
            n.put("unconfirmed", true);
        }
        return n;
    }

    private static Citation citation(JsonNode n) {
        return new Citation(text(n, "ruleId"), text(n, "source"), bool(n, "law"), textItems(n, "related"),
                n.has("unconfirmed") && bool(n, "unconfirmed"));
    }

    // ---- findings as facts (format 3) ---------------------------------------------------------------

    private ObjectNode finding(ComplianceFinding f) {
        LegalLimit limit = f.limit();
        ObjectNode n = Json.object();
        n.put("outcome", f.outcome().name());
        n.put("rule", limit.ruleId());
        n.put("kind", limit.kind().name());
        n.put("scope", limit.scope().name());
        put(n, "costKind", limit.costKind().map(Enum::name));
        put(n, "prohibitedBasis", limit.prohibitedBasis().map(Enum::name));
        law.refOf(limit).ifPresent(ref -> {
            n.put("schedule", ref.schedule());
            n.put("version", ref.version());
            n.put("index", ref.index());
        });
        f.lawfulMaximum().ifPresent(m -> putMoney(n, "lawfulMaximum", m));
        putMoney(n, "judged", f.judged());
        return n;
    }

    private ComplianceFinding finding(JsonNode n, FeeContext context) {
        Law.LimitRef ref = n.has("schedule") ? new Law.LimitRef(text(n, "schedule"), text(n, "version"),
                integer(n, "index")) : null;
        LegalLimit limit = law.limit(ref, text(n, "rule"), enumValue(n, "kind", LimitKind.class),
                enumValue(n, "scope", ChargeScope.class), enumOrNull(n, "costKind", CostKind.class),
                enumOrNull(n, "prohibitedBasis", ChargeBasis.class), context);
        return ComplianceFinding.of(enumValue(n, "outcome", ComplianceOutcome.class), limit,
                optMoney(n, "lawfulMaximum").orElse(null), money(n, "judged"));
    }

    /**
     * Reads a format-1 or format-2 finding, which held a copy of its rule: only the rule's id, kind and
     * prohibited method are taken from the copy, and the rule is looked up like a format-3 finding's. The
     * copy's condition and amounts are never rebuilt, so a copy this version could not rebuild (a condition
     * naming two ways of keeping records, a tiered page schedule) still reads.
     */
    private ComplianceFinding legacyFinding(JsonNode n, FeeContext context) {
        JsonNode copy = field(n, "limit");
        LegalLimit limit = law.limit(null, text(field(copy, "citation"), "ruleId"),
                enumValue(copy, "kind", LimitKind.class), null, null,
                optText(copy, "prohibitedBasis").map(ChargeBasis::valueOf).orElse(null), context);
        return ComplianceFinding.of(enumValue(n, "outcome", ComplianceOutcome.class), limit,
                optMoney(n, "lawfulMaximum").orElse(null), money(n, "judged"));
    }
}
