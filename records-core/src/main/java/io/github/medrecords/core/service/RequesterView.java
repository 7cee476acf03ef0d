package io.github.medrecords.core.service;

import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.party.Language;
import io.github.medrecords.core.practice.PracticeProfile;
import io.github.medrecords.core.timeframe.ReadyWindow;
import io.github.medrecords.core.workflow.EventType;
import io.github.medrecords.core.workflow.HistoryEntry;
import io.github.medrecords.core.workflow.RequestCase;
import io.github.medrecords.core.workflow.RequestStatus;
import io.github.medrecords.core.wording.NoticeBundle;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
 * @param language  the requester's language, which the status words and next step are in, not null
 */
public record RequesterView(String requestNumber, RequestStatus status, String statusWords, String nextStep,
        Money amountDue, Optional<ReadyWindow> expectedWindow, Optional<LocalDate> legalDueDate,
        List<Notice> notices, Language language) {

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
        Objects.requireNonNull(language, "language");
    }

    /**
     * Projects a request for its requester, in the requester's language.
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
        Language language = request.request().language();
        return new RequesterView(request.number().value(), request.status(), request.status().plainWords(language),
                nextStep(request, language), request.amountDue(),
                open ? Optional.of(practice.turnaround().expectedReady(request.receivedAt(),
                        request.request().delivery().method())) : Optional.empty(),
                open ? request.dueDate().map(d -> d.legalDate()) : Optional.empty(), notices,
                language);
    }

    private static String nextStep(RequestCase r, Language language) {
        String key = switch (r.status()) {
            case AWAITING_AUTHORIZATION, IN_PROCESS, INVOICED, READY_FOR_RELEASE, HANDED_OFF -> r.status().name();
            case QUOTED -> RequestStatus.IN_PROCESS.name();
            case RELEASED -> r.withheldSelections().isEmpty() ? "RELEASED" : "RELEASED.withheld";
            case DENIED -> r.denial().map(d -> d.reviewable() && r.review().isEmpty()).orElse(false)
                    ? "DENIED.reviewable" : "DENIED";
            case NO_RECORDS, CANCELLED, WITHDRAWN -> "CLOSED";
        };
        return NoticeBundle.standard().format(language, "view.next." + key,
                Map.of("amountDue", NoticeBundle.dollars(r.amountDue())));
    }
}
