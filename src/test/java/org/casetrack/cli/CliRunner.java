package org.casetrack.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;

/** Runs the CLI in-process with a chosen environment and captures both streams. */
public final class CliRunner {

    public record Result(int code, String out, String err) {
    }

    private final Map<String, String> env = new HashMap<>();

    public CliRunner passphrase(String passphrase) {
        env.put("CASETRACK_PASSPHRASE", passphrase);
        return this;
    }

    public CliRunner env(String name, String value) {
        env.put(name, value);
        return this;
    }

    public Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Map<String, String> saved = DatabaseOptions.environment;
        DatabaseOptions.environment = Map.copyOf(env);
        try {
            int code = CaseTrackCli.run(new PrintWriter(out), new PrintWriter(err), args);
            return new Result(code, out.toString(), err.toString());
        } finally {
            DatabaseOptions.environment = saved;
        }
    }
}
