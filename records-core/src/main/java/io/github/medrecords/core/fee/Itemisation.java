package io.github.medrecords.core.fee;

import io.github.medrecords.core.money.Money;
import java.util.List;

/**
 * Shared helpers of estimates and quotes. Not part of the API.
 */
final class Itemisation {

    private Itemisation() {
    }

    static Money total(List<FeeLine> lines) {
        Money total = Money.ZERO;
        for (int i = 0; i < lines.size(); i++) {
            total = add(total, lines.get(i).amount());
        }
        return total;
    }

    /** Adds without allocating when either side is zero. */
    static Money add(Money a, Money b) {
        if (b.isZero()) {
            return a;
        }
        return a.isZero() ? b : a.plus(b);
    }

    static String explain(List<FeeLine> lines, Money total) {
        if (lines.isEmpty()) {
            return "No charge: no price applies. Total " + total + ".";
        }
        StringBuilder text = new StringBuilder();
        String previousRule = null;
        for (FeeLine line : lines) {
            boolean sameRule = line.ruleId().equals(previousRule);
            if (sameRule && line.kind() == LineKind.CAP) {
                text.append(", ").append(line.explain());
            } else if (sameRule) {
                text.append(" plus ").append(line.basis().units(line.quantity())).append(" at ")
                        .append(line.unitPrice());
            } else {
                if (text.length() > 0) {
                    text.append("; ");
                }
                String words = line.explain();
                text.append(Character.toUpperCase(words.charAt(0))).append(words, 1, words.length());
                if (line.kind() == LineKind.EXEMPTION) {
                    text.append(" (").append(line.citation()).append(')');
                }
            }
            previousRule = line.ruleId();
        }
        return text.append(". Total ").append(total).append('.').toString();
    }
}
