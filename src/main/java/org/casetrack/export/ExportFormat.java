package org.casetrack.export;

/** The layouts a case summary letter can be written in. */
public enum ExportFormat {
    DOCX, PDF, MD
}
