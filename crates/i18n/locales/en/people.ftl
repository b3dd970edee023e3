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
case-people-assigned = { $duty } assigned.
case-people-removed = { $duty } removed.
case-people-error-holder = This person cannot hold this duty on this case.
