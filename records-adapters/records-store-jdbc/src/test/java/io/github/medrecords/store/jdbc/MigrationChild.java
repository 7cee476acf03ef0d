package io.github.medrecords.store.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The migration crash test's child JVM: prints {@code OPENING}, opens a JDBC store on an H2 URL, which
 * runs the migrations, prints {@code MIGRATED} and waits to be killed. Each SQL statement waits 40 ms
 * first, like a slow disk, so that a kill at a random moment often lands between two statements of a
 * migration.
 */
final class MigrationChild {

    static final String OPENING = "OPENING";
    static final String MIGRATED = "MIGRATED";

    private MigrationChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.out.println(OPENING);
        System.out.flush();
        JdbcStore.of(slow(new UrlDataSource(args[0], "sa", "")));
        System.out.println(MIGRATED);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    private static DataSource slow(DataSource dataSource) {
        return proxy(DataSource.class, dataSource);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().startsWith("execute")) {
                Thread.sleep(40);
            }
            try {
                Object result = method.invoke(target, args);
                if (result instanceof Connection c && method.getReturnType() == Connection.class) {
                    return proxy(Connection.class, c);
                }
                if (result instanceof Statement s && Statement.class.isAssignableFrom(method.getReturnType())) {
                    return proxy((Class<Statement>) method.getReturnType(), s);
                }
                return result;
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (T) Proxy.newProxyInstance(MigrationChild.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
