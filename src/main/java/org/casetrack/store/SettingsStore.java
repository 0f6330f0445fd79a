package org.casetrack.store;

import static org.casetrack.store.generated.Tables.APP_SETTING;

import java.util.Base64;
import java.util.Optional;
import org.casetrack.model.Letterhead;
import org.jooq.DSLContext;

/**
 * Settings stored in the database itself (not in Java preferences): they travel with the
 * encrypted file and are never written to the user's home. For now: the letterhead.
 */
public final class SettingsStore {

    static final String ORGANISATION = "letterhead.organisation";
    static final String ADDRESS = "letterhead.address";
    static final String LOGO = "letterhead.logo";
    /** Bigger logos are refused: a letterhead image is a few kilobytes. */
    public static final int MAX_LOGO_BYTES = 1_000_000;

    private final DSLContext ctx;

    public SettingsStore(DSLContext ctx) {
        this.ctx = ctx;
    }

    public Optional<String> get(String name) {
        return ctx.select(APP_SETTING.SETTING_VALUE).from(APP_SETTING).where(APP_SETTING.SETTING_KEY.eq(name)).fetchOptional(APP_SETTING.SETTING_VALUE);
    }

    /** Every setting, by key: for the JSON export. */
    public java.util.Map<String, String> all() {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        ctx.selectFrom(APP_SETTING).fetch().forEach(r -> out.put(r.getSettingKey(), r.getSettingValue()));
        return out;
    }

    /** Sets a value; null or blank removes it. */
    public void put(String name, String value) {
        ctx.deleteFrom(APP_SETTING).where(APP_SETTING.SETTING_KEY.eq(name)).execute();
        if (value != null && !value.isBlank()) {
            ctx.insertInto(APP_SETTING, APP_SETTING.SETTING_KEY, APP_SETTING.SETTING_VALUE).values(name, value).execute();
        }
    }

    public Letterhead letterhead() {
        byte[] logo = get(LOGO).map(s -> Base64.getDecoder().decode(s)).orElse(null);
        return new Letterhead(get(ORGANISATION).orElse(""), get(ADDRESS).orElse(""), logo);
    }

    public void saveLetterhead(Letterhead l) {
        byte[] logo = l.logo();
        if (logo != null && logo.length > MAX_LOGO_BYTES) {
            throw new StoreException(StoreException.Kind.INVALID, "The logo is larger than 1 MB; use a smaller image.");
        }
        put(ORGANISATION, l.organisation());
        put(ADDRESS, l.address());
        put(LOGO, logo == null ? null : Base64.getEncoder().encodeToString(logo));
    }
}
