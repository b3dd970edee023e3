# Appariement des candidats et des offres de stage ; placements.

nav-placements = Placements
matching-title = Appariement : { $call }
matching-summary = Candidats présélectionnés : { $candidates } (dont déjà placés : { $placed }) ; places dans les offres ouvertes : { $places }.
matching-method = Méthode
method-optimal = Meilleure affectation globale
method-stable = Appariement stable (aucun candidat et aucune offre ne se préféreraient mutuellement à leur affectation)
matching-spread = Répartir entre les entreprises d'accueil : chaque entreprise reçoit un stagiaire avant qu'une autre n'en reçoive un deuxième
matching-spread-hint = Deux tours : d'abord la meilleure affectation avec une place par entreprise (davantage là où vous en avez verrouillé plus), puis les places restantes sont pourvues en conservant ces paires. S'applique à la méthode optimale.
matching-weights = Pondérations du score
matching-quotas = Quotas (laisser vide pour n'en fixer aucun)
matching-quota-country = Nombre maximal de placements pour les candidats du pays { $country }
matching-quota-city = Nombre maximal de placements à { $city }
matching-quota-country-min = Nombre minimal de placements pour les candidats du pays { $country }
matching-quota-city-min = Nombre minimal de placements à { $city }
matching-quotas-hint = Les plafonds des entreprises s'appliquent toujours : chaque entreprise accueille au maximum ce que sa région autorise. L'appariement stable ne tient pas compte des quotas.
action-run-matching = Lancer l'appariement
matching-runs = Calculs
matching-pairs = Paires
matching-total = Score total
matching-approved = Approuvé : les paires ont été proposées aux entreprises.
action-compare = Comparer deux calculs
matching-back = Retour aux paramètres de l'appariement
matching-run-title = Calcul d'appariement
matching-run-summary = Paires : { $pairs } ; score total : { $total }.
action-approve-run = Approuver et proposer aux entreprises
matching-approve-hint = Chaque paire devient un placement : l'entreprise fait passer un entretien au candidat, puis accepte ou refuse le placement.
matching-candidate = Candidat
field-position = Offre de stage
matching-score = Score
matching-rank = Rang parmi les options du candidat
matching-rank-of = Option { $rank } sur { $count }
matching-locked = verrouillée
action-explain = Pourquoi ?
matching-alternatives = Les autres options du candidat, de la meilleure à la moins bonne :
action-lock = Verrouiller cette paire
action-unlock = Déverrouiller
action-forbid = Interdire cette paire
matching-unassigned = Candidats sans offre de stage
matching-options = { $count ->
    [0] aucune offre éligible
    [one] une offre éligible
   *[other] { $count } offres éligibles
}
matching-unfilled = Places encore libres
matching-compare-title = Comparaison de deux calculs
matching-delta = Score de B moins score de A : { $delta }.
matching-same = { $count ->
    [one] { $count } paire figure dans les deux calculs.
   *[other] { $count } paires figurent dans les deux calculs.
}
matching-only-a = Uniquement dans A
matching-only-b = Uniquement dans B
component-occupation = Métier
component-skills = Compétences
component-language = Italien
component-education = Études
component-city = Préférence de ville
component-sector = Préférence de secteur
component-availability = Disponibilité
error-matching-failed = L'appariement n'a pas pu être calculé : { $reason }
error-matching-infeasible = Aucune affectation ne respecte ces contraintes.
error-matching-limit = Avec ces quotas, la meilleure affectation ne peut pas être prouvée en un temps raisonnable : assouplissez un minimum ou un quota croisé et relancez.
error-matching-constraint = Choix inconnu pour cette paire.

placements-title = Placements
placements-proposed = { $count ->
    [0] Aucune nouvelle proposition : chaque candidat de ce calcul a déjà un placement.
    [one] Un placement a été proposé à son entreprise.
   *[other] { $count } placements ont été proposés aux entreprises.
}
placements-count = { $count ->
    [one] Un placement
   *[other] { $count } placements
}
placements-italian = Italien
placements-experience = Expérience
placement-status-proposed = Proposé
placement-status-interview = Entretien prévu
placement-status-accepted = Accepté par l'entreprise
placement-status-declined = Refusé par l'entreprise
placement-action-interview = Planifier un entretien
placement-action-accepted = Accepter
placement-action-declined = Refuser
error-placement-status = Statut inconnu.
nav-matching = Appariement
ranking-company-title = Classer les candidats pour ce poste
ranking-company-intro = Facultatif. Ces candidats présélectionnés remplissent les conditions du poste ; ils sont présentés sans nom, comme l’appariement les considère. Numérotez vos préférences à partir de 1 ; laissez vides ceux que vous ne classez pas. Lorsque la coordination lance un appariement stable, votre ordre est utilisé.
ranking-candidate-title = Classer les postes de stage
ranking-candidate-intro = Facultatif. Numérotez à partir de 1 les postes que vous préférez ; laissez les autres vides. Lorsque la coordination lance un appariement stable, votre ordre est utilisé.
ranking-rank = Votre rang
ranking-option = Option
action-rank = Classer les candidats
action-rank-positions = Classer les postes
error-ranking-number = Un rang est un nombre entier à partir de 1.
error-ranking-repeated = Chaque rang ne peut être utilisé qu’une fois.
