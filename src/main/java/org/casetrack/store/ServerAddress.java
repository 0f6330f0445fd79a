package org.casetrack.store;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * A CaseTrack database on a PostgreSQL server, written {@code postgresql://HOST[:PORT]/DATABASE?user=NAME}
 * (docs/decisions/0071-server-connections.md). TLS with full certificate checking is the default;
 * a plain connection needs an explicit {@code sslmode=disable}. The password is never part of it.
 */
public record ServerAddress(String host, int port, String database, String user, String sslMode, Path caFile) {

    public static final String SCHEME = "postgresql://";
    public static final int DEFAULT_PORT = 5432;
    private static final Set<String> SSL_MODES = Set.of("disable", "require", "verify-ca", "verify-full");
    private static final Set<String> KNOWN = Set.of("user", "sslmode", "sslrootcert");

    public ServerAddress {
        if (host == null || host.isBlank()) {
            throw invalid("names no server");
        }
        if (database == null || database.isBlank()) {
            throw invalid("names no database");
        }
        if (user == null || user.isBlank()) {
            throw invalid("names no user (add ?user=NAME)");
        }
        sslMode = sslMode == null ? "verify-full" : sslMode.toLowerCase(Locale.ROOT);
        if (!SSL_MODES.contains(sslMode)) {
            throw invalid("has sslmode=" + sslMode + ", but CaseTrack knows only disable, require, verify-ca and verify-full");
        }
    }

    /** True when the text names a server rather than a file. */
    public static boolean isServer(String text) {
        return text != null && (text.startsWith(SCHEME) || text.startsWith("postgres://"));
    }

    public static ServerAddress parse(String text) {
        if (!isServer(text)) {
            throw invalid("does not start with " + SCHEME);
        }
        String rest = text.substring(text.indexOf("://") + 3);
        String query = "";
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        if (rest.contains("@")) {
            throw invalid("holds a user or password before the host; put the user in ?user=NAME and never the password");
        }
        int slash = rest.indexOf('/');
        String hostPort = slash < 0 ? rest : rest.substring(0, slash);
        String database = slash < 0 ? "" : decode(rest.substring(slash + 1));
        String host = hostPort;
        int port = DEFAULT_PORT;
        int colon = hostPort.lastIndexOf(':');
        if (colon >= 0 && !hostPort.endsWith("]")) {
            host = hostPort.substring(0, colon);
            try {
                port = Integer.parseInt(hostPort.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw invalid("has a port that is not a number");
            }
            if (port < 1 || port > 65535) {
                throw invalid("has a port outside 1-65535");
            }
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            if (key.equals("password")) {
                throw invalid("holds a password; CaseTrack asks for it instead and never stores it");
            }
            if (!KNOWN.contains(key)) {
                throw invalid("has the unknown setting '" + key + "' (known: user, sslmode, sslrootcert)");
            }
            params.put(key, eq < 0 ? "" : decode(pair.substring(eq + 1)));
        }
        String ca = params.get("sslrootcert");
        return new ServerAddress(host, port, database, params.get("user"), params.get("sslmode"),
                ca == null || ca.isBlank() ? null : Path.of(ca));
    }

    public ServerAddress withCaFile(Path ca) {
        return new ServerAddress(host, port, database, user, sslMode, ca);
    }

    public boolean plain() {
        return sslMode.equals("disable");
    }

    /** The address as the user writes it, without defaults they did not need to give. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(SCHEME).append(host);
        if (port != DEFAULT_PORT) {
            sb.append(':').append(port);
        }
        sb.append('/').append(database).append("?user=").append(user);
        if (!sslMode.equals("verify-full")) {
            sb.append("&sslmode=").append(sslMode);
        }
        if (caFile != null) {
            sb.append("&sslrootcert=").append(caFile);
        }
        return sb.toString();
    }

    /** Short, for window titles and messages: "ct on db.example.org". */
    public String label() {
        return database + " on " + host + (port != DEFAULT_PORT ? ":" + port : "");
    }

    String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    Properties jdbcProperties(char[] password) {
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", new String(password));
        p.setProperty("sslmode", sslMode);
        if (caFile != null) {
            p.setProperty("sslrootcert", caFile.toAbsolutePath().toString());
        }
        p.setProperty("ApplicationName", "CaseTrack");
        p.setProperty("connectTimeout", "10");
        p.setProperty("tcpKeepAlive", "true");
        return p;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static StoreException invalid(String why) {
        return new StoreException(StoreException.Kind.INVALID, "The server address " + why + ".");
    }
}
