package org.casetrack.ui.app;

import java.util.function.Function;
import org.kordamp.ikonli.Ikon;

/**
 * One entry of the navigation: its id (also the screenshot and preference name), the key
 * of its title, its icon and how to build its view. Add a page by adding a spec to {@link Pages}.
 */
public record PageSpec(String id, String titleKey, Ikon icon, Function<AppContext, View> factory) {
}
