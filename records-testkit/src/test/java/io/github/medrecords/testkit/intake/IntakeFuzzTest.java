package io.github.medrecords.testkit.intake;

import static io.github.medrecords.testkit.intake.IntakeFixture.INTAKE;
import static io.github.medrecords.testkit.intake.IntakeFixture.PRACTICE;
import static io.github.medrecords.testkit.intake.IntakeFixture.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.medrecords.core.intake.AcceptedSubmission;
import io.github.medrecords.core.intake.FieldViolation;
import io.github.medrecords.core.intake.InvalidRequestException;
import io.github.medrecords.core.intake.RecordsRequestSubmission;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Hostile input for the intake: generated submissions whose fields are set, by reflection over every form
 * bean, to markup, header injection, control and bidirectional characters, lone surrogates, megabyte
 * strings, nulls inside lists, extreme dates and numbers. Intake must answer every one with a request or an
 * {@link InvalidRequestException}, and no message may echo what was typed.
 *
 * <p>Seeded: the seed is printed. CI runs {@value #DEFAULT_CASES} submissions; {@code
 * -Dmedrecords.fuzz.intake.cases=10000} (and {@code -Dmedrecords.fuzz.seed=...}) runs more or replays one.
 */
class IntakeFuzzTest {

    private static final int DEFAULT_CASES = 1000;
    private static final String MARK = "zq9x";
    private static final String[] HOSTILE = {
        "<script>alert('" + MARK + "')</script>", "x\r\nBcc: " + MARK + "@evil.example", MARK + "\u0000",
        MARK + "\ud800", "\udc00" + MARK, MARK + "\u202e\u2028\u0085", "' OR 1=1 --" + MARK, "${" + MARK + "}",
        "{" + MARK + "}", "%n%s" + MARK, "   ", "", MARK + "é中文", null,
    };

    @Test
    void answersEveryHostileSubmissionWithARequestOrItsViolationsAndEchoesNothing() throws Exception {
        long seed = Long.getLong("medrecords.fuzz.seed", System.nanoTime());
        int cases = Integer.getInteger("medrecords.fuzz.intake.cases", DEFAULT_CASES);
        System.out.println("IntakeFuzzTest seed " + seed + ", " + cases + " submissions");
        Random random = new Random(seed);
        String huge = MARK + "a".repeat(1 << 20);
        int accepted = 0;
        int refused = 0;
        for (int i = 0; i < cases; i++) {
            long caseSeed = random.nextLong();
            RecordsRequestSubmission s = new SubmissionGenerator(caseSeed, TODAY).valid();
            Random r = new Random(caseSeed);
            int mutations = 1 + r.nextInt(4);
            for (int m = 0; m < mutations; m++) {
                mutate(s, r, huge, 0);
            }
            try {
                List<FieldViolation> problems = INTAKE.check(PRACTICE, s);
                problems.forEach(p -> assertThat(p.message()).doesNotContain(MARK));
                AcceptedSubmission ok = INTAKE.accept(PRACTICE, s);
                assertThat(problems).as("seed %d: check found problems accept did not", caseSeed).isEmpty();
                assertThat(ok.request().toString()).doesNotContain(MARK);
                accepted++;
            } catch (InvalidRequestException e) {
                assertThat(e.getMessage()).as("seed %d", caseSeed).doesNotContain(MARK);
                e.getViolations().forEach(v -> assertThat(v.message()).doesNotContain(MARK));
                refused++;
            } catch (RuntimeException e) {
                fail("seed " + caseSeed + ": intake threw " + e.getClass().getName() + " instead of "
                        + "InvalidRequestException", e);
            }
        }
        assertThat(accepted + refused).isEqualTo(cases);
        assertThat(refused).as("hostile input is refused").isPositive();
    }

    /** Sets one random property of a form bean, or of a bean it holds, to a hostile value. */
    private static void mutate(Object bean, Random r, String huge, int depth) throws Exception {
        List<Method> setters = new ArrayList<>();
        for (Method m : bean.getClass().getMethods()) {
            if (m.getName().startsWith("set") && m.getParameterCount() == 1 && !Modifier.isStatic(m.getModifiers())) {
                setters.add(m);
            }
        }
        setters.sort((a, b) -> a.getName().compareTo(b.getName()));
        if (setters.isEmpty()) {
            return;
        }
        Method setter = setters.get(r.nextInt(setters.size()));
        Class<?> type = setter.getParameterTypes()[0];
        Method getter = getter(bean, setter);
        Object current = getter == null ? null : getter.invoke(bean);
        if (type == String.class) {
            setter.invoke(bean, r.nextInt(50) == 0 ? huge : HOSTILE[r.nextInt(HOSTILE.length)]);
        } else if (type == Integer.class || type == int.class) {
            int[] values = {Integer.MIN_VALUE, -1, 0, 11, Integer.MAX_VALUE};
            setter.invoke(bean, values[r.nextInt(values.length)]);
        } else if (type == LocalDate.class) {
            LocalDate[] values = {null, LocalDate.MIN, LocalDate.MAX, TODAY.plusDays(1), LocalDate.of(1, 1, 1)};
            setter.invoke(bean, (Object) values[r.nextInt(values.length)]);
        } else if (type == boolean.class || type == Boolean.class) {
            setter.invoke(bean, r.nextBoolean());
        } else if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            setter.invoke(bean, r.nextInt(3) == 0 ? null : constants[r.nextInt(constants.length)]);
        } else if (List.class.isAssignableFrom(type) && current instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list);
            if (!copy.isEmpty() && depth < 3 && r.nextBoolean()) {
                Object item = copy.get(r.nextInt(copy.size()));
                if (item != null && !(item instanceof String)) {
                    mutate(item, r, huge, depth + 1);
                    return;
                }
            }
            boolean ofStrings = getter.getGenericReturnType() instanceof ParameterizedType p
                    && p.getActualTypeArguments()[0] == String.class;
            // As form binders do: a null in any list, hostile text only in a list of text.
            copy.add(ofStrings && r.nextBoolean() ? HOSTILE[r.nextInt(HOSTILE.length)] : null);
            setter.invoke(bean, copy);
        } else if (current != null && depth < 3 && r.nextInt(4) != 0) {
            mutate(current, r, huge, depth + 1);
        } else {
            setter.invoke(bean, (Object) null);
        }
    }

    private static Method getter(Object bean, Method setter) {
        String property = setter.getName().substring(3);
        for (String prefix : new String[] {"get", "is"}) {
            try {
                return bean.getClass().getMethod(prefix + property);
            } catch (NoSuchMethodException e) {
                // try the next prefix
            }
        }
        return null;
    }
}
