# La pagina iniziale come elenco delle cose da fare, il percorso del partecipante, l'e-mail quotidiana.

inbox-heading = Cosa ti aspetta
inbox-empty = Oggi non c'è niente da fare. Il nuovo lavoro comparirà qui e nell'e-mail quotidiana.
inbox-figures = I tuoi numeri
inbox-overdue = In ritardo
inbox-due = Entro il { $date }
task-overdue = in ritardo
task-resolve-duplicates = { $count ->
    [one] 1 possibile doppione da risolvere
   *[other] { $count } possibili doppioni da risolvere
}
task-record-interviews = { $count ->
    [one] 1 colloquio svolto, esito da registrare
   *[other] { $count } colloqui svolti, esiti da registrare
}
task-score-applications = { $count ->
    [one] 1 candidatura da valutare
   *[other] { $count } candidature da valutare
}
task-approve-positions = { $count ->
    [one] 1 posizione in attesa di approvazione
   *[other] { $count } posizioni in attesa di approvazione
}
task-revise-position = Una posizione è stata rimandata per modifiche: correggila e inviala di nuovo
task-complete-checklist = La checklist blocca l'approvazione di una posizione in attesa: completala
task-follow-up-company = { $count ->
    [one] Un ricontatto è in scadenza con questa azienda
   *[other] { $count } ricontatti sono in scadenza con questa azienda
}
task-approve-matching-run = { $count ->
    [one] Un abbinamento attende l'approvazione
   *[other] { $count } abbinamenti: confrontali e approvane uno
}
task-run-matching = { $count ->
    [one] Il bando è chiuso con 1 candidatura ammessa: esegui l'abbinamento
   *[other] Il bando è chiuso con { $count } candidature ammesse: esegui l'abbinamento
}
task-complete-application = La tua candidatura non è ancora inviata: completala prima della chiusura del bando

figure-places = Posti nei bandi
figure-shortlisted = Ammessi
figure-of = { $value } su { $of }
figure-hosting = Aziende ospitanti
figure-open-positions = Posizioni aperte
figure-sent-this-week = Candidature inviate questa settimana
figure-to-screen = Da esaminare
figure-eligible = Idonee
figure-positions = Le tue posizioni
figure-position-places = Posti offerti
figure-proposals = Candidati proposti a te
figure-to-score = Candidature da valutare
figure-scored = Candidature che hai valutato
figure-open-calls = Bandi aperti ora

journey-heading = La tua candidatura
journey-stages = A che punto sei
journey-current = passo attuale
stage-apply = Candidati
stage-draft = Compila
stage-sent = Inviata
stage-decision = Decisione
stage-placement = Tirocinio
journey-call = Bando: { $call }
journey-go = Continua
journey-apply = Non ti sei ancora candidato. Scegli qui sotto un bando aperto e candidati.
journey-no-open-calls = Al momento non ci sono bandi aperti. Torna più tardi: i bandi sono pubblicati sulla pagina pubblica.
journey-closes = chiude il { $date }
journey-draft-identity = La tua candidatura è una bozza. Prossimo passo: identità e recapiti.
journey-draft-education = La tua candidatura è una bozza. Prossimo passo: studi e lingue.
journey-draft-preferences = La tua candidatura è una bozza. Prossimo passo: i settori e le città che preferisci.
journey-draft-consent = Hai compilato tutto. Ultimo passo: leggi, dai il consenso e invia la candidatura.
journey-draft-closed = Il bando si è chiuso prima dell'invio: la candidatura non può più essere inviata.
journey-sent = La tua candidatura è stata inviata ed è in esame. Ti scriveremo quando ci sarà una decisione.
journey-sent-no-documents = La tua candidatura è in esame. Non hai ancora caricato documenti: aggiungi passaporto e diploma.
journey-shortlisted = Sei tra gli ammessi. Il prossimo passo è l'abbinamento con un'azienda ospitante: ti scriveremo.
journey-waiting-list = Sei in lista d'attesa: se si libera un posto, ti sarà offerto.
journey-rejected = Questa volta la tua candidatura non è stata selezionata. La pagina dello stato spiega perché; puoi candidarti a un prossimo bando.
journey-ineligible = La tua candidatura non soddisfa i requisiti del bando. La pagina dello stato indica quali.
journey-placement-proposed = Un'azienda ospitante sta valutando il tuo profilo. Ti scriveremo per il passo successivo.
journey-placement-interview = Un'azienda ospitante vuole farti un colloquio. Controlla la tua e-mail per l'appuntamento.
journey-placement-accepted = Un'azienda ospitante ti ha accettato per un tirocinio. Congratulazioni!
journey-placement-declined = L'azienda che ti era stata proposta ha rinunciato. Il coordinamento cerca un altro abbinamento.

digest-subject = { $tasks ->
    [0] { $news ->
        [one] Mentor: 1 nuova candidatura nelle tue ricerche
       *[other] Mentor: { $news } nuove candidature nelle tue ricerche
    }
    [one] Mentor: oggi ti aspetta 1 cosa da fare
   *[other] Mentor: oggi ti aspettano { $tasks } cose da fare
}
digest-tasks = { $count ->
    [one] Ti aspetta una cosa da fare:
   *[other] Ti aspettano { $count } cose da fare:
}
digest-home = Tutto ciò che ti aspetta: { $link }
digest-stop = Per non ricevere più questa e-mail quotidiana, cambia le impostazioni del tuo account: { $link }

account-digest-heading = E-mail quotidiana
account-digest-hint = Al massimo una volta al giorno: cosa ti aspetta e le novità delle ricerche che segui. Se non c'è niente, nessuna e-mail.
account-digest-wanted = Inviami l'e-mail quotidiana
account-digest-save = Salva
flash-digest-on = Riceverai l'e-mail quotidiana.
flash-digest-off = Non riceverai più l'e-mail quotidiana.
flash-position-submit = La posizione è stata inviata per l'approvazione.
flash-position-return = La posizione è stata rimandata all'azienda per modifiche.
flash-position-approve = La posizione è approvata.
flash-position-open = La posizione è aperta ai candidati.
flash-position-fill = La posizione risulta coperta.
flash-position-withdraw = La posizione è stata ritirata.
