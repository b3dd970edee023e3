# Nomi accessibili che dicono a quale riga appartiene un campo (issue 12).
layout-weight-of = Peso di { $criterion }
layout-max-score-of = Punteggio massimo di { $criterion }
layout-reason-for = Motivo per { $name }
