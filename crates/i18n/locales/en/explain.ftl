# Matching runs explained: settings refused, each component on its scale, the binding
# reason of a candidate below their best option, what binds a run.
error-matching-weight = A weight must be a whole number from 0 to 1,000.
error-matching-quota = A quota must be a whole number from 0 to 10,000, or left empty.
error-matching-quota-order = A minimum cannot be above the maximum set for the same country or city.
error-matching-method = Choose the optimal or the stable method.
matching-component-scale = { $value } of { $max }
matching-run-settings = Settings of this run
matching-spread-short = one trainee per host company first
matching-quotas-shown = Quotas
matching-quotas-none = none
matching-constraints-shown = Your decisions on pairs
matching-locks-count = { $count ->
    [one] one pair locked
   *[other] { $count } pairs locked
}
matching-forbids-count = { $count ->
    [one] one pair forbidden
   *[other] { $count } pairs forbidden
}
matching-quota-shown-country-max = at most { $count } from { $name }
matching-quota-shown-country-min = at least { $count } from { $name }
matching-quota-shown-city-max = at most { $count } in { $name }
matching-quota-shown-city-min = at least { $count } in { $name }
matching-why-higher-total = Their best option, { $position }, went to { $other }, whose pair there scores { $score }: the run's total is higher that way.
matching-why-country-quota = The quota for candidates from { $country } is full.
matching-why-city-quota = The quota for { $city } is full.
matching-why-company-cap = { $company } has reached the most trainees its region allows.
matching-why-one-per-host-self = Every host company gets one trainee first: this pair was made in that round, so their best option, { $position }, was not open to them.
matching-why-one-per-host-taken = Every host company gets one trainee first: their best option, { $position }, went to { $other } in that round.
matching-why-locked = You locked this candidate to this position.
matching-why-held-by-lock = You locked { $other } to their best option, { $position }.
matching-why-forbidden = You forbade their best option, { $position }.
matching-why-no-option = No position meets their Italian, education and dates.
matching-why-other = No constraint of the run binds here (in a stable run, the stated rankings decide).
matching-why-counterfactual = There they would score { $gain } more; the run's total would change by { $change }.
matching-why-no-counterfactual = There they would score { $gain } more, but no assignment allows it without changing your decisions.
matching-binding-title = What binds this run
matching-binding-country = the quota for candidates from { $country }
matching-binding-city = the quota for { $city }
matching-binding-company = the cap of { $company }
matching-binding-one-per-host = one trainee per host company first
matching-binding-locks = your locked pairs
matching-binding-forbids = your forbidden pairs
matching-binding-hard-rules = the positions' Italian, education and dates
matching-binding-item = { $count ->
    [one] { $constraint }: keeps one candidate from their best option or from any place
   *[other] { $constraint }: keeps { $count } candidates from their best option or from any place
}
matching-failure-country-min = The minimum for candidates from { $country } cannot be met.
matching-failure-city-min = The minimum for { $city } cannot be met.
matching-failure-locks = Your locked pairs exceed the places or a quota.
