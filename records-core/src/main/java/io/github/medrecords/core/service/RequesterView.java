package io.github.medrecords.core.service;

import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.practice.PracticeProfile;
import io.github.medrecords.core.timeframe.ReadyWindow;
import io.github.medrecords.core.workflow.EventType;
import io.github.medrecords.core.workflow.HistoryEntry;
import io.github.medrecords.core.workflow.RequestCase;
import io.github.medrecords.core.workflow.RequestStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a portal may show the requester about their request: the status in plain words, the next step,
 * the amount due, the expected window and the legal due date while the request is open, and the notices
 * they were sent. Nothing staff-only (no staff names, reasons or flags) and nothing about other
 * requests (no repeat links).
 *
 * <p>Immutable and thread-safe.
 *
 * @param requestNumber  the request number, not blank
 * @param status  the status, not null
 * @param statusWords  the status in plain words, not blank
 * @param nextStep  what happens next, in plain words, not blank
 * @param amountDue  what the requester owes now, not null
 * @param expectedWindow  when copies are expected, while the request is open and nothing is denied wholly
 * @param legalDueDate  the date the law sets, while the request is open
 * @param notices  the notices sent to the requester, oldest first, not null
 */
public record RequesterView(String requestNumber, RequestStatus status, String statusWords, String nextStep,
        Money amountDue, Optional<ReadyWindow> expectedWindow, Optional<LocalDate> legalDueDate,
        List<Notice> notices) {

    private static final Set<String> TOLD = Arrays.stream(EventType.values()).filter(EventType::toldToRequester)
            .map(Enum::name).collect(Collectors.toUnmodifiableSet());

    /**
     * A notice the requester was sent.
     *
     * @param event  what it was about, not null
     * @param at  when, not null
     */
    public record Notice(EventType event, Instant at) {

        /**
         * Validates the notice.
         */
        public Notice {
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * Validates the view and copies its notices.
     */
    public RequesterView {
        Objects.requireNonNull(requestNumber, "requestNumber");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(statusWords, "statusWords");
        Objects.requireNonNull(nextStep, "nextStep");
        Objects.requireNonNull(amountDue, "amountDue");
        Objects.requireNonNull(expectedWindow, "expectedWindow");
        Objects.requireNonNull(legalDueDate, "legalDueDate");
        notices = List.copyOf(notices);
    }

    /**
     * Projects a request for its requester.
     *
     * @param request  the request, not null
     * @param practice  its practice, not null
     * @return the view, not null
     */
    public static RequesterView of(RequestCase request, PracticeProfile practice) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(practice, "practice");
        boolean open = request.status().isOpen();
        List<Notice> notices = new ArrayList<>();
        for (HistoryEntry h : request.history()) {
            if (TOLD.contains(h.action().name())) {
                notices.add(new Notice(EventType.valueOf(h.action().name()), h.at()));
            }
        }
        return new RequesterView(request.number().value(), request.status(), request.status().plainWords(),
                nextStep(request), request.amountDue(),
                open ? Optional.of(practice.turnaround().expectedReady(request.receivedAt(),
                        request.request().delivery().method())) : Optional.empty(),
                open ? request.dueDate().map(d -> d.legalDate()) : Optional.empty(), notices);
    }

    private static String nextStep(RequestCase r) {
        return switch (r.status()) {
            case AWAITING_AUTHORIZATION -> "Please send us a signed authorization.";
            case IN_PROCESS, QUOTED -> "Nothing for you to do now; we will write when your records or invoice are"
                    + " ready.";
            case INVOICED -> "Please pay your invoice of " + r.amountDue() + ".";
            case READY_FOR_RELEASE -> "Nothing for you to do; your records are about to be sent.";
            case HANDED_OFF -> "Nothing for you to do; the company preparing your records will contact you if it"
                    + " needs anything.";
            case RELEASED -> r.withheldSelections().isEmpty() ? "Nothing; your request is complete."
                    : "Your denial notice explains what was withheld and how to complain.";
            case DENIED -> r.denial().map(d -> d.reviewable() && r.review().isEmpty()).orElse(false)
                    ? "You may ask for a review of the denial; your denial notice explains how."
                    : "Your denial notice explains how to complain.";
            case NO_RECORDS, CANCELLED, WITHDRAWN -> "Nothing; this request is closed.";
        };
    }
}
