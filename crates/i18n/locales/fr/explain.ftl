# Appariements expliqués : réglages refusés, chaque composante sur son échelle, la
# contrainte qui éloigne un candidat de sa meilleure option, ce qui contraint une exécution.
error-matching-weight = Un poids doit être un nombre entier de 0 à 1 000.
error-matching-quota = Un quota doit être un nombre entier de 0 à 10 000, ou rester vide.
error-matching-quota-order = Un minimum ne peut pas dépasser le maximum fixé pour le même pays ou la même ville.
error-matching-method = Choisissez la méthode optimale ou la méthode stable.
matching-component-scale = { $value } sur { $max }
matching-run-settings = Réglages de cette exécution
matching-spread-short = d'abord un stagiaire par entreprise d'accueil
matching-quotas-shown = Quotas
matching-quotas-none = aucun
matching-constraints-shown = Vos décisions sur les paires
matching-locks-count = { $count ->
    [one] une paire verrouillée
   *[other] { $count } paires verrouillées
}
matching-forbids-count = { $count ->
    [one] une paire interdite
   *[other] { $count } paires interdites
}
matching-quota-shown-country-max = au plus { $count } de { $name }
matching-quota-shown-country-min = au moins { $count } de { $name }
matching-quota-shown-city-max = au plus { $count } à { $name }
matching-quota-shown-city-min = au moins { $count } à { $name }
matching-why-higher-total = Sa meilleure option, { $position }, est allée à { $other }, dont la paire y vaut { $score } : le total de l'exécution est plus élevé ainsi.
matching-why-country-quota = Le quota des candidats de { $country } est atteint.
matching-why-city-quota = Le quota de { $city } est atteint.
matching-why-company-cap = { $company } a atteint le nombre maximal de stagiaires que sa région autorise.
matching-why-one-per-host-self = Chaque entreprise d'accueil reçoit d'abord un stagiaire : cette paire a été formée lors de ce tour, sa meilleure option, { $position }, ne lui était donc pas ouverte.
matching-why-one-per-host-taken = Chaque entreprise d'accueil reçoit d'abord un stagiaire : sa meilleure option, { $position }, est allée à { $other } lors de ce tour.
matching-why-locked = Vous avez verrouillé ce candidat sur ce poste.
matching-why-held-by-lock = Vous avez verrouillé { $other } sur sa meilleure option, { $position }.
matching-why-forbidden = Vous avez interdit sa meilleure option, { $position }.
matching-why-no-option = Aucun poste ne correspond à son italien, à ses études et à ses dates.
matching-why-other = Aucune contrainte de l'exécution n'agit ici (dans une exécution stable, les préférences déclarées décident).
matching-why-counterfactual = Là, son score serait supérieur de { $gain } ; le total de l'exécution changerait de { $change }.
matching-why-no-counterfactual = Là, son score serait supérieur de { $gain }, mais aucune affectation ne le permet sans changer vos décisions.
matching-binding-title = Ce qui contraint cette exécution
matching-binding-country = le quota des candidats de { $country }
matching-binding-city = le quota de { $city }
matching-binding-company = le plafond de { $company }
matching-binding-one-per-host = d'abord un stagiaire par entreprise d'accueil
matching-binding-locks = vos paires verrouillées
matching-binding-forbids = vos paires interdites
matching-binding-hard-rules = les exigences d'italien, d'études et de dates des postes
matching-binding-item = { $count ->
    [one] { $constraint } : éloigne un candidat de sa meilleure option ou de toute place
   *[other] { $constraint } : éloigne { $count } candidats de leur meilleure option ou de toute place
}
matching-failure-country-min = Le minimum pour les candidats de { $country } ne peut pas être atteint.
matching-failure-city-min = Le minimum pour { $city } ne peut pas être atteint.
matching-failure-locks = Vos paires verrouillées dépassent les places ou un quota.
