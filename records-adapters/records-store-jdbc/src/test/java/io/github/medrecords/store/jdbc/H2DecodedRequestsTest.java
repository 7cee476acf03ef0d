package io.github.medrecords.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.medrecords.core.fee.LegalLimits;
import io.github.medrecords.core.port.ChangeSet;
import io.github.medrecords.core.practice.PracticeDirectory;
import io.github.medrecords.core.practice.PracticeProfile;
import io.github.medrecords.core.timeframe.DeadlineRules;
import io.github.medrecords.core.workflow.RequestCase;
import io.github.medrecords.core.workflow.Transition;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The store's decoded requests ({@code JdbcStore.Builder.decodedRequests}): a load gives what decoding its
 * row gives now, whether the store kept the request or not: after another process saved a later version,
 * after the row's document was changed in place, under a law that no longer knows the request's rules,
 * and after the practice's calendar changed.
 */
class H2DecodedRequestsTest {

    private DataSource db;

    @BeforeEach
    void freshDatabase() {
        db = Databases.freshH2();
    }

    private JdbcStore store(PracticeDirectory practices) {
        return JdbcStore.builder(db).practices(practices).build();
    }

    private static RequestCase saveNew(JdbcStore store, Transition t) {
        store.save(List.of(Requests.changeOf(t)));
        return t.after().withVersion(1);
    }

    @Test
    void keepsWhatItSavedAndLoadsItAsDecodingWould() {
        JdbcStore keeping = store(Databases.SEED_CALENDAR_FOR_EVERY_PRACTICE);
        RequestCase saved = saveNew(keeping, Requests.submit(Requests.imagesOnCd()));

        assertThat(keeping.decodedRequestsKept()).isEqualTo(1);
        assertThat(keeping.findById(saved.id())).contains(saved);
        assertThat(JdbcStore.builder(db).migrate(false).practices(Databases.SEED_CALENDAR_FOR_EVERY_PRACTICE)
                .decodedRequests(0).build().findById(saved.id())).contains(saved);
    }

    @Test
    void loadsTheVersionAnotherProcessSavedNotTheOneItKept() {
        List<Transition> life = Requests.fullLifecycle();
        JdbcStore first = store(Databases.SEED_CALENDAR_FOR_EVERY_PRACTICE);
        JdbcStore second = store(Databases.SEED_CALENDAR_FOR_EVERY_PRACTICE);
        RequestCase v1 = saveNew(first, life.get(0));
        assertThat(first.findById(v1.id())).contains(v1);

        Transition next = life.get(1);
        second.save(List.of(new ChangeSet(next.after(), 1, next.history(), next.disclosures(), List.of())));
        RequestCase v2 = next.after().withVersion(2);

        assertThat(first.findById(v1.id())).contains(v2);
        assertThat(first.findByNumber(v1.practiceId(), v1.number())).contains(v2);
    }

    @Test
    void decodesARowWhoseDocumentChangedInPlaceAtTheSameVersion() throws SQLException {
        JdbcStore keeping = store(Databases.SEED_CALENDAR_FOR_EVERY_PRACTICE);
        RequestCase saved = saveNew(keeping, Requests.submit(Requests.imagesOnCd()));
        String document = column(saved, "document");
        assertThat(document).contains("\"priorityRaised\":false");

        update(saved, document.replace("\"priorityRaised\":false", "\"priorityRaised\":true"));

        assertThat(keeping.findById(saved.id()).orElseThrow().snapshot().priorityRaised()).isTrue();
        assertThat(keeping.findByPatient(saved.practiceId(), saved.patientKey()).requests())
                .extracting(r -> r.snapshot().priorityRaised()).containsExactly(true);
    }

    @Test
    void keepsNoRequestWhoseRulesItsLawDoesNotKnow() {
        JdbcStore saving = store(Databases.SEED_CALENDAR_FOR_EVERY_PRACTICE);
        RequestCase saved = saveNew(saving, Requests.submit(Requests.imagesOnCd()));
        JdbcStore unknowing = JdbcStore.builder(db).migrate(false).practices(Databases.SEED_CALENDAR_FOR_EVERY_PRACTICE)
                .law(LegalLimits.of(List.of()), DeadlineRules.of(List.of())).build();

        RequestCase loaded = unknowing.findById(saved.id()).orElseThrow();
        unknowing.save(List.of(new ChangeSet(loaded, 1, List.of(), List.of(), List.of())));

        assertThat(loaded.rulesNoLongerKnown()).isNotEmpty();
        assertThat(unknowing.decodedRequestsKept()).isZero();
        assertThat(unknowing.findById(saved.id()).orElseThrow().rulesNoLongerKnown())
                .isEqualTo(loaded.rulesNoLongerKnown());
    }

    @Test
    void countsADueDateInThePracticesCalendarAsItIsWhenLoaded() {
        PracticeProfile practice = Requests.PRACTICE;
        AtomicReference<PracticeProfile> current = new AtomicReference<>(practice);
        JdbcStore keeping = store(id -> Optional.of(current.get()));
        RequestCase saved = saveNew(keeping, Requests.submit(Requests.imagesOnCd()));
        assertThat(keeping.findById(saved.id())).contains(saved);

        LocalDate due = saved.dueDate().orElseThrow().legalDate();
        PracticeProfile closedBeforeTheDueDate = practice.toBuilder().closure(due.minusDays(1))
                .closure(due.minusDays(2)).closure(due.minusDays(3)).build();
        current.set(closedBeforeTheDueDate);
        RequestCase loaded = keeping.findById(saved.id()).orElseThrow();

        assertThat(loaded.dueDate().orElseThrow().calendar()).isEqualTo(closedBeforeTheDueDate.businessCalendar())
                .isNotEqualTo(practice.businessCalendar());
        assertThat(loaded).isEqualTo(JdbcStore.builder(db).migrate(false).practices(id -> Optional.of(current.get()))
                .decodedRequests(0).build().findById(saved.id()).orElseThrow());
    }

    @Test
    void keepsNoMoreThanItsCapacityAndLoadsEveryRequest() {
        JdbcStore keeping = JdbcStore.builder(db).practices(Databases.SEED_CALENDAR_FOR_EVERY_PRACTICE)
                .decodedRequests(2).build();
        List<RequestCase> saved = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            saved.add(saveNew(keeping, Requests.submit(Requests.imagesOnCd())));
            assertThat(keeping.decodedRequestsKept()).isLessThanOrEqualTo(2);
        }

        for (RequestCase r : saved) {
            assertThat(keeping.findById(r.id())).contains(r);
            assertThat(keeping.decodedRequestsKept()).isLessThanOrEqualTo(2);
        }
    }

    @Test
    void keepsNoneWhenToldAndRefusesANegativeCount() {
        JdbcStore none = JdbcStore.builder(db).practices(Databases.SEED_CALENDAR_FOR_EVERY_PRACTICE)
                .decodedRequests(0).build();
        RequestCase saved = saveNew(none, Requests.submit(Requests.imagesOnCd()));

        assertThat(none.findById(saved.id())).contains(saved);
        assertThat(none.decodedRequestsKept()).isZero();
        assertThatIllegalArgumentException().isThrownBy(() -> JdbcStore.builder(db).decodedRequests(-1))
                .withMessageContaining("-1");
    }

    private String column(RequestCase c, String column) throws SQLException {
        try (Connection conn = db.getConnection();
                PreparedStatement ps = conn.prepareStatement("SELECT " + column + " FROM mr_request WHERE id = ?")) {
            ps.setObject(1, c.id().value());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private void update(RequestCase c, String document) throws SQLException {
        try (Connection conn = db.getConnection();
                PreparedStatement ps = conn.prepareStatement("UPDATE mr_request SET document = ? WHERE id = ?")) {
            ps.setString(1, document);
            ps.setObject(2, c.id().value());
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
    }
}
