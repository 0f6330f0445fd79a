package org.casetrack.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pretty JSON on a command's output. Documents made of maps, lists, text, numbers and
 * booleans (all that DossierJson builds) are written with Jackson's streaming generator
 * alone, the same calls and pretty printer the object mapper makes, so the bytes are the
 * same; the mapper (about 450 classes to load, a good part of a command's start-up, see
 * docs/bench-notes/i13cmd.md) is built only for anything else.
 */
final class Json {

    private static final JsonFactory FACTORY = new JsonFactory();

    /** The pretty printer INDENT_OUTPUT gives: a fresh instance per generator, as the mapper makes one. */
    private static final ObjectWriteContext PRETTY = new ObjectWriteContext.Base() {
        @Override
        public PrettyPrinter getPrettyPrinter() {
            return new DefaultPrettyPrinter();
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }
    };

    /** Built on first use only. */
    private static final class Mapper {
        static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    }

    private Json() {
    }

    /** The object mapper, for reading JSON. */
    static JsonMapper mapper() {
        return Mapper.MAPPER;
    }

    /**
     * Writes {"schema": schema, arrayName: [rows...]} one row at a time, byte for byte what
     * {@link #print} writes for the whole document, without holding it in memory.
     */
    static void printRows(PrintWriter out, String schema, String arrayName, java.util.function.Consumer<java.util.function.Consumer<Object>> rows) {
        JsonGenerator g = FACTORY.createGenerator(PRETTY, out);
        g.writeStartObject();
        g.writeStringProperty("schema", schema);
        g.writeName(arrayName);
        g.writeStartArray();
        rows.accept(row -> {
            if (plain(row)) {
                write(g, row);
            } else {
                Mapper.MAPPER.writeValue(g, row);
            }
        });
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
        out.println();
        out.flush();
    }

    static void print(PrintWriter out, Object value) {
        out.println(toText(value));
        out.flush();
    }

    /** What the object mapper's writeValueAsString gives with INDENT_OUTPUT. */
    static String toText(Object value) {
        if (!plain(value)) {
            return Mapper.MAPPER.writeValueAsString(value);
        }
        StringWriter w = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(PRETTY, w)) {
            write(g, value);
        }
        return w.toString();
    }

    /** True when the value holds only what {@link #write} writes as the mapper would. */
    static boolean plain(Object v) {
        if (v == null || v instanceof String || v instanceof Boolean || v instanceof Integer || v instanceof Long
                || v instanceof Short || v instanceof BigDecimal || v instanceof BigInteger) {
            return true;
        }
        if (v instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!(e.getKey() instanceof String) || !plain(e.getValue())) {
                    return false;
                }
            }
            return true;
        }
        if (v instanceof Collection<?> c) {
            for (Object x : c) {
                if (!plain(x)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static void write(JsonGenerator g, Object v) {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Integer i) {
            g.writeNumber(i.intValue());
        } else if (v instanceof Long l) {
            g.writeNumber(l.longValue());
        } else if (v instanceof Short s) {
            g.writeNumber(s.shortValue());
        } else if (v instanceof BigDecimal d) {
            g.writeNumber(d);
        } else if (v instanceof BigInteger i) {
            g.writeNumber(i);
        } else if (v instanceof Map<?, ?> m) {
            g.writeStartObject(m);
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeName((String) e.getKey());
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else {
            g.writeStartArray(v);
            for (Object x : (Collection<?>) v) {
                write(g, x);
            }
            g.writeEndArray();
        }
    }

    /** The object mapper's text, for tests that compare the two ways. */
    static String viaMapper(Object value) {
        return Mapper.MAPPER.writeValueAsString(value);
    }
}
