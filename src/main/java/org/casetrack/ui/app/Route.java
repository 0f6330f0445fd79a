package org.casetrack.ui.app;

/** Where the main window is: a top-level page, or one person, case or document. */
public sealed interface Route {

    record PageRoute(String pageId) implements Route {
    }

    record PersonRoute(long personId) implements Route {
    }

    record CaseRoute(long caseId) implements Route {
    }

    /** A document, optionally scrolled to one evidence span. */
    record DocumentRoute(long documentId, Long evidenceId) implements Route {
    }

    static Route page(String id) {
        return new PageRoute(id);
    }

    static Route person(long id) {
        return new PersonRoute(id);
    }

    static Route caseFile(long id) {
        return new CaseRoute(id);
    }

    static Route document(long id, Long evidenceId) {
        return new DocumentRoute(id, evidenceId);
    }
}
