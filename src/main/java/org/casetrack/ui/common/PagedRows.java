package org.casetrack.ui.common;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A list read a page at a time in the background (the People and Cases pages): the first page
 * for the latest filter wins over an older one still running, and the next page is read when
 * the list is scrolled near its end.
 */
public final class PagedRows<T> {

    /** The first page for a filter: its rows, whether more follow, how many match (capped), whether the table holds any. */
    public record FirstPage<T>(List<T> rows, boolean more, long total, boolean any) {
    }

    /** Reads up to {@code limit} rows from {@code offset}, in the background. */
    @FunctionalInterface
    public interface PageReader<T> {
        List<T> read(int offset, int limit) throws Exception;
    }

    private final BackgroundRunner runner;
    private final Consumer<Throwable> onError;
    private final int pageSize;
    private final ObservableList<T> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper(0);
    private boolean any;
    private boolean more;
    private boolean loadingMore;
    /** The latest reload's number: written on the FX thread, read by the work it started. */
    private final java.util.concurrent.atomic.AtomicInteger generation = new java.util.concurrent.atomic.AtomicInteger();

    public PagedRows(BackgroundRunner runner, int pageSize, Consumer<Throwable> onError) {
        this.runner = runner;
        this.pageSize = pageSize;
        this.onError = onError;
    }

    /**
     * Reads the first page again (a new filter or order); a later call wins over this one: its
     * answer is dropped, and if it is still waiting for a thread when the later call comes it
     * reads nothing (a burst of keystrokes runs the last one's query, not every one's).
     */
    public void reload(BackgroundRunner.Work<FirstPage<T>> firstPage) {
        int gen = generation.incrementAndGet();
        runner.run(p -> gen != generation.get() ? null : firstPage.run(p), r -> {
            if (r == null || gen != generation.get()) {
                return; // a newer keystroke or filter has been asked for
            }
            any = r.any();
            more = r.more();
            total.set(r.total());
            rows.setAll(r.rows());
            loaded.set(true);
        }, onError);
    }

    /** Reads the page after the rows shown; does nothing when all are shown or a page is on its way. */
    public void loadMore(PageReader<T> reader) {
        if (!more || loadingMore) {
            return;
        }
        loadingMore = true;
        int gen = generation.get();
        int offset = rows.size();
        runner.run(p -> reader.read(offset, pageSize + 1), page -> {
            loadingMore = false;
            if (gen != generation.get()) {
                return;
            }
            more = page.size() > pageSize;
            rows.addAll(page.stream().limit(pageSize).toList());
        }, e -> {
            loadingMore = false;
            onError.accept(e);
        });
    }

    /** A first page from rows read with one extra, which tells whether more follow. */
    public FirstPage<T> firstPage(List<T> readWithOneMore, long total, boolean any) {
        return new FirstPage<>(readWithOneMore.stream().limit(pageSize).toList(), readWithOneMore.size() > pageSize, total, any);
    }

    public ObservableList<T> rows() {
        return rows;
    }

    public boolean hasMore() {
        return more;
    }

    public boolean hasAny() {
        return any;
    }

    public ReadOnlyLongProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }
}
