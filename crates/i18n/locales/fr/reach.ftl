# Portée des écritures et évaluation anonyme (issue 10).

error-reference-unknown = Choisissez l’une des options proposées : celle-ci est inconnue ou ne vous est pas accessible.

blind-review-hidden = Masqué pour l’évaluation anonyme : écrit par une autre personne, ce texte pourrait nommer le candidat.
error-interview-notes-hidden = Les notes de cet entretien ont été rédigées par une autre personne et sont masquées pour l’évaluation anonyme : enregistrez uniquement le score.
