package org.casetrack.ui.app;

import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.casetrack.ui.cases.CaseView;
import org.casetrack.ui.person.PersonView;
import org.casetrack.ui.sources.SourcesView;

/**
 * The main window's state: which view is shown for the current route and which page of
 * the navigation is selected. Page views are built lazily, once; detail views per visit.
 */
public final class MainViewModel {

    private final AppContext ctx;
    private final UiPrefs prefs;
    private final Map<String, View> pages = new HashMap<>();
    private final ReadOnlyObjectWrapper<View> currentView = new ReadOnlyObjectWrapper<>(this, "currentView");
    private final ReadOnlyStringWrapper selectedPage = new ReadOnlyStringWrapper(this, "selectedPage");
    private final ReadOnlyObjectWrapper<Theme> theme = new ReadOnlyObjectWrapper<>(this, "theme");
    private final javafx.beans.property.ReadOnlyIntegerWrapper languageChanges = new javafx.beans.property.ReadOnlyIntegerWrapper(0);

    private final org.casetrack.store.ServerChanges changes;
    private boolean upgradeNoticeClosed;
    private final java.util.concurrent.atomic.AtomicBoolean refreshQueued = new java.util.concurrent.atomic.AtomicBoolean();

    public MainViewModel(AppContext ctx) {
        this.ctx = ctx;
        this.prefs = new UiPrefs(ctx.prefs());
        theme.set(prefs.theme());
        ctx.navigator().currentProperty().addListener((o, a, b) -> show(b));
        // other windows' commits on a server (docs/decisions/0077-live-refresh.md); a file has no other writers
        this.changes = ctx.db() == null ? null : org.casetrack.store.ServerChanges.watch(ctx.db(), tables -> refreshSoon());
    }

    /**
     * Reloads the shown view after another window's commit; notices arriving together make
     * one reload. An open edit form is a dialog with its own values, so it is left as typed.
     */
    private void refreshSoon() {
        if (refreshQueued.compareAndSet(false, true)) {
            javafx.application.Platform.runLater(() -> {
                refreshQueued.set(false);
                View v = currentView.get();
                if (v != null && !ctx.db().isClosed()) {
                    v.onShow();
                }
            });
        }
    }

    /** True when the database is on a server reached without encryption: the window warns all the time. */
    public boolean plainConnection() {
        return ctx.db() != null && ctx.db().server().map(org.casetrack.store.ServerAddress::plain).orElse(false);
    }

    /**
     * When opening this database migrated it: one sentence saying where the copy taken first
     * is, until the user closes it (then never again for this window, also after a change of
     * language). Empty otherwise (docs/decisions/0086-upgrade-notice-in-the-window.md).
     */
    public java.util.Optional<String> upgradeNotice() {
        if (upgradeNoticeClosed || ctx.db() == null) {
            return java.util.Optional.empty();
        }
        return ctx.db().upgradeBackup().map(file -> {
            String name = file.getFileName().toString();
            String key = name.endsWith(".dump") ? "upgrade.noticeDump" : name.endsWith(".json") ? "upgrade.noticeJson" : "upgrade.noticeFile";
            return org.casetrack.ui.common.I18n.tr(key, file.toAbsolutePath().toString());
        });
    }

    public void closeUpgradeNotice() {
        upgradeNoticeClosed = true;
    }

    /** Where the data is, for the status bar and the warning: a file name, or "DATABASE on HOST". */
    public String databaseLabel() {
        return ctx.db() == null ? "" : ctx.db().label();
    }

    /** Stops listening for other windows' changes; the window is closing. */
    public void close() {
        if (changes != null) {
            changes.close();
        }
    }

    /** Opens the page the user had last, or People. */
    public void start() {
        String last = prefs.lastPage(Pages.PEOPLE);
        ctx.navigator().go(Route.page(Pages.byId(last).id()));
    }

    /** Shows the current route again, building its view anew. */
    public void reshow() {
        if (ctx.navigator().current() != null) {
            show(ctx.navigator().current());
        }
    }

    private void show(Route r) {
        View v;
        if (r instanceof Route.PageRoute p) {
            v = page(p.pageId());
            selectedPage.set(p.pageId());
            prefs.saveLastPage(p.pageId());
        } else if (r instanceof Route.PersonRoute p) {
            v = new PersonView(ctx, p.personId());
            selectedPage.set(Pages.PEOPLE);
        } else if (r instanceof Route.CaseRoute c) {
            v = new CaseView(ctx, c.caseId());
            selectedPage.set(Pages.CASES);
        } else if (r instanceof Route.DocumentRoute d) {
            SourcesView sources = (SourcesView) page(Pages.SOURCES);
            sources.viewModel().select(d.documentId(), d.evidenceId());
            v = sources;
            selectedPage.set(Pages.SOURCES);
        } else {
            throw new IllegalStateException(String.valueOf(r));
        }
        currentView.set(v);
        v.onShow();
    }

    public View page(String id) {
        return pages.computeIfAbsent(id, k -> Pages.byId(k).factory().apply(ctx));
    }

    public void openPage(String id) {
        ctx.navigator().go(Route.page(id));
    }

    /** Switches between English and Russian; the window is rebuilt in the new language. */
    public void toggleLanguage() {
        String next = "ru".equals(org.casetrack.ui.common.I18n.locale().getLanguage()) ? "en" : "ru";
        prefs.saveLanguage(next);
        org.casetrack.ui.common.I18n.setLocale(java.util.Locale.forLanguageTag(next));
        languageChanges.set(languageChanges.get() + 1);
    }

    /** Counts language switches; the window rebuilds itself when it changes. */
    public javafx.beans.property.ReadOnlyIntegerProperty languageChangesProperty() {
        return languageChanges.getReadOnlyProperty();
    }

    /** Forgets built pages so they are made again (in a new language). */
    public void rebuildPages() {
        pages.clear();
    }

    public void toggleTheme() {
        Theme t = theme.get().other();
        theme.set(t);
        prefs.saveTheme(t);
    }

    public ReadOnlyObjectProperty<View> currentViewProperty() {
        return currentView.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty selectedPageProperty() {
        return selectedPage.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Theme> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    public AppContext context() {
        return ctx;
    }

    public UiPrefs prefs() {
        return prefs;
    }
}
