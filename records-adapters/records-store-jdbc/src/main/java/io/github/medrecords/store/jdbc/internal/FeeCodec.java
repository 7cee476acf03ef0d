package io.github.medrecords.store.jdbc.internal;

import static io.github.medrecords.store.jdbc.internal.Json.enumValue;
import static io.github.medrecords.store.jdbc.internal.Json.field;
import static io.github.medrecords.store.jdbc.internal.Json.optText;
import static io.github.medrecords.store.jdbc.internal.Json.text;


import com.fasterxml.jackson.databind.JsonNode;
import io.github.medrecords.core.fee.ChargeBasis;
import io.github.medrecords.core.fee.ChargeKind;
import io.github.medrecords.core.fee.ChargeScope;
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
import io.github.medrecords.core.law.Citation;
import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.party.ProviderKind;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.PurposeKind;
import io.github.medrecords.core.request.RecordType;
import io.github.medrecords.core.request.RequesterRole;
import io.github.medrecords.core.request.ThirdPartyKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

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

    void estimate(JsonOut o, Estimate e) {
        o.startObject();
        o.part("context", e.context(), FeeCodec::context);
        o.list("lines", e.lines(), FeeCodec::line);
        o.money("total", e.total());
        o.endObject();
    }

    Estimate estimate(JsonIn in) {
        FeeContext context = null;
        List<FeeLine> lines = List.of();
        Money total = null;
        for (String f = in.object("estimate").next(); f != null; f = in.next()) {
            switch (f) {
                case "context" -> context = context(in.object(f));
                case "lines" -> lines = in.list(FeeCodec::line);
                case "total" -> total = in.money();
                default -> in.skip();
            }
        }
        Estimate e = Estimate.of(JsonIn.required(context, "context"), lines);
        checkTotal("estimate", e.total(), total);
        return e;
    }

    void quote(JsonOut o, Quote q) {
        o.startObject();
        o.part("context", q.context(), FeeCodec::context);
        o.list("lines", q.lines(), FeeCodec::line);
        o.money("total", q.total());
        o.name("compliance").startObject();
        o.money("total", q.compliance().total());
        o.enumName("outcome", q.compliance().outcome());
        o.list("findings", q.compliance().findings(), this::finding);
        o.endObject();
        o.endObject();
    }

    /**
     * Reads a quote.
     *
     * @param in  the stored quote
     * @param format  the document's format: before 3 each finding held a copy of its rule
     */
    Quote quote(JsonIn in, int format) {
        FeeContext context = null;
        List<FeeLine> lines = List.of();
        Money total = null;
        Money judged = null;
        ComplianceOutcome outcome = null;
        List<FindingFacts> findings = null;
        for (String f = in.object("quote").next(); f != null; f = in.next()) {
            switch (f) {
                case "context" -> context = context(in.object(f));
                case "lines" -> lines = in.list(FeeCodec::line);
                case "total" -> total = in.money();
                case "compliance" -> {
                    for (String g = in.object(f).next(); g != null; g = in.next()) {
                        switch (g) {
                            case "total" -> judged = in.money();
                            case "outcome" -> outcome = in.enumValue(ComplianceOutcome.class);
                            case "findings" -> findings = in.list(x -> format >= 3 ? finding(x) : legacyFinding(x));
                            default -> in.skip();
                        }
                    }
                    JsonIn.required(judged, "total");
                    JsonIn.required(outcome, "outcome");
                    findings = findings == null ? List.of() : findings;
                }
                default -> in.skip();
            }
        }
        FeeContext c = JsonIn.required(context, "context");
        List<ComplianceFinding> read = new ArrayList<>(JsonIn.required(findings, "compliance").size());
        for (FindingFacts facts : findings) {
            read.add(facts.resolve(law, c));
        }
        Compliance compliance = Compliance.of(judged, read);
        if (compliance.outcome() != outcome) {
            throw new Json.DocumentException("The stored compliance outcome differs from its findings", null);
        }
        Quote q = Quote.of(c, lines, compliance);
        checkTotal("quote", q.total(), total);
        return q;
    }

    /** Whether a read gives the quote's own findings: the law refers to each finding's limit. */
    boolean readsBack(Quote q) {
        for (ComplianceFinding f : q.compliance().findings()) {
            if (law.refOf(f.limit()).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static void checkTotal(String what, Money computed, Money stored) {
        if (stored != null && !stored.equals(computed)) {
            throw new Json.DocumentException("The stored " + what + " total differs from its lines", null);
        }
    }

    private static void context(JsonOut o, FeeContext c) {
        o.startObject();
        o.enumName("legalBasis", c.legalBasis());
        o.enumName("requesterRole", c.requesterRole());
        o.enumName("deliveryMethod", c.deliveryMethod());
        o.date("receivedOn", c.receivedOn());
        o.enumName("copyFormat", c.copyFormat());
        o.enumName("recordKeeping", c.recordKeeping());
        o.list("recordTypes", c.recordTypes(), RequestCodec::recordType);
        o.enumName("purpose", c.purpose());
        o.bool("claimDocumented", c.claimDocumented());
        if (c.attorneyBeforeSuit()) {
            o.bool("attorneyBeforeSuit", true);
        }
        // Written only when set, so contexts without them keep the text they always had.
        o.optional("thirdPartyKind", c.thirdPartyKind().map(Enum::name));
        if (c.workersCompensation()) {
            o.bool("workersCompensation", true);
        }
        if (!c.asked().isEmpty()) {
            o.names("asked", c.asked());
        }
        if (c.clericalMinutes() > 0) {
            o.number("clericalMinutes", c.clericalMinutes());
        }
        if (c.providerKind() != ProviderKind.PHYSICIAN) {
            o.enumName("providerKind", c.providerKind());
        }
        if (c.firstCopy()) {
            o.bool("firstCopy", true);
        }
        o.number("pages", c.pages());
        o.number("media", c.media());
        o.money("postage", c.postage());
        o.names("jurisdictions", c.jurisdictions());
        o.endObject();
    }

    private static FeeContext context(JsonIn in) {
        LegalBasis basis = null;
        RequesterRole role = null;
        DeliveryMethod delivery = null;
        LocalDate receivedOn = null;
        CopyFormat copyFormat = null;
        RecordKeeping keeping = null;
        List<RecordType> recordTypes = List.of();
        PurposeKind purpose = null;
        boolean claimDocumented = false;
        boolean attorneyBeforeSuit = false;
        ThirdPartyKind thirdPartyKind = null;
        boolean workersCompensation = false;
        Set<ChargeKind> asked = Set.of();
        int clericalMinutes = 0;
        ProviderKind providerKind = ProviderKind.PHYSICIAN;
        boolean firstCopy = false;
        Integer pages = null;
        Integer media = null;
        Money postage = null;
        Set<UsState> jurisdictions = Set.of();
        for (String f = in.next(); f != null; f = in.next()) {
            switch (f) {
                case "legalBasis" -> basis = in.enumValue(LegalBasis.class);
                case "requesterRole" -> role = in.enumValue(RequesterRole.class);
                case "deliveryMethod" -> delivery = in.enumValue(DeliveryMethod.class);
                case "receivedOn" -> receivedOn = in.date();
                case "copyFormat" -> copyFormat = in.enumValue(CopyFormat.class);
                case "recordKeeping" -> keeping = in.enumValue(RecordKeeping.class);
                case "recordTypes" -> recordTypes = in.list(RequestCodec::recordType);
                case "purpose" -> purpose = in.enumValue(PurposeKind.class);
                case "claimDocumented" -> claimDocumented = in.bool();
                case "attorneyBeforeSuit" -> attorneyBeforeSuit = in.bool();
                case "thirdPartyKind" -> thirdPartyKind = in.enumValue(ThirdPartyKind.class);
                case "workersCompensation" -> workersCompensation = in.bool();
                case "asked" -> asked = in.enumSet(ChargeKind.class);
                case "clericalMinutes" -> clericalMinutes = in.integer();
                case "providerKind" -> providerKind = in.enumValue(ProviderKind.class);
                case "firstCopy" -> firstCopy = in.bool();
                case "pages" -> pages = in.integer();
                case "media" -> media = in.integer();
                case "postage" -> postage = in.money();
                case "jurisdictions" -> jurisdictions = in.enumSet(UsState.class);
                default -> in.skip();
            }
        }
        FeeContext.Builder b = FeeContext.builder(JsonIn.required(basis, "legalBasis"),
                JsonIn.required(role, "requesterRole"), JsonIn.required(delivery, "deliveryMethod"),
                JsonIn.required(receivedOn, "receivedOn"))
                .copyFormat(JsonIn.required(copyFormat, "copyFormat"))
                .recordKeeping(JsonIn.required(keeping, "recordKeeping"))
                .purpose(JsonIn.required(purpose, "purpose"))
                .claimDocumented(claimDocumented)
                .attorneyBeforeSuit(attorneyBeforeSuit)
                .thirdPartyKind(thirdPartyKind)
                .workersCompensation(workersCompensation)
                .clericalMinutes(clericalMinutes)
                .providerKind(providerKind)
                .firstCopy(firstCopy)
                .pages(JsonIn.required(pages, "pages"))
                .media(JsonIn.required(media, "media"))
                .postage(JsonIn.required(postage, "postage"))
                .jurisdictions(jurisdictions);
        recordTypes.forEach(b::recordType);
        asked.forEach(b::asks);
        return b.build();
    }

    private static void line(JsonOut o, FeeLine l) {
        o.startObject();
        o.text("ruleId", l.ruleId());
        o.enumName("kind", l.kind());
        o.enumName("basis", l.basis());
        o.enumName("scope", l.scope());
        o.text("description", l.description());
        o.number("quantity", l.quantity());
        o.money("unitPrice", l.unitPrice());
        o.money("amount", l.amount());
        o.part("citation", l.citation(), FeeCodec::citation);
        o.endObject();
    }

    private static FeeLine line(JsonIn in) {
        String ruleId = null;
        LineKind kind = null;
        ChargeBasis basis = null;
        ChargeScope scope = null;
        String description = null;
        Long quantity = null;
        Money unitPrice = null;
        Money amount = null;
        Citation citation = null;
        for (String f = in.object("lines").next(); f != null; f = in.next()) {
            switch (f) {
                case "ruleId" -> ruleId = in.text();
                case "kind" -> kind = in.enumValue(LineKind.class);
                case "basis" -> basis = in.enumValue(ChargeBasis.class);
                case "scope" -> scope = in.enumValue(ChargeScope.class);
                case "description" -> description = in.text();
                case "quantity" -> quantity = in.longValue();
                case "unitPrice" -> unitPrice = in.money();
                case "amount" -> amount = in.money();
                case "citation" -> citation = citation(in.object(f));
                default -> in.skip();
            }
        }
        return FeeLine.of(JsonIn.required(ruleId, "ruleId"), JsonIn.required(kind, "kind"),
                JsonIn.required(basis, "basis"), JsonIn.required(scope, "scope"),
                JsonIn.required(description, "description"), JsonIn.required(quantity, "quantity"),
                JsonIn.required(unitPrice, "unitPrice"), JsonIn.required(amount, "amount"),
                JsonIn.required(citation, "citation"));
    }

    private static void citation(JsonOut o, Citation c) {
        o.startObject();
        o.text("ruleId", c.ruleId());
        o.text("source", c.source());
        o.bool("law", c.law());
        o.strings("related", c.related());
        if (c.unconfirmed()) {
            o.bool("unconfirmed", true);
        }
        o.endObject();
    }

    private static Citation citation(JsonIn in) {
        String ruleId = null;
        String source = null;
        boolean law = false;
        List<String> related = List.of();
        boolean unconfirmed = false;
        for (String f = in.next(); f != null; f = in.next()) {
            switch (f) {
                case "ruleId" -> ruleId = in.text();
                case "source" -> source = in.text();
                case "law" -> law = in.bool();
                case "related" -> related = in.texts();
                case "unconfirmed" -> unconfirmed = in.bool();
                default -> in.skip();
            }
        }
        return new Citation(JsonIn.required(ruleId, "ruleId"), JsonIn.required(source, "source"), law, related,
                unconfirmed);
    }

    // ---- findings as facts (format 3) ---------------------------------------------------------------

    private void finding(JsonOut o, ComplianceFinding f) {
        LegalLimit limit = f.limit();
        o.startObject();
        o.enumName("outcome", f.outcome());
        o.text("rule", limit.ruleId());
        o.enumName("kind", limit.kind());
        o.enumName("scope", limit.scope());
        o.optional("costKind", limit.costKind().map(Enum::name));
        o.optional("prohibitedBasis", limit.prohibitedBasis().map(Enum::name));
        law.refOf(limit).ifPresent(ref -> o.text("schedule", ref.schedule()).text("version", ref.version())
                .number("index", ref.index()));
        f.lawfulMaximum().ifPresent(m -> o.money("lawfulMaximum", m));
        o.money("judged", f.judged());
        o.endObject();
    }

    /**
     * What a stored finding says, read before the quote's context is known: the rule is looked up once the
     * whole quote has been read.
     */
    private record FindingFacts(ComplianceOutcome outcome, String rule, LimitKind kind, ChargeScope scope,
            CostKind costKind, ChargeBasis prohibited, Law.LimitRef ref, Money lawfulMaximum, Money judged) {

        ComplianceFinding resolve(Law law, FeeContext context) {
            LegalLimit limit = law.limit(ref, rule, kind, scope, costKind, prohibited, context);
            return ComplianceFinding.of(outcome, limit, lawfulMaximum, judged);
        }
    }

    private static FindingFacts finding(JsonIn in) {
        ComplianceOutcome outcome = null;
        String rule = null;
        LimitKind kind = null;
        ChargeScope scope = null;
        CostKind costKind = null;
        ChargeBasis prohibited = null;
        String schedule = null;
        String version = null;
        Integer index = null;
        Money lawfulMaximum = null;
        Money judged = null;
        for (String f = in.object("findings").next(); f != null; f = in.next()) {
            switch (f) {
                case "outcome" -> outcome = in.enumValue(ComplianceOutcome.class);
                case "rule" -> rule = in.text();
                case "kind" -> kind = in.enumValue(LimitKind.class);
                case "scope" -> scope = in.enumValue(ChargeScope.class);
                case "costKind" -> costKind = in.enumValue(CostKind.class);
                case "prohibitedBasis" -> prohibited = in.enumValue(ChargeBasis.class);
                case "schedule" -> schedule = in.text();
                case "version" -> version = in.text();
                case "index" -> index = in.integer();
                case "lawfulMaximum" -> lawfulMaximum = in.money();
                case "judged" -> judged = in.money();
                default -> in.skip();
            }
        }
        Law.LimitRef ref = schedule == null ? null : new Law.LimitRef(schedule, JsonIn.required(version, "version"),
                JsonIn.required(index, "index"));
        return new FindingFacts(JsonIn.required(outcome, "outcome"), JsonIn.required(rule, "rule"),
                JsonIn.required(kind, "kind"), JsonIn.required(scope, "scope"), costKind, prohibited, ref,
                lawfulMaximum, JsonIn.required(judged, "judged"));
    }

    /**
     * Reads a format-1 or format-2 finding, which held a copy of its rule: only the rule's id, kind and
     * prohibited method are taken from the copy, and the rule is looked up like a format-3 finding's. The
     * copy's condition and amounts are never rebuilt, so a copy this version could not rebuild (a condition
     * naming two ways of keeping records, a tiered page schedule) still reads.
     */
    private static FindingFacts legacyFinding(JsonIn in) {
        ComplianceOutcome outcome = null;
        JsonNode copy = null;
        Money lawfulMaximum = null;
        Money judged = null;
        for (String f = in.object("findings").next(); f != null; f = in.next()) {
            switch (f) {
                case "outcome" -> outcome = in.enumValue(ComplianceOutcome.class);
                case "limit" -> copy = in.tree();
                case "lawfulMaximum" -> lawfulMaximum = in.money();
                case "judged" -> judged = in.money();
                default -> in.skip();
            }
        }
        JsonNode limit = JsonIn.required(copy, "limit");
        return new FindingFacts(JsonIn.required(outcome, "outcome"), text(field(limit, "citation"), "ruleId"),
                enumValue(limit, "kind", LimitKind.class), null, null,
                optText(limit, "prohibitedBasis").map(ChargeBasis::valueOf).orElse(null), null, lawfulMaximum,
                JsonIn.required(judged, "judged"));
    }
}
