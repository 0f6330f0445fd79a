package org.casetrack.export;

import java.util.function.Consumer;
import org.casetrack.dataset.DataSet;
import org.casetrack.dataset.DataSetJson;
import org.casetrack.dataset.DataSetLoader;
import org.casetrack.store.Database;
import org.casetrack.store.StoreException;

/**
 * Copies one CaseTrack database into an empty one, file or server, in either direction
 * (docs/decisions/0074-copy-between-databases.md). The copy goes through the lossless JSON
 * data set, in one transaction on the target, and is checked afterwards: the target's JSON
 * export must equal the source's. The audit log is not copied; the target starts its own.
 */
public final class DatabaseCopy {

    /** What was copied, for the closing message. */
    public record Result(int documents, int persons, int cases, int events) {
    }

    private DatabaseCopy() {
    }

    public static Result copy(Database from, Database to, Consumer<String> progress) {
        progress.accept("Reading " + from.label() + "…");
        DataSet data = new BulkExport(from).dataSet();
        String before = DataSetJson.toJson(data);
        progress.accept("Read " + data.documents().size() + " documents, " + data.persons().size() + " persons, "
                + data.cases().size() + " cases, " + data.events().size() + " events.");
        DataSet existing = new BulkExport(to).dataSet();
        if (!existing.persons().isEmpty() || !existing.documents().isEmpty() || !existing.cases().isEmpty()) {
            throw new StoreException(StoreException.Kind.ALREADY_EXISTS, "The target " + to.label()
                    + " already holds case data; copy only into a new or empty database.");
        }
        progress.accept("Writing " + to.label() + " (one transaction)…");
        new DataSetLoader(to).load(data);
        progress.accept("Checking the copy…");
        String after = DataSetJson.toJson(new BulkExport(to).dataSet());
        if (!before.equals(after)) {
            throw new StoreException(StoreException.Kind.CORRUPT, "The copy in " + to.label()
                    + " differs from " + from.label() + "; do not rely on it.");
        }
        return new Result(data.documents().size(), data.persons().size(), data.cases().size(), data.events().size());
    }
}
