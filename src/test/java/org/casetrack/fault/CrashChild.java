package org.casetrack.fault;

import java.nio.file.Path;
import java.util.List;
import org.casetrack.dataset.SampleData;
import org.casetrack.extract.read.ReportText;
import org.casetrack.importer.ImportPlan;
import org.casetrack.importer.ImportProgress;
import org.casetrack.importer.ImportService;
import org.casetrack.store.Backups;
import org.casetrack.store.Database;

/**
 * The child JVM of {@link CrashAllOrNothingTest}: performs one operation on a database and
 * is killed (kill -9) by the parent somewhere in it. Prints GO just before the operation.
 * Arguments: operation (load-sample, import, restore), database path, passphrase[, backup zip].
 */
public final class CrashChild {

    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        String op = args[0];
        Path db = Path.of(args[1]);
        char[] pass = args[2].toCharArray();
        if (op.equals("restore")) {
            go();
            Backups.restore(Path.of(args[3]), db, pass);
        } else {
            try (Database d = Database.open(db, pass)) {
                go();
                run(op, d);
            }
        }
        System.out.println("DONE");
        System.out.flush();
    }

    static void run(String op, Database d) throws Exception {
        switch (op) {
            case "load-sample" -> SampleData.load(d);
            case "import" -> {
                ImportService s = new ImportService(d);
                ImportPlan plan = s.plan(report(), "crash.txt", ImportProgress.NONE);
                s.commit(plan, plan.proposedIds());
            }
            default -> throw new IllegalArgumentException(op);
        }
    }

    private static void go() {
        System.out.println("GO");
        System.out.flush();
    }

    /** A report written for this test: known and new people, several facts each. */
    static ReportText report() {
        StringBuilder sb = new StringBuilder("Kazakhstan: a test report for the crash test\n\n");
        for (int i = 0; i < 12; i++) {
            sb.append("In March 2019 a court in Taraz sentenced Crash Tester").append((char) ('A' + i))
                    .append("ov to ").append(i % 5 + 2).append(" years in prison for posts on social media. ");
            sb.append("Police arrested Crash Tester").append((char) ('A' + i)).append("ov in January 2019.\n");
        }
        sb.append("In May 2019 Maks Bokaev was transferred to a penal colony in Zhezkazgan.\n");
        ReportText t = ReportText.of(sb.toString(), "text", List.of());
        return new ReportText(t.text(), t.format(), t.pageStarts(), t.bodyStart(), t.bodyEnd(), "Crash test report",
                "Crash Monitor", "Kazakhstan", 2019);
    }
}
