package io.github.medrecords.core.intake;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Finds text in a submission that no store can keep as typed: a NUL character or half of a surrogate pair
 * (PostgreSQL and many drivers turn such text into "?", so a name would change behind the patient's back).
 * It walks every form bean of this package the submission holds, by their public getters, so a field added
 * to a form is checked without another line here.
 */
final class TextCheck {

    private TextCheck() {
    }

    /**
     * Reports the path of every text property that cannot be stored.
     *
     * @param bean  the submission or a form it holds, not null
     * @param path  the bean's property path, empty for the submission
     * @param report  receives each failing property path
     */
    static void unstorable(Object bean, String path, Consumer<String> report) {
        Method[] getters = bean.getClass().getMethods();
        Arrays.sort(getters, Comparator.comparing(Method::getName));
        for (Method m : getters) {
            String property = property(m);
            if (property == null) {
                continue;
            }
            Object value = read(bean, m);
            String here = path.isEmpty() ? property : path + "." + property;
            if (value instanceof String s) {
                if (!storable(s)) {
                    report.accept(here);
                }
            } else if (value instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    Object item = list.get(i);
                    if (item instanceof String s && !storable(s)) {
                        report.accept(here + "[" + i + "]");
                    } else if (isForm(item)) {
                        unstorable(item, here + "[" + i + "]", report);
                    }
                }
            } else if (isForm(value)) {
                unstorable(value, here, report);
            }
        }
    }

    /**
     * Tells whether a store can keep a text as it is: no NUL character and no unpaired surrogate.
     *
     * @param s  the text, not null
     * @return true if it can be stored as typed
     */
    static boolean storable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u0000') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isForm(Object value) {
        return value != null && value.getClass().getPackage() == TextCheck.class.getPackage();
    }

    private static String property(Method m) {
        if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class) {
            return null;
        }
        String name = m.getName();
        if (name.startsWith("get") && name.length() > 3) {
            return Character.toLowerCase(name.charAt(3)) + name.substring(4);
        }
        return null;
    }

    private static Object read(Object bean, Method m) {
        try {
            return m.invoke(bean);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Form property " + m.getName() + " cannot be read", e);
        }
    }
}
