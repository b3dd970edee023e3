# Candidati: bandi aperti, candidatura a passi, selezione.

nav-calls = Bandi
nav-candidates = Candidati
nav-my-applications = Le mie candidature

action-apply = Candidati
action-create-account = Crea il mio account e inizia
action-start-application = Inizia la candidatura
action-save-continue = Salva e continua
action-submit-application = Invia la candidatura
action-continue-application = Continua la candidatura
action-publish = Pubblica il bando
action-change-status = Cambia stato
action-override = Deroga con questa motivazione
action-show-passport = Mostra il numero di passaporto
action-previous = Precedente
action-next = Successiva

calls-title = Bandi
calls-open-title = Bandi aperti
calls-new = Nuovo bando
calls-none-open = Al momento non ci sono bandi aperti.
calls-closes-on = chiude il { $date }
calls-open = aperto
calls-closed = Questo bando è chiuso: le candidature non sono più accettate.
calls-who-may-apply = Chi può candidarsi
calls-no-rules = Chiunque può candidarsi.
calls-rules = Requisiti di ammissibilità
calls-rules-hint = Lascia vuoto un campo quando il requisito non si applica.
calls-applications = Candidature

rule-age = Età tra { $min } e { $max } anni al { $date }
rule-residence = Residenza in { $countries }
rule-qualification = Titolo conseguito nei { $months } mesi precedenti la candidatura
rule-language = { $language } a livello { $min } o superiore in comprensione, parlato e scritto
rule-education = Istruzione di livello ISCED { $min } o superiore

apply-title = Candidatura
apply-intro = Crea un account per compilare la candidatura. Puoi fermarti a ogni passo: quanto hai salvato resta e potrai tornare più tardi.
apply-signed-in = Hai già effettuato l'accesso. La candidatura sarà collegata a questo account.
apply-have-account = Hai già un account?

steps-label = Passi della candidatura
step-identity = Identità e contatti
step-education = Istruzione e lingue
step-preferences = Esperienza e preferenze
step-consent = Consenso e invio

field-family-name = Cognome (lettere latine)
field-given-names = Nomi (lettere latine)
field-family-name-ar = Cognome in caratteri arabi (facoltativo)
field-given-names-ar = Nomi in caratteri arabi (facoltativo)
field-birth-date = Data di nascita
field-sex = Sesso
field-nationality = Cittadinanza
field-residence-country = Paese di residenza
field-residence-territory = Regione o città di residenza
field-passport-number = Numero di passaporto
field-phone = Numero di telefono
field-whatsapp = Numero WhatsApp (se diverso)
field-isced-level = Livello di istruzione più alto
field-qualification-title = Titolo di studio
field-field-of-study = Ambito di studio
field-qualification-date = Data di conseguimento del titolo
field-languages = Lingue
field-experience = Esperienza lavorativa
field-sectors = Settori preferiti
field-cities = Città preferite in Italia
field-available-from = Disponibile dal
field-consent = Acconsento al trattamento dei miei dati come descritto sopra.
field-call = Bando
field-title = Titolo
field-description = Descrizione
field-opens-on = Apertura
field-closes-on = Chiusura
field-places = Posti
field-min-age = Età minima
field-max-age = Età massima
field-age-on = Età calcolata al
field-residence-countries = Paesi di residenza ammessi
field-qualification-within = Titolo conseguito da non più di (mesi)
field-rule-language = Lingua richiesta
field-rule-language-min = Livello minimo in quella lingua
field-min-isced = Livello ISCED minimo
field-submitted-at = Inviata il
field-reason = Motivo
field-justification = Motivazione scritta
field-new-status = Nuovo stato
field-search = Cerca
field-italian-min = Italiano almeno
field-sort = Ordina per

hint-latin-names = Come scritto nel passaporto.
hint-passport = Conservato cifrato; solo il personale autorizzato può leggerlo.
hint-passport-stored = Un numero è già registrato (cifrato). Lascia vuoto per mantenerlo.
hint-phone = Con il prefisso internazionale, per esempio +216 20 123 456 o +212 661 234 567.
hint-cefr = Per ogni lingua, il tuo livello da A1 (principiante) a C2 (padronanza), se lo conosci.
hint-experience = Una riga per esperienza, con gli anni, per esempio: 2022–2024 sviluppatore web, Sfax.
hint-comma-list = Separali con una virgola.
hint-justification = Spiega perché la candidatura deve proseguire anche se un requisito non è soddisfatto (almeno 10 caratteri). Viene registrata.
hint-reason = Necessario per un rifiuto o una non ammissibilità; il candidato legge il motivo di un rifiuto.
hint-passport-audited = Ogni lettura è registrata nel registro di controllo.

sex-f = Femmina
sex-m = Maschio
sex-x = Altro o non indicato

isced-0 = Educazione della prima infanzia (ISCED 0)
isced-1 = Istruzione primaria (ISCED 1)
isced-2 = Secondaria di primo grado (ISCED 2)
isced-3 = Secondaria di secondo grado, diploma (ISCED 3)
isced-4 = Post-secondaria non terziaria (ISCED 4)
isced-5 = Terziaria a ciclo breve, ITS (ISCED 5)
isced-6 = Laurea triennale, licence (ISCED 6)
isced-7 = Laurea magistrale, ingegneria (ISCED 7)
isced-8 = Dottorato (ISCED 8)

skill-understanding = comprensione
skill-speaking = parlato
skill-writing = scritto

language-it = Italiano
language-fr = Francese
language-en = Inglese

country-dz = Algeria
country-eg = Egitto
country-ly = Libia

consent-text = I tuoi dati sono trattati dai partner del programma per valutare la candidatura, selezionare i partecipanti e organizzare i tirocini, e sono conservati per la durata del programma. Puoi chiedere in ogni momento di vederli, correggerli o cancellarli. Il numero di passaporto è conservato cifrato.
consent-complete-first = Completa i tre passi precedenti prima dell'invio.

status-title = La mia candidatura
mine-title = Le mie candidature
mine-none = Non hai ancora presentato candidature.
status-draft = In compilazione
status-submitted = Inviata
status-eligible = Ammissibile
status-ineligible = Non ammissibile
status-shortlisted = Selezionata
status-waiting-list = In lista d'attesa
status-rejected = Non selezionata

eligibility-title = Ammissibilità
eligibility-none = Nessun requisito ancora verificato.
eligibility-overridden = Deroga all'ammissibilità
eligibility-missing = Manca l'informazione per questo requisito.
eligibility-age-passed = Età { $age }: tra { $min } e { $max }.
eligibility-age-failed = Età { $age }: fuori dall'intervallo { $min }–{ $max }.
eligibility-residence-passed = Residente in { $country }.
eligibility-residence-failed = Residente in { $country }; il bando ammette { $countries }.
eligibility-territory-passed = Residente in uno dei territori del bando.
eligibility-territory-failed = Non residente in uno dei territori del bando.
eligibility-qualification-passed = Titolo del { $date }: entro { $months } mesi.
eligibility-qualification-failed = Titolo del { $date }: più di { $months } mesi prima della candidatura.
eligibility-language-passed = { $language }: livello { $level }, richiesto almeno { $min }.
eligibility-language-failed = { $language }: livello { $level }; richiesto almeno { $min } in ogni abilità.
eligibility-education-passed = Istruzione ISCED { $level }, richiesto almeno { $min }.
eligibility-education-failed = Istruzione ISCED { $level }; richiesto almeno { $min }.

timeline-title = Cronologia
event-created = Candidatura iniziata
event-entered = Candidatura registrata ({ $status })
event-submitted = Candidatura inviata
event-status = Stato cambiato: { $status }
event-override = Deroga all'ammissibilità

candidates-title = Candidati
candidate-title = Candidatura
candidates-count = { $count ->
    [one] Una candidatura
   *[other] { $count } candidature
}
candidate-anonymous = Candidato { $ref }
candidate-identity = Identità
candidate-profile = Profilo
candidate-decision = Decisione
candidate-duplicates = { $count ->
    [one] Un'altra candidatura ha lo stesso numero di passaporto.
   *[other] Altre { $count } candidature hanno lo stesso numero di passaporto.
}
sort-name = Nome
sort-submitted = Più recenti
sort-italian = Livello di italiano
pages-label = Pagine
page-of = Pagina { $page } di { $pages }

error-call-closed = Questo bando non è aperto alle candidature.
error-email-taken-sign-in = Esiste già un account con questa e-mail: accedi per continuare.
error-already-applied = Hai già presentato una candidatura a questo bando.
error-application-sent = Questa candidatura è stata inviata e non può più essere modificata.
error-steps-incomplete = Completa tutti i passi prima dell'invio.
error-candidate-out-of-scope = Questa candidatura è fuori dal territorio di cui ti occupi.
error-no-lead-partner = Questo programma non ha un capofila presso cui registrare i candidati.
error-passport-required = Inserisci il numero di passaporto.
error-consent-required = Spunta la casella per acconsentire al trattamento dei dati.
error-invalid-status = Scegli uno stato dall'elenco.
error-status-transition = Questo cambio di stato non è possibile dallo stato attuale.
error-eligibility-not-met = I requisiti di ammissibilità non sono soddisfatti: prima serve una deroga motivata.
error-reason-required = Indica un motivo.
error-phone-country-code = Inizia il numero con il prefisso internazionale (+216, +212, …).
error-invalid-phone = Questo numero di telefono non è valido.
error-latin-name = Scrivi il nome in lettere latine, come nel passaporto.
error-arabic-name = Scrivi questo nome in caratteri arabi, o lascialo vuoto.
error-choose-one = Scegli una delle opzioni.
error-required = Campo obbligatorio.
error-date-in-future = Questa data è nel futuro.
error-invalid-number = Inserisci un numero intero nell'intervallo ammesso.
error-invalid-range = Il massimo è inferiore al minimo.
error-justification-required = Scrivi una motivazione di almeno 10 caratteri.
error-nothing-to-override = Non c'è alcuna verifica di ammissibilità fallita a cui derogare.
