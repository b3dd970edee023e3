# Reach of writes and blind review (issue 10).

# A form or API field names a record that does not exist or is beyond the person's reach.
error-reference-unknown = Choose one of the options offered: this one is unknown or not yours to use.

# Blind review: free text written by someone else is not shown to a reader who sees no names.
blind-review-hidden = Hidden for blind review: written by someone else, it may name the candidate.
error-interview-notes-hidden = Someone else has written this interview's notes, which are hidden for blind review; record the score only.
