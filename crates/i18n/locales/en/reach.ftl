# Reach of writes and blind review (issue 10).

# A form or API field names a record that does not exist or is beyond the person's reach.
error-reference-unknown = Choose one of the options offered: this one is unknown or not yours to use.
