# Noms accessibles qui disent à quelle ligne appartient un champ (issue 12).
layout-weight-of = Poids de { $criterion }
layout-max-score-of = Note maximale de { $criterion }
layout-reason-for = Motif pour { $name }
