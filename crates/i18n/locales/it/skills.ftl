# ESCO nella lingua di chi legge, e competenze con le parole del candidato (issue 12).
skills-hint-own-words = Nessun termine ESCO adatto? Scrivi la competenza o la professione con parole tue: viene conservata e lo staff del programma la collegherà a ESCO. Al massimo { $items } con parole tue, di { $chars } caratteri ciascuna.
skills-own-words-title = Descritte con parole tue
skills-free-title = Descritte con le parole del candidato
skills-kind-occupation = Professione
skills-kind-skill = Competenza
skills-field-map = Concetto ESCO
skills-action-map = Collega a ESCO
skills-mapped-to = collegata a { $concept }
skills-map-question = Collegare questa descrizione a ESCO?
skills-map-words = Con le parole del candidato: { $text }
skills-map-concept = Concetto ESCO: { $concept }
skills-map-hint = Il concetto viene aggiunto alla candidatura; le parole del candidato restano accanto.
skills-error-free-too-long = Una descrizione con parole tue supera i 200 caratteri: accorciala.
skills-error-free-too-many = Al massimo 10 competenze e professioni con parole tue: per le altre scegli i suggerimenti ESCO o toglile.
skills-error-no-concept = Scegli un concetto ESCO tra i suggerimenti.
skills-error-already-mapped = Questa descrizione è già stata collegata a ESCO.
flash-free-skill-mapped = La descrizione è stata collegata a ESCO.
task-map-free-skills = { $count ->
    [one] 1 candidatura con competenze descritte dal candidato da collegare a ESCO
   *[other] { $count } candidature con competenze descritte dal candidato da collegare a ESCO
}
