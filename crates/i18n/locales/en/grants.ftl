# Calls for proposals after the return (issue 15): the call, its terms, applications.
grant-error-currency = Give the currency as its three-letter code, such as EUR.
grant-error-fund = Give the fund as an amount above zero.
grant-error-bounds = The minimum grant must be above zero and not above the maximum, and the maximum not above the fund.
grant-error-threshold = The quality threshold is a number of points from 0 to 100.
grant-error-types = Allow at least one project type.
grant-error-origins = Allow projects from Italy, from the country of origin, or both.
grant-error-criteria = Give between one and ten criteria, each with a name and a weight above zero.
grant-error-weights = The criteria's weights must add up to 100.
grant-error-shares = Each share names a group of the chosen kind once, with a ceiling above zero and not above the fund.
grant-error-moved = This application changed meanwhile. Look at it again before you go on.
