# The people a case is given (issue 14).
duty-company_tutor = Company tutor
duty-promoter_tutor = Promoter's tutor
duty-mediator = Cultural mediator
duty-mentor = Mentor
case-people-title = People
case-people-none = Nobody yet
case-people-assign = Assign
case-people-remove = Remove
case-people-choose = Choose a person
case-people-error-holder = This person cannot hold this duty on this case.
case-people-back = Back to the case
case-people-open = Tutors, mediator and mentor
flash-case-people-assigned = Person assigned.
flash-case-people-removed = Assignment removed.
