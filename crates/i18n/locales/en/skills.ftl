# ESCO in the reader's language, and skills in the candidate's own words (issue 12).
skills-hint-own-words = Found no ESCO term? Write the skill or occupation in your own words: it is kept, and the programme staff will match it to ESCO. At most { $items } in your own words, { $chars } characters each.
skills-own-words-title = Described in your words
skills-free-title = Described in the candidate's words
skills-kind-occupation = Occupation
skills-kind-skill = Skill
skills-field-map = ESCO concept
skills-action-map = Map to ESCO
skills-mapped-to = mapped to { $concept }
skills-map-question = Map this description to ESCO?
skills-map-words = In the candidate's words: { $text }
skills-map-concept = ESCO concept: { $concept }
skills-map-hint = The concept is added to the application; the candidate's words are kept beside it.
skills-error-free-too-long = A description in your own words has more than 200 characters: shorten it.
skills-error-free-too-many = At most 10 skills and occupations in your own words: choose ESCO suggestions for the others or leave some out.
skills-error-no-concept = Choose an ESCO concept from the suggestions.
skills-error-already-mapped = This description was mapped to ESCO already.
flash-free-skill-mapped = The description was mapped to ESCO.
task-map-free-skills = { $count ->
    [one] 1 application with skills in the candidate's words to map to ESCO
   *[other] { $count } applications with skills in the candidate's words to map to ESCO
}
