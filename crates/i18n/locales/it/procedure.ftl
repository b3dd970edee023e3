# Modelli di procedura: che cosa non va in un file importato (con la sua riga).
procedure-error-too-large = Il file è troppo grande per un modello di procedura.
procedure-error-syntax = Questa riga non si può leggere: { $subject }
procedure-error-version = La versione deve essere 1 o più, non { $subject }.
procedure-error-duplicate-step = La fase «{ $subject }» è definita due volte.
procedure-error-unknown-document = «{ $subject }» non è un tipo di documento conosciuto.
procedure-error-unknown-step = «{ $subject }» non è una fase di questo modello.
procedure-error-no-roles = La transizione da «{ $subject }» non indica alcun ruolo che possa farla.
procedure-error-unknown-role = «{ $subject }» non è un ruolo conosciuto.
procedure-error-no-end = Il modello non ha una fase finale.
procedure-error-unreachable = La fase «{ $subject }» non si può raggiungere dall'inizio.
procedure-error-dead-end = Dalla fase «{ $subject }» non si raggiunge alcuna fine.
case-error-transition = La procedura non consente questo passaggio dalla fase in cui si trova la pratica.
case-error-role = Il tuo ruolo non può fare questo passaggio della procedura.
case-error-incomplete = Manca qualcosa perché la pratica possa andare avanti: vedi l'elenco di ciò che serve alla fase.
case-error-moved = Qualcun altro ha appena fatto avanzare questa pratica. Guardate a che punto è e riprovate.
case-error-closed = Questa pratica è chiusa: non vi si può registrare altro.
case-error-too-many-tasks = Questa pratica ha già il numero massimo di attività aperte. Segnatene prima alcune come fatte.
case-error-fact-name = Questo non è un campo di questa procedura.
case-error-datetime = Indicate data e ora, come 2026-04-02 14:30.
case-error-count = Indicate un numero intero tra 1 e 1000.
case-error-codice-fiscale = Questo non è un codice fiscale valido (16 lettere e cifre).
case-error-paper-kind = Questo non è un documento prodotto dalla procedura.
case-error-future = Questa data è nel futuro: registrate un passaggio nel giorno in cui è avvenuto.
case-error-before-step = Questa data è precedente al giorno in cui la pratica ha raggiunto il passaggio attuale.
procedure-error-version-taken = Un modello con questo nome e questa versione è già registrato: aumentate il numero di versione.
procedure-error-place = Indicate il codice ISTAT del comune (sei cifre), oppure nulla per una festività nazionale.
nav-procedures = Procedure
procedures-title = Modelli di procedura
procedures-intro = Ogni procedura è un dato: i suoi passaggi, chi può far avanzare una pratica dall'uno all'altro, che cosa richiede ciascun passaggio e le scadenze di legge. Una pratica conserva la versione con cui è iniziata.
procedures-name = Nome
procedures-key = Identificativo
procedures-version = Versione
procedures-region = Regione
procedures-imported = Importato
procedures-shipped = Fornito con Mentor
procedures-read-only = Questa pagina mostra il modello come è registrato; per cambiarlo, importatene una nuova versione.
procedures-duration-label = Durata del tirocinio
procedures-duration = da { $min } a { $max } mesi, proroghe comprese
procedures-steps = Passaggi
procedures-step = Passaggio
procedures-actor = Chi agisce
procedures-documents = Documenti richiesti
procedures-fields = Dati richiesti
procedures-end = fine
procedures-transitions = Passaggi consentiti
procedures-from = Da
procedures-to = A
procedures-roles = Chi può farlo
procedures-complete = Il passaggio deve essere completo
procedures-yes = sì
procedures-no = no
procedures-deadlines = Regole di scadenza
procedures-rule = Regola
procedures-anchor = Calcolata da
procedures-offset = Tempo concesso
procedures-during = Vale mentre la pratica è in
procedures-roll-forward = slitta al primo giorno lavorativo se cade in un giorno festivo
procedures-unit-calendar-days = { $count ->
    [one] { $count } giorno di calendario
   *[other] { $count } giorni di calendario
}
procedures-unit-working-days = { $count ->
    [one] { $count } giorno lavorativo
   *[other] { $count } giorni lavorativi
}
procedures-unit-months = { $count ->
    [one] { $count } mese
   *[other] { $count } mesi
}
procedures-unit-hours = { $count ->
    [one] { $count } ora
   *[other] { $count } ore
}
procedures-source = Il file del modello
procedures-import-title = Importa un modello
procedures-import-intro = Caricate un modello di procedura in TOML, adattato da uno fornito. Viene controllato per intero prima di essere registrato: ogni passaggio raggiungibile, una fine raggiungibile da ogni passaggio, ruoli e tipi di documento noti.
procedures-import-file = File del modello (TOML)
procedures-import-action = Controlla e importa
procedures-import-refused = Il modello non è stato importato. Correggete queste righe e caricatelo di nuovo:
procedures-line = Riga { $line }
procedures-error-not-text = Il file non è testo in UTF-8.
flash-procedure-imported = Il modello è importato. Da ora le nuove pratiche della sua regione lo seguono.
procedures-holidays-title = Festività
procedures-holidays-intro = Le scadenze contate in giorni lavorativi saltano questi giorni, e una scadenza che cade in uno di essi slitta al primo giorno lavorativo quando la regola lo prevede.
procedures-years = Anni
procedures-day = Giorno
procedures-holiday = Festività
procedures-place = Dove
procedures-national = Tutta Italia
procedures-remove = Rimuovi
procedures-holiday-add = Aggiungi una festività
procedures-place-code = Comune (codice ISTAT)
procedures-place-hint = Sei cifre, ad es. 015146 per Milano; lasciate vuoto per una festività nazionale.
flash-holiday-removed = La festività è rimossa; le scadenze sono ricalcolate.
holiday-new-year = Capodanno
holiday-epiphany = Epifania
holiday-easter = Pasqua
holiday-easter-monday = Lunedì dell'Angelo
holiday-liberation = Festa della Liberazione
holiday-labour = Festa dei Lavoratori
holiday-republic = Festa della Repubblica
holiday-assumption = Ferragosto (Assunzione)
holiday-all-saints = Ognissanti
holiday-saint-francis = San Francesco d'Assisi
holiday-immaculate-conception = Immacolata Concezione
holiday-christmas = Natale
holiday-saint-stephen = Santo Stefano
holiday-saint-ambrose = Sant'Ambrogio (Milano)
holiday-saint-john = San Giovanni Battista (Torino)
