package io.github.medrecords.store.jdbc.internal;

import io.github.medrecords.core.fee.RecordKeeping;
import io.github.medrecords.core.money.Money;
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
import java.time.Instant;
import java.util.List;
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

    static void fulfilment(JsonOut o, SelectionFulfilment f) {
        o.startObject().number("selectionIndex", f.selectionIndex()).number("pages", f.pages())
                .number("media", f.media()).enumName("keeping", f.keeping()).endObject();
    }

    static SelectionFulfilment fulfilment(JsonIn in) {
        Integer index = null;
        Integer pages = null;
        Integer media = null;
        RecordKeeping keeping = null;
        for (String f = in.object("fulfilment").next(); f != null; f = in.next()) {
            switch (f) {
                case "selectionIndex" -> index = in.integer();
                case "pages" -> pages = in.integer();
                case "media" -> media = in.integer();
                case "keeping" -> keeping = in.enumValue(RecordKeeping.class);
                default -> in.skip();
            }
        }
        return new SelectionFulfilment(JsonIn.required(index, "selectionIndex"), JsonIn.required(pages, "pages"),
                JsonIn.required(media, "media"), JsonIn.required(keeping, "keeping"));
    }

    static void invoice(JsonOut o, Invoice i) {
        o.startObject().text("number", i.number()).money("amount", i.amount()).instant("issuedAt", i.issuedAt())
                .endObject();
    }

    static Invoice invoice(JsonIn in) {
        String number = null;
        Money amount = null;
        Instant issuedAt = null;
        for (String f = in.object("invoice").next(); f != null; f = in.next()) {
            switch (f) {
                case "number" -> number = in.text();
                case "amount" -> amount = in.money();
                case "issuedAt" -> issuedAt = in.instant();
                default -> in.skip();
            }
        }
        return new Invoice(JsonIn.required(number, "number"), JsonIn.required(amount, "amount"),
                JsonIn.required(issuedAt, "issuedAt"));
    }

    static void payment(JsonOut o, Payment p) {
        o.startObject().text("invoiceNumber", p.invoiceNumber()).money("amount", p.amount())
                .enumName("method", p.method()).text("reference", p.reference()).instant("at", p.at()).endObject();
    }

    static Payment payment(JsonIn in) {
        String invoice = null;
        Money amount = null;
        PaymentMethod method = null;
        String reference = null;
        Instant at = null;
        for (String f = in.object("payments").next(); f != null; f = in.next()) {
            switch (f) {
                case "invoiceNumber" -> invoice = in.text();
                case "amount" -> amount = in.money();
                case "method" -> method = in.enumValue(PaymentMethod.class);
                case "reference" -> reference = in.text();
                case "at" -> at = in.instant();
                default -> in.skip();
            }
        }
        return new Payment(JsonIn.required(invoice, "invoiceNumber"), JsonIn.required(amount, "amount"),
                JsonIn.required(method, "method"), JsonIn.required(reference, "reference"), JsonIn.required(at, "at"));
    }

    static void actor(JsonOut o, Actor a) {
        o.startObject().enumName("kind", a.kind()).text("id", a.id()).endObject();
    }

    static Actor actor(JsonIn in) {
        Actor.Kind kind = null;
        String id = null;
        for (String f = in.object("by").next(); f != null; f = in.next()) {
            switch (f) {
                case "kind" -> kind = in.enumValue(Actor.Kind.class);
                case "id" -> id = in.text();
                default -> in.skip();
            }
        }
        return new Actor(JsonIn.required(kind, "kind"), JsonIn.required(id, "id"));
    }

    static void waiver(JsonOut o, Waiver w) {
        o.startObject().text("reason", w.reason()).part("by", w.by(), WorkflowCodec::actor).instant("at", w.at())
                .endObject();
    }

    static Waiver waiver(JsonIn in) {
        String reason = null;
        Actor by = null;
        Instant at = null;
        for (String f = in.object("waiver").next(); f != null; f = in.next()) {
            switch (f) {
                case "reason" -> reason = in.text();
                case "by" -> by = actor(in);
                case "at" -> at = in.instant();
                default -> in.skip();
            }
        }
        return new Waiver(JsonIn.required(reason, "reason"), JsonIn.required(by, "by"), JsonIn.required(at, "at"));
    }

    static void refund(JsonOut o, Refund r) {
        o.startObject().money("amount", r.amount()).text("reference", r.reference()).instant("at", r.at()).endObject();
    }

    static Refund refund(JsonIn in) {
        Money amount = null;
        String reference = null;
        Instant at = null;
        for (String f = in.object("refunds").next(); f != null; f = in.next()) {
            switch (f) {
                case "amount" -> amount = in.money();
                case "reference" -> reference = in.text();
                case "at" -> at = in.instant();
                default -> in.skip();
            }
        }
        return new Refund(JsonIn.required(amount, "amount"), JsonIn.required(reference, "reference"),
                JsonIn.required(at, "at"));
    }

    static void release(JsonOut o, Release r) {
        o.startObject().enumName("method", r.method()).text("recipient", r.recipient()).instant("at", r.at())
                .part("by", r.by(), WorkflowCodec::actor).optional("deviationReason", r.deviationReason()).endObject();
    }

    static Release release(JsonIn in) {
        DeliveryMethod method = null;
        String recipient = null;
        Instant at = null;
        Actor by = null;
        String deviation = null;
        for (String f = in.object("release").next(); f != null; f = in.next()) {
            switch (f) {
                case "method" -> method = in.enumValue(DeliveryMethod.class);
                case "recipient" -> recipient = in.text();
                case "at" -> at = in.instant();
                case "by" -> by = actor(in);
                case "deviationReason" -> deviation = in.text();
                default -> in.skip();
            }
        }
        return new Release(JsonIn.required(method, "method"), JsonIn.required(recipient, "recipient"),
                JsonIn.required(at, "at"), JsonIn.required(by, "by"), Optional.ofNullable(deviation));
    }

    // ---- format 2: denials, reviews, hand-offs ---------------------------------------------------------

    static void professional(JsonOut o, LicensedProfessional p) {
        o.startObject().text("id", p.id()).text("name", p.name()).text("licence", p.licence()).endObject();
    }

    static LicensedProfessional professional(JsonIn in) {
        String id = null;
        String name = null;
        String licence = null;
        for (String f = in.object("professional").next(); f != null; f = in.next()) {
            switch (f) {
                case "id" -> id = in.text();
                case "name" -> name = in.text();
                case "licence" -> licence = in.text();
                default -> in.skip();
            }
        }
        return LicensedProfessional.of(JsonIn.required(id, "id"), JsonIn.required(name, "name"),
                JsonIn.required(licence, "licence"));
    }

    static void denial(JsonOut o, Denial x) {
        o.startObject();
        o.enumName("ground", x.ground());
        o.list("withheldSelections", new TreeSet<>(x.withheldSelections()), (out, i) -> out.value(i.longValue()));
        o.bool("whole", x.whole());
        o.optionalPart("determinedBy", x.determinedBy(), WorkflowCodec::professional);
        o.part("by", x.by(), WorkflowCodec::actor);
        o.instant("at", x.at());
        o.endObject();
    }

    static Denial denial(JsonIn in) {
        DenialGround ground = null;
        Set<Integer> withheld = new TreeSet<>();
        boolean whole = false;
        LicensedProfessional determinedBy = null;
        Actor by = null;
        Instant at = null;
        for (String f = in.object("denial").next(); f != null; f = in.next()) {
            switch (f) {
                case "ground" -> ground = in.enumValue(DenialGround.class);
                case "withheldSelections" -> withheld = new TreeSet<>(in.list(JsonIn::integer));
                case "whole" -> whole = in.bool();
                case "determinedBy" -> determinedBy = professional(in);
                case "by" -> by = actor(in);
                case "at" -> at = in.instant();
                default -> in.skip();
            }
        }
        return new Denial(JsonIn.required(ground, "ground"), withheld, whole, Optional.ofNullable(determinedBy),
                JsonIn.required(by, "by"), JsonIn.required(at, "at"));
    }

    static void review(JsonOut o, Review x) {
        o.startObject().part("reviewer", x.reviewer(), WorkflowCodec::professional).enumName("outcome", x.outcome())
                .part("by", x.by(), WorkflowCodec::actor).instant("at", x.at()).endObject();
    }

    static Review review(JsonIn in) {
        LicensedProfessional reviewer = null;
        Review.Outcome outcome = null;
        Actor by = null;
        Instant at = null;
        for (String f = in.object("review").next(); f != null; f = in.next()) {
            switch (f) {
                case "reviewer" -> reviewer = professional(in);
                case "outcome" -> outcome = in.enumValue(Review.Outcome.class);
                case "by" -> by = actor(in);
                case "at" -> at = in.instant();
                default -> in.skip();
            }
        }
        return new Review(JsonIn.required(reviewer, "reviewer"), JsonIn.required(outcome, "outcome"),
                JsonIn.required(by, "by"), JsonIn.required(at, "at"));
    }

    static void handOff(JsonOut o, HandOff x) {
        o.startObject().text("company", x.company()).text("reference", x.reference())
                .part("by", x.by(), WorkflowCodec::actor).instant("at", x.at())
                .list("progress", x.progress(), (out, p) -> out.startObject().instant("at", p.at())
                        .text("note", p.note()).endObject())
                .endObject();
    }

    static HandOff handOff(JsonIn in) {
        String company = null;
        String reference = null;
        Actor by = null;
        Instant at = null;
        List<HandOff.Progress> progress = List.of();
        for (String f = in.object("handOff").next(); f != null; f = in.next()) {
            switch (f) {
                case "company" -> company = in.text();
                case "reference" -> reference = in.text();
                case "by" -> by = actor(in);
                case "at" -> at = in.instant();
                case "progress" -> progress = in.list(WorkflowCodec::progress);
                default -> in.skip();
            }
        }
        return new HandOff(JsonIn.required(company, "company"), JsonIn.required(reference, "reference"),
                JsonIn.required(by, "by"), JsonIn.required(at, "at"), progress);
    }

    private static HandOff.Progress progress(JsonIn in) {
        Instant at = null;
        String note = null;
        for (String f = in.object("progress").next(); f != null; f = in.next()) {
            switch (f) {
                case "at" -> at = in.instant();
                case "note" -> note = in.text();
                default -> in.skip();
            }
        }
        return new HandOff.Progress(JsonIn.required(at, "at"), JsonIn.required(note, "note"));
    }
}
