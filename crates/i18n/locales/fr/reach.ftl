# Portée des écritures et évaluation anonyme (issue 10).

error-reference-unknown = Choisissez l’une des options proposées : celle-ci est inconnue ou ne vous est pas accessible.
