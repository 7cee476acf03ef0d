package io.github.medrecords.examples;

import io.github.medrecords.crypto.tink.TinkCipher;
import io.github.medrecords.store.jdbc.JdbcStore;
import io.github.medrecords.store.jdbc.Reencryption;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Seals a JDBC store's rows again under the primary key of a Tink keyset, after a key rotation or after
 * switching encryption on: the command behind {@code JdbcStore.reencrypt}, for operators who do not write
 * Java.
 *
 * <pre>
 * ./mvnw -q -Pdemo -pl records-examples -am -DskipTests package \
 *     -Ddemo.mainClass=io.github.medrecords.examples.ReencryptStore \
 *     -Ddemo.args="--url jdbc:h2:file:./medrecords-data/store --keyset dev-keyset.json --batch 500"
 * </pre>
 *
 * <p>Arguments: {@code --url} the JDBC URL (its driver on the class path: H2 here), {@code --keyset} a
 * Tink keyset file in clear text (development; a production deployment calls {@code reencrypt} from its
 * own code with its KMS-wrapped keyset), and optionally {@code --user}, {@code --password-env} (the name
 * of the environment variable holding the password) and {@code --batch} (500 unless given). It prints the
 * counts. Exit status: 0 when every row is now under the current key, 1 when rows are left (unreadable,
 * or changed meanwhile: run it again), 2 when the arguments are wrong.
 */
public final class ReencryptStore {

    /** Exit status when every row is under the current key. */
    public static final int COMPLETE = 0;
    /** Exit status when rows are left. */
    public static final int ROWS_LEFT = 1;
    /** Exit status when the arguments are wrong. */
    public static final int USAGE = 2;

    private ReencryptStore() {
    }

    /**
     * Runs the command and exits with its status.
     *
     * @param args  the arguments (see the class documentation)
     */
    public static void main(String[] args) {
        int status = run(args, System.getenv(), System.out, System.err);
        if (status != COMPLETE) {
            System.exit(status);
        }
    }

    /**
     * Runs the command.
     *
     * @param args  the arguments, not null
     * @param environment  where {@code --password-env} is looked up, not null
     * @param out  where the counts go, not null
     * @param err  where a usage error goes, not null
     * @return the exit status
     */
    public static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        String url = null;
        String keyset = null;
        String user = "";
        String password = "";
        int batch = 500;
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < args.length; i += 2) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            if (value == null) {
                problems.add(args[i] + " needs a value");
                break;
            }
            switch (args[i]) {
                case "--url" -> url = value;
                case "--keyset" -> keyset = value;
                case "--user" -> user = value;
                case "--password-env" -> password = environment.getOrDefault(value, "");
                case "--batch" -> {
                    try {
                        batch = Integer.parseInt(value);
                    } catch (NumberFormatException e) {
                        problems.add("--batch needs a positive number");
                    }
                }
                default -> problems.add("unknown argument " + args[i]);
            }
        }
        if (url == null || keyset == null) {
            problems.add("--url and --keyset are required");
        }
        if (batch < 1) {
            problems.add("--batch needs a positive number");
        }
        if (!problems.isEmpty()) {
            err.println("ReencryptStore: " + String.join("; ", problems));
            err.println("usage: ReencryptStore --url JDBC-URL --keyset FILE [--user U] [--password-env VAR] "
                    + "[--batch N]");
            return USAGE;
        }
        TinkCipher cipher = TinkCipher.fromJsonKeyset(Path.of(keyset));
        JdbcStore store = JdbcStore.builder(new UrlDataSource(url, user, password)).cipher(cipher).build();
        Reencryption result = store.reencrypt(batch);
        out.printf("current key %s: %d rows examined, %d sealed again, %d already current, %d unreadable, "
                + "%d changed meanwhile%n", cipher.currentKeyId(), result.examined(), result.resealed(),
                result.alreadyCurrent(), result.unreadable(), result.changedMeanwhile());
        return result.complete() ? COMPLETE : ROWS_LEFT;
    }

    /** A data source that opens a connection per call through {@link DriverManager}. */
    private record UrlDataSource(String url, String user, String password) implements DataSource {

        @Override
        public Connection getConnection() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        @Override
        public Connection getConnection(String otherUser, String otherPassword) throws SQLException {
            return DriverManager.getConnection(url, otherUser, otherPassword);
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter writer) {
            // Nothing to log.
        }

        @Override
        public void setLoginTimeout(int seconds) {
            DriverManager.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() {
            return DriverManager.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException("No parent logger");
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("Not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }

        @Override
        public String toString() {
            return "UrlDataSource[" + url + "]";
        }
    }
}
