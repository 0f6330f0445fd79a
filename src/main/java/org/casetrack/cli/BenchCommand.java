package org.casetrack.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.Callable;
import org.casetrack.extract.ReportExtractor;
import org.casetrack.extract.SyntheticReport;
import org.casetrack.extract.read.ReportText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Measures extraction throughput on generated report text, single-threaded. */
@Command(name = "bench", description = {"Measure report extraction speed (MB/s) on generated text;",
        "with --scale, generate the 100,000-person database and time the store and the commands on it."})
public final class BenchCommand implements Callable<Integer> {

    private static final int CHUNK = 64 * 1024;

    @Option(names = "--mb", description = "Megabytes of text per measured run (default ${DEFAULT-VALUE}).", defaultValue = "4")
    int mb;

    @Option(names = "--runs", description = "Measured runs (default ${DEFAULT-VALUE}).", defaultValue = "3")
    int runs;

    @Option(names = "--scale", description = "Generate (or reuse) the 100,000-person database and print each figure of docs/benchmarks.md.")
    boolean scale;

    @Option(names = "--scale-db", paramLabel = "PATH", description = "Where the generated database lives (default: a new temporary folder); reused when it exists.")
    java.nio.file.Path scaleDb;

    @Option(names = "--factor", description = "Fraction of the full size to generate (default ${DEFAULT-VALUE}).", defaultValue = "1.0")
    double factor;

    @Option(names = "--query-runs", description = "Runs per store query (default ${DEFAULT-VALUE}).", defaultValue = "200")
    int queryRuns;

    @Option(names = "--windows", description = "With --scale: also time the window figures (needs a display), this many runs each (default ${DEFAULT-VALUE}: not measured).", defaultValue = "0")
    int windows;

    @Option(names = "--skip-commands", description = "With --scale: do not time upcoming, persons and person as separate processes.")
    boolean skipCommands;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (scale) {
            return new ScaleBenchRun(spec.commandLine().getOut(), scaleDb, factor, queryRuns, runs, windows, skipCommands).call();
        }
        if (mb < 1 || mb > 200 || runs < 1 || runs > 50) {
            throw new UserError("Use --mb between 1 and 200 and --runs between 1 and 50.");
        }
        var out = spec.commandLine().getOut();
        int chunks = Math.max(1, mb * 1024 * 1024 / CHUNK);
        ReportText[] reports = new ReportText[Math.min(chunks, 16)];
        long bytes = 0;
        for (int i = 0; i < reports.length; i++) {
            reports[i] = ReportText.ofText(SyntheticReport.generate(CHUNK, i));
        }
        for (int i = 0; i < chunks; i++) {
            bytes += reports[i % reports.length].text().length();
        }
        // warm-up: one pass over the same amount of text
        long sink = pass(reports, chunks);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpu = threads.isCurrentThreadCpuTimeSupported();
        double wallSecs = 0;
        double cpuSecs = 0;
        for (int r = 0; r < runs; r++) {
            long c0 = cpu ? threads.getCurrentThreadCpuTime() : 0;
            long t0 = System.nanoTime();
            sink += pass(reports, chunks);
            double secs = (System.nanoTime() - t0) / 1e9;
            double cpus = cpu ? (threads.getCurrentThreadCpuTime() - c0) / 1e9 : secs;
            wallSecs += secs;
            cpuSecs += cpus;
            out.printf("run %d: %.1f MB in %.2f s wall (%.2f s CPU) = %.2f MB/s wall, %.2f MB/s CPU%n",
                    r + 1, bytes / 1e6, secs, cpus, bytes / 1e6 / secs, bytes / 1e6 / cpus);
        }
        out.printf("extraction throughput, 1 thread: %.2f MB/s wall clock, %.2f MB/s per CPU second (%d findings)%n",
                runs * bytes / 1e6 / wallSecs, runs * bytes / 1e6 / cpuSecs, sink);
        out.flush();
        return 0;
    }

    private static long pass(ReportText[] reports, int chunks) {
        long n = 0;
        for (int i = 0; i < chunks; i++) {
            var x = ReportExtractor.extract(reports[i % reports.length]);
            n += x.persons().size() + x.sentences().size();
        }
        return n;
    }
}
