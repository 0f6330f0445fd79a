package org.casetrack.model;

/**
 * The sending organisation as every letter shows it at the top: name, postal address
 * (lines separated by newlines) and an optional logo image (PNG or JPEG bytes).
 */
public record Letterhead(String organisation, String address, byte[] logo) {

    public static final Letterhead NONE = new Letterhead("", "", null);

    public Letterhead {
        organisation = organisation == null ? "" : organisation.strip();
        address = address == null ? "" : address.strip();
        logo = logo == null || logo.length == 0 ? null : logo.clone();
    }

    public boolean isEmpty() {
        return organisation.isEmpty() && address.isEmpty() && logo == null;
    }

    @Override
    public byte[] logo() {
        return logo == null ? null : logo.clone();
    }
}
