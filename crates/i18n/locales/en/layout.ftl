# Accessible names that say which row an input belongs to (issue 12: a value must not be
# typed into the wrong box).
layout-weight-of = Weight of { $criterion }
layout-max-score-of = Maximum score of { $criterion }
layout-reason-for = Reason for { $name }
