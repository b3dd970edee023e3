# Issue 11, punto 3: la pagina della proposta per l'azienda (profilo anonimo, spiegazione
# dell'abbinamento), le fasce per il colloquio, la scelta del candidato, i rifiuti e il loro
# annullamento, i fusi orari.

## Rifiuti
error-interview-picked = Il candidato ha già prenotato uno degli orari del colloquio.
error-placement-declined = Questa proposta è stata rifiutata: non è possibile fare altro.
error-placement-not-declined = Si può annullare il rifiuto solo di una proposta rifiutata.
error-interview-needs-slots = Per fissare un colloquio, proponi degli orari.
error-reason-too-long = Il motivo è troppo lungo (al massimo 2.000 caratteri).
error-time-zone = Scegli un fuso orario dall'elenco.
error-time-skipped = Quell'ora non esiste in quel giorno: gli orologi vanno avanti. Scegli un altro orario.
error-slots-none = Proponi almeno un orario per il colloquio.
error-slots-too-many = Proponi al massimo cinque orari per il colloquio.
error-slot-date = Inserisci la data nel formato AAAA-MM-GG.
error-slot-time = Inserisci l'ora nel formato HH:MM (24 ore).
error-slot-minutes = La durata va da 15 a 480 minuti.
error-slot-place = Indica il luogo o il link della videochiamata (al massimo 500 caratteri).
error-slot-past = Questo orario è già passato.
error-slot-far = Questo orario è oltre un anno da oggi.
error-slot-overlap = Questo orario si sovrappone a un altro degli orari proposti.

## La pagina della proposta
proposal-title = Proposta: { $position }
proposal-open = Apri la proposta
proposal-candidate = Candidato { $handle }
proposal-anonymous = Nome, contatti e documenti non sono mostrati: valuta il profilo. Il nome compare quando il candidato ha prenotato un colloquio.
proposal-country = Paese di residenza
proposal-studies = Studi
proposal-graduated = Anno di conseguimento
proposal-languages-skills = comprensione { $understanding }, parlato { $speaking }, scritto { $writing }
proposal-esco = Professioni e competenze (ESCO)
proposal-esco-occupations = Professioni
proposal-esco-skills = Competenze
proposal-esco-english = Le voci ESCO sono mostrate in inglese quando non è caricata una traduzione.
proposal-not-stated = Non indicato
proposal-match = Perché è stato proposto questo candidato
proposal-match-summary = Punteggio { $score }: opzione { $rank } su { $count } per questo candidato.
proposal-match-points = { $points } su { $max }
proposal-match-manual = Questa proposta è stata fatta a mano, non da un abbinamento automatico.
proposal-status = Stato
proposal-decline-reason = Motivo del rifiuto
proposal-reversed = Rifiuto annullato da { $name } il { $date }: { $reason }

## Orari del colloquio (azienda)
interview-section = Colloquio
interview-offer-title = Proponi gli orari del colloquio
interview-offer-hint = Proponi da uno a cinque orari. Gli orari sono nel tuo fuso orario: { $zone }.
interview-slot-legend = Orario { $n }
field-slot-date = Data
field-slot-time = Ora di inizio
field-slot-minutes = Durata (minuti)
field-slot-place = Luogo o link della videochiamata
interview-offer-submit = Invia gli orari al candidato
interview-offered = Orari proposti, in attesa della scelta del candidato:
interview-slot-line = { $when }, { $minutes } min — { $place }
interview-booked = Colloquio prenotato: { $when }, { $minutes } min — { $place }
flash-interview-offered = { $count ->
    [one] Un orario di colloquio inviato al candidato.
   *[other] { $count } orari di colloquio inviati al candidato.
}
flash-placement-accepted = Proposta accettata.

## Rifiutare e annullare un rifiuto
decline-action = Rifiuta…
decline-title = Rifiuta questa proposta
decline-warning = Il rifiuto è definitivo per la tua azienda: solo il coordinatore del programma può annullarlo, e questo candidato non sarà più proposto per questa posizione.
decline-reason = Perché rifiuti? Il coordinatore lo leggerà.
decline-confirm = Rifiuta la proposta
flash-placement-declined = Proposta rifiutata.
reverse-action = Annulla il rifiuto…
reverse-title = Annulla il rifiuto dell'azienda
reverse-warning = La proposta torna all'azienda come proposta, e la coppia potrà essere abbinata di nuovo. Il tuo motivo viene registrato e mostrato sull'inserimento.
reverse-reason = Motivo dell'annullamento
reverse-confirm = Annulla il rifiuto
flash-decline-reversed = Rifiuto annullato: la proposta è di nuovo aperta.

## Orari del colloquio (candidato)
interview-choose = { $company } propone questi orari per un colloquio per la posizione { $position }. Scegline uno. Gli orari sono nel tuo fuso orario ({ $zone }).
interview-pick = Scegli questo orario
flash-interview-picked = Colloquio prenotato. Tu e l'azienda ricevete l'invito per e-mail.
interview-yours = Il tuo colloquio per { $position } presso { $company }: { $when }, { $minutes } min — { $place }

## Fuso orario (account)
account-time-zone = Fuso orario
account-time-zone-hint = Date e orari dei colloqui sono mostrati in questo fuso.
account-time-zone-auto = Automatico: { $zone } (dal tuo paese)
account-time-zone-save = Salva il fuso orario
flash-time-zone-saved = Fuso orario salvato.

outbox-calendar = con un invito per il calendario

## E-mail
mail-interview-slots-subject = Orari proposti per il colloquio: { $position }
mail-interview-slots-body = { $company } propone { $count ->
    [one] un orario
   *[other] { $count } orari
} per un colloquio per la posizione { $position }. Scegline uno nella pagina della tua candidatura.
mail-interview-subject = Colloquio: { $position }, { $when }
mail-interview-candidate-body = Il tuo colloquio per la posizione { $position } presso { $company } è prenotato: { $when }, { $minutes } minuti. Luogo: { $place }
mail-interview-company-body = Il colloquio con { $other } per la posizione { $position } è prenotato: { $when }, { $minutes } minuti. Luogo: { $place }
mail-interview-calendar-note = L'invito allegato aggiunge il colloquio al tuo calendario.
interview-calendar-summary = Colloquio: { $position }

## Attività (la casella e il riepilogo quotidiano)
task-answer-proposals = { $count ->
    [one] 1 proposta attende la tua risposta: proponi gli orari del colloquio o rifiuta
   *[other] { $count } proposte attendono la tua risposta: proponi gli orari del colloquio o rifiuta
}
task-pick-interview-slot = { $count ->
    [one] Scegli un orario per il tuo colloquio
   *[other] Scegli gli orari per i tuoi { $count } colloqui
}
