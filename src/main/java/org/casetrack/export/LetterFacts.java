package org.casetrack.export;

import java.util.List;
import java.util.Map;
import org.casetrack.dossier.PersonDossier;
import org.casetrack.model.CaseFile;
import org.casetrack.model.Designation;
import org.casetrack.model.SourceDocument;

/**
 * What a letter is about, unfiltered: one person (caseFile null) or one case with its
 * parties, each with their dossier and designations. {@link FactBlocks} filters confidential content.
 *
 * @param designationDocuments documents cited by designations, by id
 */
public record LetterFacts(CaseFile caseFile, List<PersonFacts> persons, Map<Long, SourceDocument> designationDocuments) {

    public record PersonFacts(PersonDossier dossier, List<Designation> designations) {
    }

    public boolean isCase() {
        return caseFile != null;
    }
}
