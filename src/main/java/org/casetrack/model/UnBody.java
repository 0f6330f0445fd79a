package org.casetrack.model;

/** UN treaty bodies and special procedures that rule on individual cases. */
public enum UnBody implements Coded {
    HRC("Human Rights Committee"),
    CAT("Committee against Torture"),
    CEDAW("Committee on the Elimination of Discrimination against Women"),
    CERD("Committee on the Elimination of Racial Discrimination"),
    CRPD("Committee on the Rights of Persons with Disabilities"),
    CRC("Committee on the Rights of the Child"),
    CESCR("Committee on Economic, Social and Cultural Rights"),
    CED("Committee on Enforced Disappearances"),
    WGAD("Working Group on Arbitrary Detention"),
    OTHER("Other UN body");

    private final String fullName;

    UnBody(String fullName) {
        this.fullName = fullName;
    }

    public String fullName() {
        return fullName;
    }

    @Override
    public String code() {
        return name();
    }
}
