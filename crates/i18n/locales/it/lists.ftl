# Elenchi: filtri, ricerche salvate e i loro riepiloghi, esportazione e importazione delle
# candidature, professioni e competenze ESCO di una candidatura.

lists-field-skill = Competenza ESCO
lists-field-territory = Territorio di residenza
lists-field-language = Lingua
lists-field-level = Livello minimo
lists-export = Esporta questo elenco
lists-field-search-name = Nome della ricerca
lists-field-watch = Segui (e-mail giornaliera con i nuovi risultati)
lists-action-save-search = Salva questa ricerca
lists-saved-title = Ricerche salvate
lists-saved-intro = Le tue ricerche salvate nell'elenco delle candidature. Aprine una per vedere i risultati di oggi; seguine una per ricevere ogni giorno un'e-mail quando nuove candidature corrispondono.
lists-saved-none = Non hai ancora salvato ricerche. Filtra l'elenco delle candidature e salva la ricerca da lì.
lists-actions = Azioni
lists-watched = Seguita
lists-watched-since = nuovi risultati dal { $date }
lists-not-watched = Non seguita
lists-action-watch = Segui
lists-action-unwatch = Smetti di seguire
lists-action-delete = Elimina
lists-error-search-name = Dai un nome alla ricerca (al massimo 100 caratteri).
lists-error-too-many-searches = Hai già 50 ricerche salvate: eliminane prima una.
lists-error-bad-query = Non è stato possibile leggere questa ricerca.

lists-digest-intro = { $count ->
    [one] Dall'ultima e-mail, una candidatura corrisponde alla tua ricerca salvata «{ $name }»:
   *[other] Dall'ultima e-mail, { $count } candidature corrispondono alla tua ricerca salvata «{ $name }»:
}
lists-digest-more = { $count ->
    [one] … e un'altra.
   *[other] … e altre { $count }.
}
lists-digest-open = Vedile tutte: { $link }

lists-esco-title = Professioni e competenze ESCO
lists-esco-none = Nessuna professione o competenza ESCO registrata.
lists-esco-edit = Modifica professioni e competenze
lists-field-occupations = Professioni ESCO
lists-field-skills = Competenze ESCO
lists-hint-esco = Inizia a scrivere e scegli tra i suggerimenti ESCO; separa le voci con una virgola.
lists-error-esco-occupation = Scegli ogni professione tra i suggerimenti ESCO.
lists-error-esco-skill = Scegli ogni competenza tra i suggerimenti ESCO.

lists-import-title = Importa candidature
lists-import-intro = Carica un file CSV o XLSX con una candidatura per riga e una riga di intestazione. Poi abbinerai le colonne ai nostri campi, sceglierai il bando e controllerai ogni riga prima che venga importato qualcosa.
lists-import-call-hint = Le candidature entrano in questo bando come inviate e ne viene verificata l'ammissibilità.
lists-error-import-call = Scegli un bando in cui puoi inserire candidature.
lists-error-import-country = Il paese di residenza ({ $country }) è fuori dal tuo territorio.
lists-error-import-occupation = «{ $label }» non è una professione ESCO.
lists-error-import-skill = «{ $label }» non è una competenza ESCO.
lists-imported = { $count ->
    [one] Una candidatura importata.
   *[other] { $count } candidature importate.
}
lists-event-imported = Importata da un foglio di calcolo
lists-field-reference = Riferimento
lists-field-eligible = Rispetta i requisiti
lists-yes = sì
lists-no = no
