# Matching candidates and positions; placements.

nav-placements = Placements
matching-title = Matching: { $call }
matching-summary = { $candidates } shortlisted candidates ({ $placed } already placed) and { $places } places in open positions.
matching-method = Method
method-optimal = Best overall assignment
method-stable = Stable matching (no pair would both rather be together)
matching-spread = Spread across host companies: every company gets one trainee before any gets a second
matching-spread-hint = Two rounds: first the best assignment with one place per company (more where you locked more), then the remaining places are filled with those pairs kept. Applies to the optimal method.
matching-weights = Weights of the score
matching-quotas = Quotas (leave empty for none)
matching-quota-country = Most placements for candidates from { $country }
matching-quota-city = Most placements in { $city }
matching-quota-country-min = Fewest placements for candidates from { $country }
matching-quota-city-min = Fewest placements in { $city }
matching-quotas-hint = Company caps always apply: each company hosts at most what its region allows. Stable matching ignores quotas.
action-run-matching = Run matching
matching-runs = Runs
matching-pairs = Pairs
matching-total = Total score
matching-approved = Approved: the pairs were proposed to the companies.
action-compare = Compare two runs
matching-back = Back to the matching settings
matching-run-title = Matching run
matching-run-summary = { $pairs } pairs, total score { $total }.
action-approve-run = Approve and propose to the companies
matching-approve-hint = Each pair becomes a placement that the company interviews and accepts or declines.
matching-candidate = Candidate
field-position = Position
matching-score = Score
matching-rank = Rank among the candidate's options
matching-rank-of = Option { $rank } of { $count }
matching-locked = locked
action-explain = Why?
matching-alternatives = The candidate's other options, best first:
action-lock = Lock this pair
action-unlock = Unlock
action-forbid = Forbid this pair
matching-unassigned = Candidates without a position
matching-options = { $count ->
    [0] no eligible position
    [one] one eligible position
   *[other] { $count } eligible positions
}
matching-unfilled = Places still free
matching-compare-title = Comparing two runs
matching-delta = Score of B minus score of A: { $delta }.
matching-same = { $count ->
    [one] One pair is in both runs.
   *[other] { $count } pairs are in both runs.
}
matching-only-a = Only in A
matching-only-b = Only in B
component-occupation = Occupation
component-skills = Skills
component-language = Italian
component-education = Education
component-city = City preference
component-sector = Sector preference
component-availability = Availability
error-matching-failed = The matching could not be computed: { $reason }
error-matching-infeasible = No assignment satisfies these constraints.
error-matching-limit = These quotas are too hard to prove the best assignment in reasonable time: loosen a minimum or a crossing quota and run again.
error-matching-constraint = Unknown choice for this pair.

placements-title = Placements
placements-proposed = { $count ->
    [0] No new proposal: every candidate of this run already has a placement.
    [one] One placement proposed to its company.
   *[other] { $count } placements proposed to the companies.
}
placements-count = { $count ->
    [one] One placement
   *[other] { $count } placements
}
placements-italian = Italian
placements-experience = Experience
placement-status-proposed = Proposed
placement-status-interview = Interview planned
placement-status-accepted = Accepted by the company
placement-status-declined = Declined by the company
placement-action-interview = Plan an interview
placement-action-accepted = Accept
placement-action-declined = Decline
error-placement-status = Unknown status.
nav-matching = Matching
ranking-company-title = Rank the candidates for this position
ranking-company-intro = Optional. These shortlisted candidates meet the position's requirements; they are shown without names, as the matching will consider them. Number your preferences from 1; leave empty those you do not rank. When the coordinator runs a stable matching, your order is used.
ranking-candidate-title = Rank the traineeship positions
ranking-candidate-intro = Optional. Number the positions you prefer from 1; leave the others empty. When the coordinator runs a stable matching, your order is used.
ranking-rank = Your rank
ranking-option = Option
action-rank = Rank candidates
action-rank-positions = Rank the positions
error-ranking-number = A rank is a whole number from 1.
error-ranking-repeated = Each rank can be used only once.
