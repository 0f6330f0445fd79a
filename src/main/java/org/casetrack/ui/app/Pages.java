package org.casetrack.ui.app;

import java.util.List;
import org.casetrack.ui.cases.CasesView;
import org.casetrack.ui.people.PeopleView;
import org.casetrack.ui.placeholder.PlaceholderView;
import org.casetrack.ui.sources.SourcesView;
import org.casetrack.ui.timeline.TimelineView;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * The navigation, in order; Ctrl+1 opens the first. To add a page, add a line here.
 * Upcoming and Import are built elsewhere: replace their placeholder factories when they land.
 */
public final class Pages {

    public static final String PEOPLE = "people";
    public static final String CASES = "cases";
    public static final String TIMELINE = "timeline";
    public static final String UPCOMING = "upcoming";
    public static final String SOURCES = "sources";
    public static final String IMPORT = "import";

    private static final List<PageSpec> ALL = List.of(
            new PageSpec(PEOPLE, "page.people", MaterialDesignA.ACCOUNT_MULTIPLE, PeopleView::new),
            new PageSpec(CASES, "page.cases", MaterialDesignB.BRIEFCASE, CasesView::new),
            new PageSpec(TIMELINE, "page.timeline", MaterialDesignT.TIMELINE_TEXT, TimelineView::new),
            new PageSpec(UPCOMING, "page.upcoming", MaterialDesignC.CALENDAR_CLOCK,
                    ctx -> new PlaceholderView("page.upcoming", "placeholder.upcoming", MaterialDesignC.CALENDAR_CLOCK)),
            new PageSpec(SOURCES, "page.sources", MaterialDesignF.FILE_DOCUMENT_MULTIPLE, SourcesView::new),
            new PageSpec(IMPORT, "page.import", MaterialDesignI.IMPORT,
                    ctx -> new PlaceholderView("page.import", "placeholder.import", MaterialDesignI.IMPORT)));

    private Pages() {
    }

    public static List<PageSpec> all() {
        return ALL;
    }

    public static PageSpec byId(String id) {
        return ALL.stream().filter(p -> p.id().equals(id)).findFirst().orElse(ALL.get(0));
    }
}
