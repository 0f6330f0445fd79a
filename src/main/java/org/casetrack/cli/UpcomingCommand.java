package org.casetrack.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.casetrack.schedule.IcsExport;
import org.casetrack.schedule.ScheduleItem;
import org.casetrack.schedule.ScheduleJson;
import org.casetrack.schedule.ScheduleService;
import org.casetrack.schedule.Upcoming;
import org.casetrack.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Lists deadlines, hearings and projected releases due soon, and overdue ones. */
@Command(name = "upcoming", description = "List deadlines, hearings and releases due soon (and overdue ones).")
public final class UpcomingCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions db;

    @Spec
    CommandSpec spec;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Count from this day instead of today.")
    String asOf;

    @Option(names = "--days", paramLabel = "N", defaultValue = "30", description = "How many days ahead (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--overdue-days", paramLabel = "N", description = "Show overdue items up to N days old (default 365; 'all' for every one).")
    String overdueDays;

    @Option(names = "--include-confidential", description = "Also write items about confidential records to --json and --ics output.")
    boolean includeConfidential;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Option(names = "--ics", paramLabel = "FILE", description = "Also write the items to an iCalendar file.")
    Path ics;

    @Override
    public Integer call() {
        LocalDate from;
        try {
            from = asOf == null ? LocalDate.now() : LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            throw new UserError("--as-of needs a day written YYYY-MM-DD, not \"" + asOf + "\".");
        }
        if (days < 0 || days > 3660) {
            throw new UserError("--days must be between 0 and 3660.");
        }
        int overdue;
        if (overdueDays == null) {
            overdue = Upcoming.DEFAULT_OVERDUE_DAYS;
        } else if (overdueDays.equalsIgnoreCase("all")) {
            overdue = Integer.MAX_VALUE;
        } else {
            try {
                overdue = Integer.parseInt(overdueDays.strip());
            } catch (NumberFormatException e) {
                overdue = -1;
            }
            if (overdue < 0) {
                throw new UserError("--overdue-days needs a number of days or 'all', not \"" + overdueDays + "\".");
            }
        }
        List<ScheduleItem> items;
        try (Database d = db.open()) {
            items = new ScheduleService(d).upcoming(from, days, overdue);
        }
        PrintWriter out = spec.commandLine().getOut();
        // files and JSON leave the encrypted database: items about confidential records stay out unless asked for
        List<ScheduleItem> shareable = includeConfidential ? items : items.stream().filter(i -> !i.confidential()).toList();
        if (ics != null) {
            try {
                org.casetrack.store.PrivateFiles.write(ics, org.casetrack.model.SafeText.neutralise(IcsExport.write(shareable)).getBytes(StandardCharsets.UTF_8), true);
            } catch (IOException e) {
                throw new UserError("Cannot write the calendar file " + ics + ".");
            }
        }
        if (json) {
            out.println(ScheduleJson.write(shareable, from, days));
        } else {
            if (items.isEmpty()) {
                out.println("Nothing due in the " + days + " days from " + from + ", and nothing overdue.");
            }
            for (ScheduleItem i : items) {
                String date = i.due().isExact() ? i.due().from().toString() : i.due().from() + " to " + i.due().to();
                out.printf("%-24s %-9s %-28s %s%n    %s%n    key: %s%n", date, Upcoming.isOverdue(i, from) ? "OVERDUE" : "",
                        i.personName() == null ? "" : i.personName(), i.title(), i.explanation(), i.key());
            }
            if (ics != null) {
                out.println("Wrote " + shareable.size() + " calendar events to " + ics
                        + (shareable.size() < items.size() ? " (" + (items.size() - shareable.size()) + " about confidential records left out)" : ""));
            }
        }
        return 0;
    }
}
