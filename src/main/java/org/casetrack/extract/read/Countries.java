package org.casetrack.extract.read;

import java.util.List;

/** Country names, for a report's country and for telling places from people. */
public final class Countries {

    private Countries() {
    }

    /** Countries and their common short forms, for the chapter's country. */
    public static final List<String> NAMES = List.of(
            "Afghanistan", "Albania", "Algeria", "Angola", "Argentina", "Armenia", "Australia", "Austria",
            "Azerbaijan", "Bahrain", "Bangladesh", "Belarus", "Belgium", "Bolivia", "Bosnia and Herzegovina",
            "Brazil", "Bulgaria", "Burma", "Myanmar", "Burundi", "Cambodia", "Cameroon", "Canada", "Chad", "Chile",
            "China", "Colombia", "Croatia", "Cuba", "Cyprus", "Czech Republic", "Denmark", "Ecuador", "Egypt",
            "Eritrea", "Estonia", "Ethiopia", "Finland", "France", "Georgia", "Germany", "Greece", "Guatemala",
            "Guinea", "Haiti", "Honduras", "Hungary", "India", "Indonesia", "Iran", "Iraq", "Ireland", "Israel",
            "Italy", "Japan", "Jordan", "Kazakhstan", "Kenya", "Kosovo", "Kuwait", "Kyrgyzstan", "Laos", "Latvia",
            "Lebanon", "Libya", "Lithuania", "Malaysia", "Mali", "Mexico", "Moldova", "Mongolia", "Montenegro",
            "Morocco", "Mozambique", "Nepal", "Netherlands", "Nicaragua", "Niger", "Nigeria", "North Korea",
            "Norway", "Oman", "Pakistan", "Palestine", "Peru", "Philippines", "Poland", "Portugal", "Qatar",
            "Romania", "Russia", "Russian Federation", "Rwanda", "Saudi Arabia", "Serbia", "Singapore", "Slovakia",
            "Somalia", "South Africa", "South Korea", "South Sudan", "Spain", "Sri Lanka", "Sudan", "Sweden",
            "Switzerland", "Syria", "Tajikistan", "Tanzania", "Thailand", "Tunisia", "Turkey", "Turkmenistan",
            "Uganda", "Ukraine", "United Arab Emirates", "United Kingdom", "United States", "Uzbekistan",
            "Venezuela", "Vietnam", "Yemen", "Zimbabwe");
}
