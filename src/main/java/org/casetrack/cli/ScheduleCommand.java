package org.casetrack.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.casetrack.dossier.DossierService;
import org.casetrack.export.SummaryExport;
import org.casetrack.model.Coded;
import org.casetrack.model.DeadlineRule;
import org.casetrack.model.ItemKind;
import org.casetrack.model.UserDeadline;
import org.casetrack.schedule.DeadlineRules;
import org.casetrack.schedule.ScheduleService;
import org.casetrack.store.Database;
import org.casetrack.store.PrivateFiles;
import org.casetrack.store.ScheduleStore;
import org.casetrack.model.SafeText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Acting on upcoming items (done, dismiss, entered dates, own items) and the database's deadline rules. */
@Command(name = "schedule", description = "Mark upcoming items done or dismissed, enter dates, add items, manage deadline rules.",
        subcommands = {
            ScheduleCommand.Done.class, ScheduleCommand.Dismiss.class, ScheduleCommand.Reopen.class, ScheduleCommand.SetDate.class,
            ScheduleCommand.Add.class, ScheduleCommand.Rules.class,
        })
public final class ScheduleCommand implements Callable<Integer> {

    /** Lets --db and --passphrase-file stand between 'schedule' and its sub-command too. */
    @Mixin
    DatabaseOptions db;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    static LocalDate day(String s, String what) {
        try {
            LocalDate d = LocalDate.parse(s);
            if (d.getYear() < 1 || d.getYear() > 9999) {
                throw new DateTimeParseException("year out of range", s, 0);
            }
            return d;
        } catch (DateTimeParseException e) {
            throw new UserError(what + " needs a day written YYYY-MM-DD, not \"" + s + "\".");
        }
    }

    /** The lengths of the schedule tables' columns (V10__schedule.sql), checked before anything is written. */
    static final int MAX_NOTE = 2000;
    static final int MAX_TITLE = 500;

    static String limited(String value, int max, String what) {
        if (value != null && value.length() > max) {
            throw new UserError(what + " is " + value.length() + " characters long; at most " + max + " are allowed, and nothing was changed.");
        }
        return value;
    }

    static void requireItem(ScheduleService service, String key) {
        if (service.items().stream().noneMatch(i -> i.key().equals(key))) {
            throw new UserError("No item has the key " + key + "; 'casetrack upcoming --json' lists the keys.");
        }
    }

    abstract static class OnItem implements Callable<Integer> {
        @Mixin
        DatabaseOptions db;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "KEY", description = "The item's key, as 'upcoming' shows it.")
        String key;

        abstract void apply(ScheduleService s);

        abstract String done();

        @Override
        public Integer call() {
            try (Database d = db.open()) {
                ScheduleService s = new ScheduleService(d);
                requireItem(s, key);
                apply(s);
            }
            spec.commandLine().getOut().println(done());
            return 0;
        }
    }

    @Command(name = "done", description = "Mark an item done.")
    static final class Done extends OnItem {
        @Override
        void apply(ScheduleService s) {
            s.markDone(key);
        }

        @Override
        String done() {
            return "Marked done: " + key;
        }
    }

    @Command(name = "dismiss", description = "Dismiss an item (it no longer applies).")
    static final class Dismiss extends OnItem {
        @Override
        void apply(ScheduleService s) {
            s.dismiss(key);
        }

        @Override
        String done() {
            return "Dismissed: " + key;
        }
    }

    @Command(name = "reopen", description = "Open a done or dismissed item again.")
    static final class Reopen extends OnItem {
        @Override
        void apply(ScheduleService s) {
            s.reopen(key);
        }

        @Override
        String done() {
            return "Reopened: " + key;
        }
    }

    @Command(name = "set-date", description = "Enter the real date of an item; it replaces the computed one ('none' removes it).")
    static final class SetDate extends OnItem {
        @Parameters(index = "1", paramLabel = "YYYY-MM-DD|none")
        String date;

        @Option(names = "--note", paramLabel = "TEXT", description = "Why (e.g. 'copy of the verdict handed over on 9 April').")
        String note;

        @Override
        void apply(ScheduleService s) {
            s.enterDate(key, "none".equalsIgnoreCase(date) ? null : day(date, "The date"), limited(note, MAX_NOTE, "The note"));
        }

        @Override
        String done() {
            return "none".equalsIgnoreCase(date) ? "Removed the entered date of " + key : "Entered " + date + " for " + key;
        }
    }

    @Command(name = "add", description = "Add a dated item of your own (a hearing, a visit, a filing).")
    static final class Add implements Callable<Integer> {
        @Mixin
        DatabaseOptions db;

        @Spec
        CommandSpec spec;

        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD")
        String date;

        @Option(names = "--title", required = true, paramLabel = "TEXT")
        String title;

        @Option(names = "--person", paramLabel = "NAME-OR-ID")
        String person;

        @Option(names = "--case", paramLabel = "TITLE-OR-ID")
        String caseRef;

        @Option(names = "--kind", paramLabel = "KIND", defaultValue = "other",
                description = "hearing, appeal_deadline, cassation_deadline, release, un_follow_up or other (default).")
        String kind;

        @Option(names = "--note", paramLabel = "TEXT")
        String note;

        @Override
        public Integer call() {
            LocalDate due = day(date, "--date");
            limited(title, MAX_TITLE, "The title");
            limited(note, MAX_NOTE, "The note");
            ItemKind k;
            try {
                k = Coded.parse(ItemKind.class, kind);
            } catch (IllegalArgumentException e) {
                throw new UserError("Unknown kind " + kind + "; use hearing, appeal_deadline, cassation_deadline, release, un_follow_up or other.");
            }
            long id;
            try (Database d = db.open()) {
                Long personId = person == null ? null : new DossierService(d).resolvePerson(person);
                Long caseId = caseRef == null ? null : new SummaryExport(d).resolveCase(caseRef);
                id = new ScheduleService(d).addUserItem(new UserDeadline(null, personId, caseId, k, due, title, note));
            }
            spec.commandLine().getOut().println("Added user:" + id + " on " + due + ": " + title);
            return 0;
        }
    }

    @Command(name = "rules", description = "List the deadline rules in force; export them to edit, import your own rows, or remove them.")
    static final class Rules implements Callable<Integer> {
        @Mixin
        DatabaseOptions db;

        @Spec
        CommandSpec spec;

        @Option(names = "--export", paramLabel = "FILE", description = "Write the rules in force to a file you can edit.")
        Path exportTo;

        @Option(names = "--import", paramLabel = "FILE", description = "Store the rows of FILE in this database (same id replaces a shipped row).")
        Path importFrom;

        @Option(names = "--remove", paramLabel = "ID", description = "Remove this database's row ID (the shipped row, if any, applies again).")
        String remove;

        @Option(names = "--force", description = "Replace an existing --export file.")
        boolean force;

        @Override
        public Integer call() {
            if (exportTo != null && !force && Files.exists(exportTo)) {
                throw new UserError("The file " + exportTo + " already exists; choose another name or add --force to replace it.");
            }
            try (Database d = db.open()) {
                ScheduleService service = new ScheduleService(d);
                if (importFrom != null) {
                    List<DeadlineRule> rows;
                    try {
                        rows = DeadlineRules.read(importFrom);
                        service.saveRules(rows); // all rows or none
                    } catch (IllegalArgumentException e) {
                        throw new UserError(e.getMessage());
                    }
                    spec.commandLine().getOut().println("Stored " + rows.size() + " rules in this database.");
                }
                if (remove != null) {
                    d.writeVoid(ctx -> new ScheduleStore(ctx).deleteRule(remove));
                    spec.commandLine().getOut().println("Removed this database's rule " + remove + " (if it had one).");
                }
                DeadlineRules rules = service.rules();
                if (exportTo != null) {
                    try {
                        PrivateFiles.write(exportTo, SafeText.escapeInJson(DeadlineRules.toJson(rules.all())).getBytes(StandardCharsets.UTF_8), force);
                    } catch (IOException e) {
                        throw new UserError("Cannot write " + exportTo + ".");
                    }
                    spec.commandLine().getOut().println("Wrote " + rules.all().size() + " rules to " + exportTo);
                }
                if (importFrom == null && remove == null && exportTo == null) {
                    Set<String> own = new ScheduleStore(d.dsl()).rules().stream().map(DeadlineRule::id).collect(Collectors.toSet());
                    for (DeadlineRule r : rules.all()) {
                        spec.commandLine().getOut().printf("%-22s %-12s %-6s %-9s %s%s%n    %s%n", r.id(), r.jurisdiction(), r.period().toIso(),
                                r.enabled() ? "" : "(off)", r.label(), own.contains(r.id()) ? " [this database]" : "", r.basis());
                    }
                }
            }
            return 0;
        }
    }
}
