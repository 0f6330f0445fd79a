package org.casetrack.ui.app;

import java.util.List;
import javafx.scene.Node;
import org.casetrack.ui.importer.ImportWizardView;
import org.casetrack.ui.common.I18n;
import org.casetrack.ui.upcoming.UpcomingView;
import org.casetrack.ui.cases.CasesView;
import org.casetrack.ui.people.PeopleView;
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
 * Upcoming (ui.upcoming) and Import (ui.importer) live in their own packages.
 */
public final class Pages {

    public static final String PEOPLE = "people";
    public static final String CASES = "cases";
    public static final String TIMELINE = "timeline";
    public static final String UPCOMING = "upcoming";
    public static final String SOURCES = "sources";
    public static final String IMPORT = "import";
    public static final String SETTINGS = "settings";

    private static final List<PageSpec> ALL = List.of(
            new PageSpec(PEOPLE, "page.people", MaterialDesignA.ACCOUNT_MULTIPLE, PeopleView::new),
            new PageSpec(CASES, "page.cases", MaterialDesignB.BRIEFCASE, CasesView::new),
            new PageSpec(TIMELINE, "page.timeline", MaterialDesignT.TIMELINE_TEXT, TimelineView::new),
            new PageSpec(UPCOMING, "page.upcoming", MaterialDesignC.CALENDAR_CLOCK, Pages::upcoming),
            new PageSpec(SOURCES, "page.sources", MaterialDesignF.FILE_DOCUMENT_MULTIPLE, SourcesView::new),
            new PageSpec(IMPORT, "page.import", MaterialDesignI.IMPORT, ImportWizardView::new),
            new PageSpec(SETTINGS, "page.settings", MaterialDesignC.COG, org.casetrack.ui.settings.SettingsView::new));

    private Pages() {
    }

    /** The Upcoming page (built in ui.upcoming), opening people and cases through the navigator. */
    private static View upcoming(AppContext ctx) {
        UpcomingView view = UpcomingView.forDatabase(ctx.db(), I18n.locale(),
                id -> ctx.navigator().go(Route.person(id)), id -> ctx.navigator().go(Route.caseFile(id)));
        return new View() {
            private boolean first = true;

            @Override
            public Node root() {
                return view.node();
            }

            @Override
            public boolean isBusy() {
                return view.model().loadingProperty().get();
            }

            @Override
            public void onShow() {
                if (!first) {
                    view.model().refresh();
                }
                first = false;
            }
        };
    }

    public static List<PageSpec> all() {
        return ALL;
    }

    public static PageSpec byId(String id) {
        return ALL.stream().filter(p -> p.id().equals(id)).findFirst().orElse(ALL.get(0));
    }
}
