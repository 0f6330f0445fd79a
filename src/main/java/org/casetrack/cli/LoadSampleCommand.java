package org.casetrack.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.casetrack.dataset.DataSetLoader;
import org.casetrack.dataset.SampleData;
import org.casetrack.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Loads the curated sample data; a second run changes nothing. */
@Command(name = "load-sample", description = "Load the sample data (persons, cases, facts from two country reports).")
public final class LoadSampleCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions db;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Database d = db.open()) {
            for (DataSetLoader.Result r : SampleData.load(d)) {
                if (r.alreadyLoaded()) {
                    out.println("The sample data is already loaded; nothing changed.");
                } else {
                    out.printf("Loaded the sample data: %d documents, %d new and %d known persons, %d cases, %d sentences, "
                                    + "%d appeals, %d UN rulings, %d events.%n", r.documents(), r.newPersons(), r.matchedPersons(),
                            r.cases(), r.sentences(), r.appeals(), r.rulings(), r.events());
                }
            }
        }
        return 0;
    }
}
