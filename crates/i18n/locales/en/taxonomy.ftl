# The ESCO taxonomy: pickers and links.
taxonomy-occupation-hint = Start typing and choose an ESCO occupation to link the position to it and fill in its ISCO code; any other text is kept as written.
taxonomy-esco-entry = ESCO entry
taxonomy-skills-hint = Separate skills with commas; ESCO skills are suggested as you type.
