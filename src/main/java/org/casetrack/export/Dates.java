package org.casetrack.export;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import org.casetrack.model.PartialDate;

/** Dates as a letter writes them, at the precision the source gave: "7 April 2017", "April 2017", "2017". */
final class Dates {

    private Dates() {
    }

    static String human(PartialDate d) {
        if (d == null) {
            return "";
        }
        String month = d.month() == null ? null : Month.of(d.month()).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        if (d.day() != null) {
            return d.day() + " " + month + " " + d.year();
        }
        return month != null ? month + " " + d.year() : Integer.toString(d.year());
    }
}
