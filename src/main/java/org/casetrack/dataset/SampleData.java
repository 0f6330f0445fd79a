package org.casetrack.dataset;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.casetrack.store.Database;

/**
 * The curated sample data shipped in the jar (from {@code sample-data/}, listed in
 * {@code datasets.txt}). Loading it twice changes nothing the second time.
 */
public final class SampleData {

    private static final String ROOT = "/org/casetrack/sample/";

    private SampleData() {
    }

    public static List<DataSet> read() {
        List<DataSet> out = new ArrayList<>();
        for (String name : names()) {
            try (InputStream in = SampleData.class.getResourceAsStream(ROOT + name)) {
                if (in == null) {
                    throw new DataSetException("The sample data file " + name + " is missing from this build.");
                }
                out.add(DataSetJson.read(in.readAllBytes(), name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** Loads every sample data set; each is one transaction. */
    public static List<DataSetLoader.Result> load(Database db) {
        DataSetLoader loader = new DataSetLoader(db);
        return read().stream().map(loader::load).toList();
    }

    private static List<String> names() {
        InputStream in = SampleData.class.getResourceAsStream(ROOT + "datasets.txt");
        if (in == null) {
            throw new DataSetException("This build carries no sample data.");
        }
        List<String> names = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    names.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
