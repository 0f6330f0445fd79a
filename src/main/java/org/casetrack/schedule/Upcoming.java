package org.casetrack.schedule;

import java.time.LocalDate;
import java.util.List;

/** Picks the items a user should see: open items due in the next N days, and overdue ones. */
public final class Upcoming {

    private Upcoming() {
    }

    /** True when an open item's whole date lies before asOf. A window is overdue only once it has closed. */
    public static boolean isOverdue(ScheduleItem item, LocalDate asOf) {
        return item.isOpen() && item.due().to().isBefore(asOf);
    }

    /** How far back overdue items are shown by default: older ones are usually history, not work. */
    public static final int DEFAULT_OVERDUE_DAYS = 365;

    /** Open items due from asOf to asOf + days (windows that overlap count), plus all overdue ones when asked. */
    public static List<ScheduleItem> select(List<ScheduleItem> items, LocalDate asOf, int days, boolean includeOverdue) {
        return select(items, asOf, days, includeOverdue ? Integer.MAX_VALUE : 0);
    }

    /**
     * Open items due from asOf to asOf + days, plus overdue items whose date (or window)
     * ended at most overdueDays before asOf (0: none).
     */
    public static List<ScheduleItem> select(List<ScheduleItem> items, LocalDate asOf, int days, int overdueDays) {
        if (days < 0 || overdueDays < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
        LocalDate end = asOf.plusDays(days);
        LocalDate oldest = overdueDays == Integer.MAX_VALUE ? LocalDate.MIN : asOf.minusDays(overdueDays);
        return items.stream()
                .filter(ScheduleItem::isOpen)
                .filter(i -> i.due().overlaps(asOf, end) || (isOverdue(i, asOf) && !i.due().to().isBefore(oldest)))
                .sorted(DeadlineEngine.ORDER)
                .toList();
    }

    /** Open items with a day from asOf to the Sunday of asOf's ISO week (the badge count). */
    public static long dueThisWeek(List<ScheduleItem> items, LocalDate asOf) {
        LocalDate sunday = asOf.with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.SUNDAY));
        return items.stream().filter(ScheduleItem::isOpen).filter(i -> i.due().overlaps(asOf, sunday)).count();
    }
}
