package org.casetrack.cli;

import java.io.PrintWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Pretty JSON on a command's output. */
final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private Json() {
    }

    /**
     * Writes {"schema": schema, arrayName: [rows...]} one row at a time, byte for byte what
     * {@link #print} writes for the whole document, without holding it in memory.
     */
    static void printRows(PrintWriter out, String schema, String arrayName, java.util.function.Consumer<java.util.function.Consumer<Object>> rows) {
        tools.jackson.core.JsonGenerator g = MAPPER.createGenerator(out);
        g.writeStartObject();
        g.writeStringProperty("schema", schema);
        g.writeName(arrayName);
        g.writeStartArray();
        rows.accept(row -> MAPPER.writeValue(g, row));
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
        out.println();
        out.flush();
    }

    static void print(PrintWriter out, Object value) {
        out.println(MAPPER.writeValueAsString(value));
        out.flush();
    }
}
