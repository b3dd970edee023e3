# Abbinamento tra candidati e posizioni; inserimenti.

nav-placements = Inserimenti
matching-title = Abbinamento: { $call }
matching-summary = Candidati selezionati: { $candidates } (di cui già inseriti: { $placed }); posti nelle posizioni aperte: { $places }.
matching-method = Metodo
method-optimal = Migliore assegnazione complessiva
method-stable = Abbinamento stabile (nessun candidato e nessuna posizione preferirebbero entrambi essere abbinati tra loro)
matching-spread = Distribuisci tra le aziende ospitanti: ogni azienda riceve un tirocinante prima che un'altra ne riceva un secondo
matching-spread-hint = Due turni: prima il miglior abbinamento con un posto per azienda (di più dove ne hai bloccati di più), poi i posti rimanenti vengono assegnati mantenendo quelle coppie. Vale per il metodo ottimale.
matching-weights = Pesi del punteggio
matching-quotas = Quote (lascia vuoto per non fissarne)
matching-quota-country = Numero massimo di inserimenti per candidati residenti in { $country }
matching-quota-city = Numero massimo di inserimenti a { $city }
matching-quota-country-min = Numero minimo di inserimenti per candidati residenti in { $country }
matching-quota-city-min = Numero minimo di inserimenti a { $city }
matching-quotas-hint = I limiti delle aziende si applicano sempre: ogni azienda ospita al massimo quanto consentito dalla sua regione. L'abbinamento stabile non tiene conto delle quote.
action-run-matching = Avvia l'abbinamento
matching-runs = Elaborazioni
matching-pairs = Abbinamenti
matching-total = Punteggio totale
matching-approved = Approvata: gli abbinamenti sono stati proposti alle aziende.
action-compare = Confronta due elaborazioni
matching-back = Torna alle impostazioni dell'abbinamento
matching-run-title = Elaborazione dell'abbinamento
matching-run-summary = Abbinamenti: { $pairs }; punteggio totale: { $total }.
action-approve-run = Approva e proponi alle aziende
matching-approve-hint = Ogni abbinamento diventa una proposta di inserimento: l'azienda svolge un colloquio con il candidato e la accetta o la rifiuta.
matching-candidate = Candidato
field-position = Posizione
matching-score = Punteggio
matching-rank = Ordine tra le opzioni del candidato
matching-rank-of = Opzione { $rank } di { $count }
matching-locked = bloccato
action-explain = Perché?
matching-alternatives = Le altre opzioni del candidato, dalla migliore:
action-lock = Blocca questo abbinamento
action-unlock = Sblocca
action-forbid = Escludi questo abbinamento
matching-unassigned = Candidati senza posizione
matching-options = { $count ->
    [0] nessuna posizione compatibile
    [one] una posizione compatibile
   *[other] { $count } posizioni compatibili
}
matching-unfilled = Posti ancora liberi
matching-compare-title = Confronto tra due elaborazioni
matching-delta = Punteggio di B meno punteggio di A: { $delta }.
matching-same = { $count ->
    [one] Un abbinamento è presente in entrambe le elaborazioni.
   *[other] { $count } abbinamenti sono presenti in entrambe le elaborazioni.
}
matching-only-a = Solo in A
matching-only-b = Solo in B
component-occupation = Professione
component-skills = Competenze
component-language = Italiano
component-education = Istruzione
component-city = Preferenza per la città
component-sector = Preferenza per il settore
component-availability = Disponibilità
error-matching-failed = Non è stato possibile calcolare l'abbinamento: { $reason }
error-matching-infeasible = Nessuna assegnazione soddisfa questi vincoli.
error-matching-limit = Con queste quote non è possibile dimostrare in tempi ragionevoli il miglior abbinamento: allenta un minimo o una quota incrociata e riprova.
error-matching-constraint = Scelta sconosciuta per questo abbinamento.

placements-title = Inserimenti
placements-proposed = { $count ->
    [0] Nessuna nuova proposta: ogni candidato di questa elaborazione ha già un inserimento.
    [one] Un inserimento è stato proposto alla relativa azienda.
   *[other] { $count } inserimenti sono stati proposti alle aziende.
}
placements-count = { $count ->
    [one] Un inserimento
   *[other] { $count } inserimenti
}
placements-italian = Italiano
placements-experience = Esperienza
placement-status-proposed = Proposto
placement-status-interview = Colloquio programmato
placement-status-accepted = Accettato dall'azienda
placement-status-declined = Rifiutato dall'azienda
placement-action-interview = Programma un colloquio
placement-action-accepted = Accetta
placement-action-declined = Rifiuta
error-placement-status = Stato sconosciuto.
nav-matching = Abbinamento
ranking-company-title = Ordina i candidati per questa posizione
ranking-company-intro = Facoltativo. Questi candidati in graduatoria soddisfano i requisiti della posizione; sono mostrati senza nome, come li considera l'abbinamento. Numera le tue preferenze da 1; lascia vuoti quelli che non ordini. Quando il coordinamento esegue un abbinamento stabile, viene usato il tuo ordine.
ranking-candidate-title = Ordina le posizioni di tirocinio
ranking-candidate-intro = Facoltativo. Numera da 1 le posizioni che preferisci; lascia vuote le altre. Quando il coordinamento esegue un abbinamento stabile, viene usato il tuo ordine.
ranking-rank = La tua preferenza
ranking-option = Opzione
action-rank = Ordina i candidati
action-rank-positions = Ordina le posizioni
error-ranking-number = La preferenza è un numero intero a partire da 1.
error-ranking-repeated = Ogni numero può essere usato una sola volta.
