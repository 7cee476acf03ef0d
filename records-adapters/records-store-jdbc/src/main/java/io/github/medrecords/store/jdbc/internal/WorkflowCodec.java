package io.github.medrecords.store.jdbc.internal;

import static io.github.medrecords.store.jdbc.internal.Json.bool;
import static io.github.medrecords.store.jdbc.internal.Json.enumValue;
import static io.github.medrecords.store.jdbc.internal.Json.field;
import static io.github.medrecords.store.jdbc.internal.Json.instant;
import static io.github.medrecords.store.jdbc.internal.Json.integer;
import static io.github.medrecords.store.jdbc.internal.Json.items;
import static io.github.medrecords.store.jdbc.internal.Json.money;
import static io.github.medrecords.store.jdbc.internal.Json.optText;
import static io.github.medrecords.store.jdbc.internal.Json.put;
import static io.github.medrecords.store.jdbc.internal.Json.putMoney;
import static io.github.medrecords.store.jdbc.internal.Json.text;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.medrecords.core.fee.RecordKeeping;
import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.request.Delivery;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.workflow.Actor;
import io.github.medrecords.core.workflow.Denial;
import io.github.medrecords.core.workflow.DenialGround;
import io.github.medrecords.core.workflow.HandOff;
import io.github.medrecords.core.workflow.Invoice;
import io.github.medrecords.core.workflow.LicensedProfessional;
import io.github.medrecords.core.workflow.Payment;
import io.github.medrecords.core.workflow.PaymentMethod;
import io.github.medrecords.core.workflow.Refund;
import io.github.medrecords.core.workflow.Release;
import io.github.medrecords.core.workflow.Review;
import io.github.medrecords.core.workflow.SelectionFulfilment;
import io.github.medrecords.core.workflow.Waiver;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes and reads the parts of a stored request that come from the core's {@code workflow} package:
 * fulfilment, invoice, payments, waiver, refunds, release, denial, review and hand-off.
 */
final class WorkflowCodec {

    private WorkflowCodec() {
    }

    // ---- workflow records -----------------------------------------------------------------------------

    static ObjectNode fulfilment(SelectionFulfilment f) {
        ObjectNode n = Json.object();
        n.put("selectionIndex", f.selectionIndex());
        n.put("pages", f.pages());
        n.put("media", f.media());
        n.put("keeping", f.keeping().name());
        return n;
    }

    static SelectionFulfilment fulfilment(JsonNode n) {
        return new SelectionFulfilment(integer(n, "selectionIndex"), integer(n, "pages"), integer(n, "media"),
                enumValue(n, "keeping", RecordKeeping.class));
    }

    static ObjectNode invoice(Invoice i) {
        ObjectNode n = Json.object();
        n.put("number", i.number());
        putMoney(n, "amount", i.amount());
        n.put("issuedAt", i.issuedAt().toString());
        return n;
    }

    static Invoice invoice(JsonNode n) {
        return new Invoice(text(n, "number"), money(n, "amount"), instant(n, "issuedAt"));
    }

    static ObjectNode payment(Payment p) {
        ObjectNode n = Json.object();
        n.put("invoiceNumber", p.invoiceNumber());
        putMoney(n, "amount", p.amount());
        n.put("method", p.method().name());
        n.put("reference", p.reference());
        n.put("at", p.at().toString());
        return n;
    }

    static Payment payment(JsonNode n) {
        return new Payment(text(n, "invoiceNumber"), money(n, "amount"), enumValue(n, "method", PaymentMethod.class),
                text(n, "reference"), instant(n, "at"));
    }

    static ObjectNode actor(Actor a) {
        ObjectNode n = Json.object();
        n.put("kind", a.kind().name());
        n.put("id", a.id());
        return n;
    }

    static Actor actor(JsonNode n) {
        return new Actor(enumValue(n, "kind", Actor.Kind.class), text(n, "id"));
    }

    static ObjectNode waiver(Waiver w) {
        ObjectNode n = Json.object();
        n.put("reason", w.reason());
        n.set("by", actor(w.by()));
        n.put("at", w.at().toString());
        return n;
    }

    static Waiver waiver(JsonNode n) {
        return new Waiver(text(n, "reason"), actor(field(n, "by")), instant(n, "at"));
    }

    static ObjectNode refund(Refund r) {
        ObjectNode n = Json.object();
        putMoney(n, "amount", r.amount());
        n.put("reference", r.reference());
        n.put("at", r.at().toString());
        return n;
    }

    static Refund refund(JsonNode n) {
        return new Refund(money(n, "amount"), text(n, "reference"), instant(n, "at"));
    }

    static ObjectNode release(Release r) {
        ObjectNode n = Json.object();
        n.put("method", r.method().name());
        n.put("recipient", r.recipient());
        n.put("at", r.at().toString());
        n.set("by", actor(r.by()));
        put(n, "deviationReason", r.deviationReason());
        return n;
    }

    static Release release(JsonNode n) {
        return new Release(enumValue(n, "method", DeliveryMethod.class), text(n, "recipient"), instant(n, "at"),
                actor(field(n, "by")), optText(n, "deviationReason"));
    }

    // ---- format 2: denials, reviews, hand-offs ---------------------------------------------------------

    static ObjectNode professional(LicensedProfessional p) {
        ObjectNode n = Json.object();
        n.put("id", p.id());
        n.put("name", p.name());
        n.put("licence", p.licence());
        return n;
    }

    static LicensedProfessional professional(JsonNode n) {
        return LicensedProfessional.of(text(n, "id"), text(n, "name"), text(n, "licence"));
    }

    static ObjectNode denial(Denial x) {
        ObjectNode n = Json.object();
        n.put("ground", x.ground().name());
        n.set("withheldSelections", Json.list(new TreeSet<>(x.withheldSelections()), IntNode::valueOf));
        n.put("whole", x.whole());
        x.determinedBy().ifPresent(p -> n.set("determinedBy", professional(p)));
        n.set("by", actor(x.by()));
        n.put("at", x.at().toString());
        return n;
    }

    static Denial denial(JsonNode n) {
        Set<Integer> withheld = new TreeSet<>(items(n, "withheldSelections", JsonNode::asInt));
        return new Denial(enumValue(n, "ground", DenialGround.class), withheld, bool(n, "whole"),
                Optional.ofNullable(n.get("determinedBy")).map(WorkflowCodec::professional), actor(field(n, "by")),
                instant(n, "at"));
    }

    static ObjectNode review(Review x) {
        ObjectNode n = Json.object();
        n.set("reviewer", professional(x.reviewer()));
        n.put("outcome", x.outcome().name());
        n.set("by", actor(x.by()));
        n.put("at", x.at().toString());
        return n;
    }

    static Review review(JsonNode n) {
        return new Review(professional(field(n, "reviewer")), enumValue(n, "outcome", Review.Outcome.class),
                actor(field(n, "by")), instant(n, "at"));
    }

    static ObjectNode handOff(HandOff x) {
        ObjectNode n = Json.object();
        n.put("company", x.company());
        n.put("reference", x.reference());
        n.set("by", actor(x.by()));
        n.put("at", x.at().toString());
        n.set("progress", Json.list(x.progress(), p -> {
            ObjectNode o = Json.object();
            o.put("at", p.at().toString());
            o.put("note", p.note());
            return o;
        }));
        return n;
    }

    static HandOff handOff(JsonNode n) {
        return new HandOff(text(n, "company"), text(n, "reference"), actor(field(n, "by")), instant(n, "at"),
                items(n, "progress", p -> new HandOff.Progress(instant(p, "at"), text(p, "note"))));
    }
}
