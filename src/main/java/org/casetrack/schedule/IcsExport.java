package org.casetrack.schedule;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Schedule items as an iCalendar file: one all-day VEVENT per item (a window spans its
 * days), with a UID made from the item's stable key so a calendar that imports the file
 * again updates the event instead of adding a second one.
 */
public final class IcsExport {

    private IcsExport() {
    }

    public static String uid(ScheduleItem item) {
        return item.key().replaceAll("[^A-Za-z0-9:._-]", "_") + "@casetrack";
    }

    public static String summary(ScheduleItem item) {
        String who = item.personName() == null ? "" : item.personName() + ": ";
        return who + item.title() + (item.due().isExact() ? "" : " (due within this window)");
    }

    public static String description(ScheduleItem item) {
        StringBuilder sb = new StringBuilder();
        sb.append(item.explanation()).append('\n');
        if (item.rule() != null) {
            sb.append("Rule: ").append(item.rule().label()).append(" (").append(item.rule().citation()).append(")\n");
        }
        if (item.basis() != null) {
            sb.append("Basis: ").append(item.basis()).append('\n');
        }
        if (item.caseTitle() != null) {
            sb.append("Case: ").append(item.caseTitle()).append('\n');
        }
        sb.append(item.computed() ? "Computed by CaseTrack" : "Entered by a user").append(" from ").append(item.source());
        if (item.note() != null && !item.note().isBlank()) {
            sb.append("\nNote: ").append(item.note());
        }
        return sb.toString();
    }

    public static String write(List<ScheduleItem> items) {
        Calendar cal = new Calendar();
        cal.add(new ProdId("-//CaseTrack//Upcoming dates//EN"));
        cal.add(ImmutableVersion.VERSION_2_0);
        cal.add(ImmutableCalScale.GREGORIAN);
        for (ScheduleItem item : items) {
            VEvent ev = new VEvent(item.due().from(), item.due().to().plusDays(1), summary(item));
            ev.add(new Uid(uid(item)));
            ev.add(new Description(description(item)));
            ev.add(new Categories(item.kind().code()));
            cal.add(ev);
        }
        StringWriter w = new StringWriter();
        try {
            new CalendarOutputter(false).output(cal, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }
}
