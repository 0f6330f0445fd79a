package org.casetrack.export;

import java.util.List;

/**
 * RFC 4180 CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads Cyrillic),
 * CRLF line ends, and cells that a spreadsheet would run as a formula (starting with
 * = + - @, tab or carriage return) prefixed with an apostrophe.
 */
public final class Csv {

    public static final String BOM = "\uFEFF";

    private final StringBuilder sb = new StringBuilder(BOM);

    public Csv(List<String> header) {
        row(header);
    }

    public Csv row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(cell(cells.get(i)));
        }
        sb.append("\r\n");
        return this;
    }

    public Csv row(Object... cells) {
        return row(java.util.Arrays.asList(cells));
    }

    @Override
    public String toString() {
        return sb.toString();
    }

    /** One cell, neutralised and quoted when needed. Numbers are written as they are. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = org.casetrack.model.SafeText.neutralise(value.toString());
        if (!(value instanceof Number) && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0 || s.startsWith(" ") || s.endsWith(" ")) {
            s = '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
