package org.casetrack.extract;

import java.util.List;
import org.casetrack.model.PartialDate;
import org.casetrack.model.PersonRole;

/**
 * Writes an {@link Extraction} as schema {@code casetrack.extract/1} (docs/extract-json.md),
 * keys in the contract's order, null where unknown. Hand-written so that the command starts
 * fast (no data-binding framework to load).
 */
public final class ExtractionJson {

    public static final String SCHEMA = "casetrack.extract/1";

    private final StringBuilder sb = new StringBuilder(4096);
    private int depth;

    private ExtractionJson() {
    }

    public static String write(Extraction x) {
        ExtractionJson w = new ExtractionJson();
        w.extraction(x);
        return w.sb.append('\n').toString();
    }

    private void extraction(Extraction x) {
        open('{');
        key("schema").str(SCHEMA);
        key("document");
        Extraction.DocumentInfo d = x.document();
        open('{');
        key("title").str(d.title());
        key("publisher").str(d.publisher());
        key("country").str(d.country());
        key("period_year").num(d.periodYear());
        key("format").str(d.format());
        key("chars").num(d.chars());
        close('}');
        key("persons");
        array(x.persons(), p -> {
            inline('{');
            key("id").str(p.id());
            key("name").str(p.name());
            key("variants").strings(p.variants());
            key("subject").raw(String.valueOf(p.subject()));
            key("roles").strings(p.roles().stream().map(PersonRole::code).toList());
            key("mentions").spans(p.mentions());
            inlineClose('}');
        });
        key("sentences");
        array(x.sentences(), s -> {
            inline('{');
            key("person").str(s.person());
            key("kind").str(s.kind().code());
            key("term").str(s.term() == null ? null : s.term().toIso());
            key("date").str(PartialDate.isoOrNull(s.date()));
            key("court").str(s.court());
            key("charges").strings(s.charges());
            key("evidence").span(s.evidence());
            inlineClose('}');
        });
        key("appeals");
        array(x.appeals(), a -> {
            inline('{');
            key("persons").strings(a.persons());
            key("date").str(PartialDate.isoOrNull(a.date()));
            key("court").str(a.court());
            key("outcome").str(a.outcome().code());
            key("evidence").span(a.evidence());
            inlineClose('}');
        });
        key("un_rulings");
        array(x.unRulings(), r -> {
            inline('{');
            key("person").str(r.person());
            key("body").str(r.body().code());
            key("date").str(PartialDate.isoOrNull(r.date()));
            key("finding").str(r.finding().code());
            key("evidence").span(r.evidence());
            inlineClose('}');
        });
        key("events");
        array(x.events(), e -> {
            inline('{');
            key("persons").strings(e.persons());
            key("type").str(e.type().code());
            key("date").str(PartialDate.isoOrNull(e.date()));
            key("summary").str(e.summary());
            key("evidence").span(e.evidence());
            inlineClose('}');
        });
        key("designations"); // CaseTrack's addition after the contract's keys (docs/extract-json.md)
        array(x.designations(), g -> {
            inline('{');
            key("person").str(g.person());
            key("kind").str(g.kind().code());
            key("designated_by").str(g.designatedBy());
            key("list").str(g.listName());
            key("date").str(PartialDate.isoOrNull(g.date()));
            key("evidence").span(g.evidence());
            inlineClose('}');
        });
        close('}');
    }

    // ---- tiny writer: objects on their own lines at the top, array items one per line ----

    private boolean first = true;
    private boolean inlineMode;

    private void open(char c) {
        sb.append(c);
        depth++;
        first = true;
    }

    private void close(char c) {
        depth--;
        newline();
        sb.append(c);
        first = false;
    }

    private void inline(char c) {
        sb.append(c).append(' ');
        inlineMode = true;
        first = true;
    }

    private void inlineClose(char c) {
        sb.append(' ').append(c);
        inlineMode = false;
        first = false;
    }

    private void newline() {
        sb.append('\n');
        for (int i = 0; i < depth; i++) {
            sb.append("  ");
        }
    }

    private ExtractionJson key(String k) {
        if (!first) {
            sb.append(',');
            if (inlineMode) {
                sb.append(' ');
            }
        }
        if (!inlineMode) {
            newline();
        }
        first = false;
        quote(k);
        sb.append(": ");
        return this;
    }

    private interface Item<T> {
        void write(T t);
    }

    private <T> void array(List<T> items, Item<T> item) {
        if (items.isEmpty()) {
            sb.append("[]");
            return;
        }
        sb.append('[');
        depth++;
        boolean firstItem = true;
        for (T t : items) {
            if (!firstItem) {
                sb.append(',');
            }
            firstItem = false;
            newline();
            item.write(t);
        }
        depth--;
        newline();
        sb.append(']');
        first = false;
    }

    private void str(String s) {
        if (s == null) {
            sb.append("null");
        } else {
            quote(s);
        }
    }

    private void num(Integer n) {
        sb.append(n == null ? "null" : n.toString());
    }

    private void raw(String s) {
        sb.append(s);
    }

    private void strings(List<String> list) {
        sb.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            quote(list.get(i));
        }
        sb.append(']');
    }

    private void span(Span s) {
        sb.append("{ \"start\": ").append(s.start()).append(", \"end\": ").append(s.end()).append(" }");
    }

    private void spans(List<Span> list) {
        sb.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            span(list.get(i));
        }
        sb.append(']');
    }

    private void quote(String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
