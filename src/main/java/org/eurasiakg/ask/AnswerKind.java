package org.eurasiakg.ask;

/** What kind of answer a question's first words ask for ("when" a date, "how many" a count, …). */
enum AnswerKind {
    THING, AGENT, PLACE, DATE, COUNT, QUANTITY, DURATION, REASON, KIND, STATUS,
    /** Not a kind of answer: an auxiliary or wh-word left out when matching the lexicon. */
    IGNORE
}
