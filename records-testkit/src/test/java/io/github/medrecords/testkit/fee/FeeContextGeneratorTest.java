package io.github.medrecords.testkit.fee;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medrecords.core.fee.FeeContext;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.request.DeliveryMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The generator is deterministic per seed and covers the dimensions the fee rules look at. */
class FeeContextGeneratorTest {

    private static List<FeeContext> take(FeeContextGenerator generator, int count) {
        List<FeeContext> contexts = new ArrayList<>();
        IntStream.range(0, count).forEach(i -> contexts.add(generator.next()));
        return contexts;
    }

    @Test
    void givesTheSameContextsForTheSameSeed() {
        assertThat(take(FeeContextGenerator.seeded(42), 50)).isEqualTo(take(FeeContextGenerator.seeded(42), 50));
        assertThat(take(FeeContextGenerator.seeded(42), 50)).isNotEqualTo(take(FeeContextGenerator.seeded(43), 50));
    }

    @Test
    void coversEveryDimensionTheRulesLookAt() {
        List<FeeContext> contexts = take(FeeContextGenerator.seeded(7), 2000);
        assertThat(contexts.stream().map(FeeContext::legalBasis).distinct().count()).isEqualTo(7);
        assertThat(contexts.stream().map(FeeContext::deliveryMethod).distinct().count())
                .isEqualTo(DeliveryMethod.values().length);
        assertThat(contexts).anyMatch(FeeContext::claimDocumented).anyMatch(FeeContext::hasImages)
                .anyMatch(c -> c.pages() == 0).anyMatch(c -> c.pages() == 11)
                .anyMatch(c -> c.jurisdictions().isEmpty()).anyMatch(c -> c.jurisdictions().contains(UsState.CT));
    }

    @Test
    void keepsToTheJurisdictionsAndPageMaximumAsked() {
        FeeContextGenerator generator = FeeContextGenerator.seeded(1).withJurisdictions(Set.of()).withMaxPages(5);
        assertThat(take(generator, 200)).allMatch(c -> c.jurisdictions().isEmpty() && c.pages() <= 5);
    }
}
