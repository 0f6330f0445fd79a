package org.casetrack.dataset;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites schedule item keys between database ids ("sentence:12", "person:4") and a data
 * file's own references ("sentence:#3", the fourth sentence of the file; "person:@key"), so
 * that decisions about items survive an export and an import into a fresh database.
 */
public final class ScheduleKeys {

    private static final Pattern DB_REF = Pattern.compile("\\b(sentence|appeal|un_ruling|event|user|person):(\\d+)\\b");
    private static final Pattern FILE_REF = Pattern.compile("\\b(sentence|appeal|un_ruling|event|user):#(\\d+)\\b|\\bperson:@([^:]+)");

    private ScheduleKeys() {
    }

    /** Database key to file key; an id the maps do not know is left as it is. */
    public static String toFile(String key, Map<String, Map<Long, Integer>> positions, Map<Long, String> personKeys) {
        Matcher m = DB_REF.matcher(key);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            long id = Long.parseLong(m.group(2));
            String replacement = m.group();
            if (m.group(1).equals("person")) {
                String k = personKeys.get(id);
                if (k != null) {
                    replacement = "person:@" + k;
                }
            } else {
                Integer pos = positions.getOrDefault(m.group(1), Map.of()).get(id);
                if (pos != null) {
                    replacement = m.group(1) + ":#" + pos;
                }
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** File key to database key, with the ids the import gave; null when a reference is unknown. */
    public static String fromFile(String key, Map<String, List<Long>> newIds, Map<String, Long> personIds) {
        Matcher m = FILE_REF.matcher(key);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            Long id;
            String table;
            if (m.group(3) != null) {
                table = "person";
                id = personIds.get(m.group(3));
            } else {
                table = m.group(1);
                List<Long> ids = newIds.getOrDefault(table, List.of());
                int pos = Integer.parseInt(m.group(2));
                id = pos < ids.size() ? ids.get(pos) : null;
            }
            if (id == null) {
                return null;
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(table + ":" + id));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
