package org.casetrack.dataset;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes {@code casetrack.data/1} files with snake_case keys. */
public final class DataSetJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .addMixIn(DataSet.class, DataSetMixIn.class)
            .addMixIn(DataSet.SentenceEntry.class, CaseKeyMixIn.class)
            .addMixIn(DataSet.AppealEntry.class, CaseKeyMixIn.class)
            .addMixIn(DataSet.RulingEntry.class, CaseKeyMixIn.class)
            .addMixIn(DataSet.EventEntry.class, CaseKeyMixIn.class)
            .addMixIn(DataSet.UserDeadlineEntry.class, CaseKeyMixIn.class)
            .build();

    private DataSetJson() {
    }

    public static DataSet read(Path file) {
        try {
            return check(MAPPER.readValue(Files.readAllBytes(file), DataSet.class), file.getFileName().toString());
        } catch (IOException e) {
            throw new DataSetException("Cannot read " + file + ".", e);
        } catch (JacksonException e) {
            throw new DataSetException(file.getFileName() + " is not a valid CaseTrack data file: " + e.getOriginalMessage(), e);
        }
    }

    public static DataSet read(byte[] json, String name) {
        try {
            return check(MAPPER.readValue(json, DataSet.class), name);
        } catch (JacksonException e) {
            throw new DataSetException(name + " is not a valid CaseTrack data file: " + e.getOriginalMessage(), e);
        }
    }

    public static void write(DataSet data, OutputStream out) {
        MAPPER.writeValue(out, data);
    }

    public static String toJson(DataSet data) {
        return MAPPER.writeValueAsString(data);
    }

    private static DataSet check(DataSet d, String name) {
        if (d == null) {
            throw new DataSetException(name + " holds no data (it is JSON null), so it is not a " + DataSet.FORMAT + " file.");
        }
        if (!DataSet.FORMAT.equals(d.format())) {
            throw new DataSetException(name + " is not a " + DataSet.FORMAT + " file (its format is " + d.format() + ").");
        }
        return d;
    }

    /** "un_rulings" is the JSON name; the record says unRulings. */
    abstract static class DataSetMixIn {
        @JsonProperty("un_rulings")
        abstract java.util.List<DataSet.RulingEntry> unRulings();
    }

    /** Facts name their case "case", a Java keyword. */
    abstract static class CaseKeyMixIn {
        @JsonProperty("case")
        abstract String caseKey();
    }

}
