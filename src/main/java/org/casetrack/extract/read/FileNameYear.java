package org.casetrack.extract.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year a file's name gives ("yalta-verdict-2019.txt"), for a report whose text names no
 * year at all: press releases often date events only by weekday and month ("on Tuesday,
 * 12 November"). Used only when the text yields no year (docs/decisions/0112).
 */
final class FileNameYear {

    private static final Pattern YEAR = Pattern.compile("(?<![0-9])(19[5-9][0-9]|20[0-9][0-9])(?![0-9])");

    private FileNameYear() {
    }

    /** The one year in the name (without its extension), or null when there is none or more than one. */
    static Integer of(String fileName) {
        if (fileName == null) {
            return null;
        }
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        String stem = fileName.substring(slash + 1);
        int dot = stem.lastIndexOf('.');
        if (dot > 0) {
            stem = stem.substring(0, dot);
        }
        Matcher m = YEAR.matcher(stem);
        Integer found = null;
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            if (found != null && found != year) {
                return null; // "2019-2021 overview": no single year
            }
            found = year;
        }
        return found;
    }
}
