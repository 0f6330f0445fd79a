package org.casetrack.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.casetrack.extract.ExtractionJson;
import org.casetrack.extract.ReportExtractor;
import org.casetrack.extract.eval.ExtractionScorer;
import org.casetrack.extract.eval.ExtractionScorer.Score;
import org.casetrack.extract.eval.ExtractionScorer.Tally;
import org.casetrack.extract.read.ReportReadException;
import org.casetrack.extract.read.ReportReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures the importer on annotated reports: for every GOLD_DIR/NAME.gold.json whose report
 * NAME.txt/.html/.pdf is in the reports folder, extracts it and scores the result with the rules
 * of the shared score-extraction script; prints figures per document, per publisher (the
 * name's publisher part, "NN-publisher-topic-year") and overall, the last line being the mean F1.
 */
@Command(name = "eval", description = "Score the importer on annotated reports (NAME.gold.json beside NAME.txt/.html/.pdf).")
public final class EvalCommand implements Callable<Integer> {

    /** Built on first use: picocli loads every command class at start, and Jackson costs
     *  every other command (extract's start-up) about half a second. */
    private static final class Json {
        static final JsonMapper MAPPER = JsonMapper.builder().build();
    }

    @Parameters(paramLabel = "GOLD_DIR", description = "Folder of NAME.gold.json annotations.")
    Path goldDir;

    @Option(names = "--reports", paramLabel = "DIR", description = "Folder of the reports (default: GOLD_DIR).")
    Path reports;

    @Option(names = {"-v", "--verbose"}, description = "Also print each report's misses.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path reportDir = reports == null ? goldDir : reports;
        if (!Files.isDirectory(goldDir)) {
            throw new UserError("There is no folder " + goldDir + ".");
        }
        List<Path> golds;
        try (Stream<Path> s = Files.list(goldDir)) {
            golds = s.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
        } catch (IOException e) {
            throw new UserError("Cannot read the folder " + goldDir + ": " + e.getMessage() + ".");
        }
        Score total = new Score();
        Map<String, Score> byPublisher = new TreeMap<>();
        List<String> perDocument = new ArrayList<>();
        int n = 0;
        int failed = 0;
        for (Path g : golds) {
            String base = g.getFileName().toString().replaceFirst("\\.gold\\.json$", "");
            Path report = Stream.of(".txt", ".html", ".pdf").map(e -> reportDir.resolve(base + e))
                    .filter(Files::exists).findFirst().orElse(null);
            if (report == null) {
                continue;
            }
            n++;
            Map<String, Object> gold = readJson(g);
            Map<String, Object> extraction = null;
            try {
                extraction = Json.MAPPER.readValue(ExtractionJson.write(ReportExtractor.extract(ReportReader.read(report))), Map.class);
            } catch (ReportReadException e) {
                failed++;
                out.println(base + ": no usable extraction (" + e.getMessage() + ")");
            }
            Score sc = ExtractionScorer.score(gold, extraction == null ? Map.of() : extraction);
            if (verbose && !sc.log.isEmpty()) {
                out.println(base);
                sc.log.forEach(out::println);
            }
            total.add(sc);
            byPublisher.computeIfAbsent(publisher(base), k -> new Score()).add(sc);
            perDocument.add(row(base, sc));
        }
        if (n == 0) {
            throw new UserError("No report with gold annotation found in " + reportDir + ".");
        }
        out.println("per document (F1 subjects / sentences / appeals / UN rulings, mean, details):");
        perDocument.forEach(out::println);
        out.println("per publisher:");
        byPublisher.forEach((k, v) -> out.println(row(k, v)));
        for (String c : ExtractionScorer.CATEGORIES) {
            Tally t = total.tallies.get(c);
            String extra = t.detailsN == 0 ? "" : String.format(Locale.ROOT, "  %s ok %d/%d",
                    c.equals("appeals") ? "outcome" : "date", t.detailsOk, t.detailsN);
            out.println(String.format(Locale.ROOT, "%-11s P %.2f  R %.2f  F1 %.2f  (tp %d, predicted %d, gold %d)%s",
                    c, t.precision(), t.recall(), t.f1(), t.tp, t.predicted, t.gold, extra));
        }
        int dn = total.detailsN();
        out.println(String.format(Locale.ROOT, "details (sentence and UN ruling dates, appeal outcomes) right: %d/%d = %.2f",
                total.detailsOk(), dn, dn == 0 ? 1.0 : (double) total.detailsOk() / dn));
        out.println("reports " + n + ", failed " + failed);
        out.println(String.format(Locale.ROOT, "extraction F1 %.3f", total.meanF1()));
        out.flush();
        return 0;
    }

    private static String row(String label, Score sc) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "  %-44s", label));
        for (String c : ExtractionScorer.CATEGORIES) {
            Tally t = sc.tallies.get(c);
            sb.append(t.gold == 0 && t.predicted == 0 ? "    - " : String.format(Locale.ROOT, " %5.2f", t.f1()));
        }
        sb.append(String.format(Locale.ROOT, "  mean %.2f  details %d/%d", sc.meanF1(), sc.detailsOk(), sc.detailsN()));
        return sb.toString();
    }

    /** "01-usdos-kazakhstan-2023" gives "usdos"; a name without a number gives its first part. */
    static String publisher(String base) {
        String[] parts = base.split("-");
        return parts.length > 1 && parts[0].matches("\\d+") ? parts[1] : parts[0];
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> readJson(Path p) {
        try {
            return Json.MAPPER.readValue(Files.readString(p), Map.class);
        } catch (IOException | RuntimeException e) {
            throw new UserError(p.getFileName() + " is not a readable gold annotation: " + e.getMessage() + ".");
        }
    }
}
