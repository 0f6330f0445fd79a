package org.casetrack.ui.app;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Navigation as state: views never reference each other, they ask the navigator to go
 * somewhere and the main window shows it. Keeps a back history.
 */
public final class Navigator {

    private final ReadOnlyObjectWrapper<Route> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(this, "canGoBack", false);
    private final Deque<Route> history = new ArrayDeque<>();

    public void go(Route route) {
        Route now = current.get();
        if (route.equals(now)) {
            return;
        }
        if (now != null) {
            history.push(now);
            if (history.size() > 100) {
                history.removeLast();
            }
        }
        current.set(route);
        canGoBack.set(!history.isEmpty());
    }

    public void back() {
        if (!history.isEmpty()) {
            current.set(history.pop());
            canGoBack.set(!history.isEmpty());
        }
    }

    public ReadOnlyObjectProperty<Route> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public Route current() {
        return current.get();
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }
}
