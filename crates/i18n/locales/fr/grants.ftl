# Appels à projets après le retour (issue 15) : l'appel, ses conditions, les candidatures.
grant-error-currency = Indiquez la devise par son code de trois lettres, par exemple EUR.
grant-error-fund = Indiquez le fonds comme un montant supérieur à zéro.
grant-error-bounds = La subvention minimale doit être supérieure à zéro et ne pas dépasser la maximale, et la maximale ne pas dépasser le fonds.
grant-error-threshold = Le seuil de qualité est un nombre de points de 0 à 100.
grant-error-types = Admettez au moins un type de projet.
grant-error-origins = Admettez les projets présentés depuis l'Italie, depuis le pays d'origine, ou les deux.
grant-error-criteria = Indiquez entre un et dix critères, chacun avec un nom et un poids supérieur à zéro.
grant-error-weights = Les poids des critères doivent totaliser 100.
grant-error-shares = Chaque quote-part nomme une seule fois un groupe du type choisi, avec un plafond supérieur à zéro et ne dépassant pas le fonds.
grant-error-moved = Cette candidature a changé entre-temps. Regardez-la à nouveau avant de continuer.
