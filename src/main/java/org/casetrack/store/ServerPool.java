package org.casetrack.store;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A small pool of PostgreSQL connections (a desktop client needs a handful, not a pool
 * library). A connection handed back is reused; one that idled for a while is checked
 * first, so a server restart costs a reconnect rather than an error. Each new session
 * tells the audit trigger which OS user works in it.
 */
final class ServerPool implements DataSource {

    private static final int MAX_IDLE = 8;
    private static final long CHECK_AFTER_MS = 30_000;

    private record Idle(Connection connection, long since) {
    }

    private final String url;
    private final Properties properties;
    private final Deque<Idle> idle = new ArrayDeque<>();
    private boolean closed;

    ServerPool(String url, Properties properties) {
        this.url = url;
        this.properties = properties;
    }

    @Override
    public Connection getConnection() throws SQLException {
        while (true) {
            Idle next;
            synchronized (this) {
                if (closed) {
                    throw new SQLException("The connection pool is closed.", "08003");
                }
                next = idle.pollFirst();
            }
            if (next == null) {
                return wrap(open());
            }
            boolean fresh = System.currentTimeMillis() - next.since() < CHECK_AFTER_MS;
            if (fresh || next.connection().isValid(2)) {
                return wrap(next.connection());
            }
            quietClose(next.connection());
        }
    }

    private Connection open() throws SQLException {
        Connection c = DriverManager.getConnection(url, properties);
        try (PreparedStatement ps = c.prepareStatement("SELECT set_config('casetrack.os_user', ?, false)")) {
            ps.setString(1, System.getProperty("user.name", ""));
            ps.execute();
        }
        return c;
    }

    /** A proxy whose close() hands the real connection back instead of closing it. */
    private Connection wrap(Connection real) {
        boolean[] returned = {false};
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "close" -> {
                            if (!returned[0]) {
                                returned[0] = true;
                                giveBack(real);
                            }
                            return null;
                        }
                        case "isClosed" -> {
                            return returned[0] || real.isClosed();
                        }
                        case "unwrap" -> {
                            return real.unwrap((Class<?>) args[0]);
                        }
                        case "isWrapperFor" -> {
                            return real.isWrapperFor((Class<?>) args[0]);
                        }
                        default -> {
                            if (returned[0]) {
                                throw new SQLException("This connection was already handed back.", "08003");
                            }
                            try {
                                return method.invoke(real, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        }
                    }
                });
    }

    private void giveBack(Connection real) {
        try {
            if (real.isClosed()) {
                dropIdle(); // broke under use: the server went away, so the idle ones are likely dead too
                return;
            }
            if (!real.getAutoCommit()) {
                real.rollback();
                real.setAutoCommit(true);
            }
        } catch (SQLException e) {
            quietClose(real);
            dropIdle();
            return;
        }
        synchronized (this) {
            if (!closed && idle.size() < MAX_IDLE) {
                idle.addFirst(new Idle(real, System.currentTimeMillis()));
                return;
            }
        }
        quietClose(real);
    }

    private void dropIdle() {
        java.util.List<Idle> dead;
        synchronized (this) {
            dead = new java.util.ArrayList<>(idle);
            idle.clear();
        }
        dead.forEach(i -> quietClose(i.connection()));
    }

    synchronized void close() {
        closed = true;
        idle.forEach(i -> quietClose(i.connection()));
        idle.clear();
    }

    private static void quietClose(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // a broken connection needs no goodbye
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("The pool has one user.");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("Not a wrapper.");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}
