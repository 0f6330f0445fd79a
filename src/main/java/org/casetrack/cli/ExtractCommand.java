package org.casetrack.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.casetrack.extract.Extraction;
import org.casetrack.extract.ExtractionJson;
import org.casetrack.extract.ReportExtractor;
import org.casetrack.extract.read.ReportReadException;
import org.casetrack.extract.read.ReportReader;
import org.casetrack.extract.read.ReportText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Reads one report and prints what the importer would offer: a summary, or JSON with --json. */
@Command(name = "extract", description = "Read a report (text, HTML or PDF) and print the people, penalties, "
        + "appeals, UN rulings and events found in it.")
public final class ExtractCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The report file.")
    Path file;

    @Option(names = "--json", description = "Print JSON (schema casetrack.extract/1) instead of a summary.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        quietPdfLogging();
        ReportText report;
        try {
            report = ReportReader.read(file);
        } catch (ReportReadException e) {
            throw new UserError(e.getMessage());
        }
        Extraction x = ReportExtractor.extract(report);
        var out = spec.commandLine().getOut();
        if (json) {
            out.print(ExtractionJson.write(x));
        } else {
            out.print(summary(x));
        }
        out.flush();
        return 0;
    }

    /**
     * PDFBox logs through the Log4j API; with no Log4j provider on the class path, Log4j prints a
     * warning on standard output, which would spoil the JSON. Unless a provider (such as
     * log4j-to-slf4j) is present or one was chosen, use Log4j's simple logger (standard error).
     */
    private static void quietPdfLogging() {
        String key = "log4j2.loggerContextFactory";
        if (System.getProperty(key) != null) {
            return;
        }
        try {
            Class.forName("org.apache.logging.slf4j.SLF4JLoggerContextFactory", false, ExtractCommand.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            System.setProperty(key, "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
    }

    static String summary(Extraction x) {
        StringBuilder sb = new StringBuilder();
        Extraction.DocumentInfo d = x.document();
        sb.append(d.title() == null ? "(untitled report)" : d.title());
        if (d.publisher() != null) {
            sb.append(" — ").append(d.publisher());
        }
        sb.append('\n');
        sb.append("Covers ").append(d.periodYear() == null ? "an unknown year" : d.periodYear())
                .append("; ").append(d.format()).append(", ").append(d.chars()).append(" characters\n");
        Map<String, String> names = new HashMap<>();
        long subjects = x.persons().stream().filter(Extraction.Person::subject).count();
        sb.append(x.persons().size()).append(" people named, ").append(subjects).append(" with a case:\n");
        for (Extraction.Person p : x.persons()) {
            names.put(p.id(), p.name());
            if (p.subject()) {
                sb.append("  ").append(p.name()).append('\n');
            }
        }
        sb.append(x.sentences().size()).append(" penalties:\n");
        for (Extraction.Penalty s : x.sentences()) {
            sb.append("  ").append(names.get(s.person())).append(": ").append(s.kind().code().replace('_', ' '));
            if (s.term() != null) {
                sb.append(", ").append(s.term().toEnglish());
            }
            if (s.date() != null) {
                sb.append(" (").append(s.date()).append(')');
            }
            sb.append('\n');
        }
        sb.append(x.appeals().size()).append(" appeals, ").append(x.unRulings().size()).append(" UN rulings, ")
                .append(x.events().size()).append(" other events.\n");
        for (Extraction.Designation g : x.designations()) {
            sb.append("  designation: ").append(names.get(g.person())).append(", ").append(g.kind().code().replace('_', ' '))
                    .append(" by ").append(g.designatedBy());
            if (g.date() != null) {
                sb.append(" (").append(g.date()).append(')');
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
