package org.casetrack.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.casetrack.dataset.DataSet;
import org.casetrack.dataset.DataSetException;
import org.casetrack.dataset.DataSetJson;
import org.casetrack.dataset.DataSetLoader;
import org.casetrack.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Reads a casetrack.data/1 file (for example from 'export all --format json') into the database. */
@Command(name = "import-json", description = "Load a casetrack.data/1 JSON file (e.g. from 'export all --format json').")
public final class ImportJsonCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions db;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new UserError("There is no file " + file + ".");
        }
        DataSet data;
        try {
            data = DataSetJson.read(file);
        } catch (DataSetException e) {
            throw new UserError(plainParseError(e.getMessage()));
        }
        DataSetLimits.check(data);
        try (Database d = db.open()) {
            DataSetLoader.Result r;
            try {
                r = new DataSetLoader(d).load(data);
            } catch (DataSetException e) {
                throw new UserError(e.getMessage());
            }
            if (r.alreadyLoaded()) {
                spec.commandLine().getOut().println("Nothing changed: everything in " + file.getFileName() + " is already in the database.");
            } else {
                spec.commandLine().getOut().printf("Imported %d persons (%d matched known ones), %d cases, %d sentences, %d appeals, %d UN rulings, %d events.%n",
                        r.newPersons(), r.matchedPersons(), r.cases(), r.sentences(), r.appeals(), r.rulings(), r.events());
            }
        }
        return 0;
    }

    /** The JSON reader's detail can name Java types; the user gets the sentence without it. */
    static String plainParseError(String message) {
        if (message != null && !message.contains("`") && !message.matches("(?s).*(java\\.|org\\.|tools\\.|Exception|\\R).*")) {
            return message;
        }
        String head = message == null ? "" : message.split(": ", 2)[0];
        return (head.contains(" is not a valid CaseTrack data file") ? head : "The file is not a valid CaseTrack data file")
                + " (a value has the wrong type or the JSON is malformed); nothing was imported.";
    }
}
