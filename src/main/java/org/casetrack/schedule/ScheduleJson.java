package org.casetrack.schedule;

import java.time.LocalDate;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Schedule items as JSON for scripts: ISO dates, windows as from/to. */
public final class ScheduleJson {

    private ScheduleJson() {
    }

    public static String write(List<ScheduleItem> items, LocalDate asOf, int days) {
        JsonMapper m = JsonMapper.shared();
        ObjectNode root = m.createObjectNode();
        root.put("as_of", asOf.toString());
        root.put("days", days);
        ArrayNode arr = root.putArray("items");
        for (ScheduleItem i : items) {
            ObjectNode o = arr.addObject();
            o.put("key", i.key());
            o.put("person", i.personName());
            o.put("person_id", i.personId());
            o.put("case", i.caseTitle());
            o.put("case_id", i.caseId());
            o.put("kind", i.kind().code());
            o.put("title", i.title());
            if (i.due().isExact()) {
                o.put("date", i.due().from().toString());
            } else {
                ObjectNode w = o.putObject("window");
                w.put("from", i.due().from().toString());
                w.put("to", i.due().to().toString());
            }
            o.put("overdue", Upcoming.isOverdue(i, asOf));
            o.put("computed", i.computed());
            o.put("how", i.explanation());
            if (i.rule() != null) {
                ObjectNode r = o.putObject("rule");
                r.put("id", i.rule().id());
                r.put("citation", i.rule().citation());
                r.put("basis", i.rule().basis());
            } else {
                o.putNull("rule");
            }
            o.put("source", i.source());
            o.put("status", i.status().code());
        }
        return m.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }
}
