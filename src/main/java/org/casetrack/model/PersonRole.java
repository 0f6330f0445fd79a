package org.casetrack.model;

/** What a person is known for; a person may have several. */
public enum PersonRole implements Coded {
    ACTIVIST, JOURNALIST, TRADE_UNIONIST, HUMAN_RIGHTS_DEFENDER, LAWYER, RELIGIOUS_BELIEVER, BLOGGER, POLITICIAN, OTHER
}
