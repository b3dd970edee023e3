# Importazione ed esportazione tramite fogli di calcolo.

import-companies-title = Importa aziende
import-positions-title = Importa posizioni
import-intro = Carica un foglio di calcolo (CSV o Excel). Poi abbinerai le sue colonne ai campi di Mentor e controllerai ogni riga prima che venga importato qualsiasi dato.
field-file = File del foglio di calcolo
hint-import-file = CSV (separato da virgole o da punti e virgola) o XLSX, con i nomi delle colonne nella prima riga, fino a 10.000 righe.
action-upload = Carica e continua
import-rows = { $count ->
    [one] Una riga
   *[other] { $count } righe
}
import-all-valid = { $count ->
    [one] La riga è valida: può essere importata.
   *[other] Tutte le { $count } righe sono valide: possono essere importate.
}
import-invalid-rows = { $count ->
    [one] Una riga non è valida. Correggila nel file e caricalo di nuovo, oppure modifica l'abbinamento delle colonne: non è stato importato nulla.
   *[other] { $count } righe non sono valide. Correggile nel file e caricalo di nuovo, oppure modifica l'abbinamento delle colonne: non è stato importato nulla.
}
import-nothing-changes = «Verifica» non modifica nulla. «Importa» importa le righe solo se sono tutte valide.
field-row = Riga
field-field = Campo
field-column = Colonna nel file
action-dry-run = Verifica
action-import = Importa
action-import-file = Importa da un foglio di calcolo
export-csv = Esporta (CSV)
export-xlsx = Esporta (Excel)
notice-imported = { $count ->
    [one] Un record importato.
   *[other] { $count } record importati.
}
error-import-empty = Il file è vuoto oppure la sua prima riga non contiene i nomi delle colonne.
error-import-too-many-rows = Il file ha più di 10.000 righe: dividilo in file più piccoli.
error-import-too-many-columns = Il file ha più di 200 colonne: tieni solo le colonne da importare.
error-import-format = Questo file non è né un file CSV in UTF-8 né un file Excel (XLSX).
error-import-no-file = Scegli un file da caricare.
error-import-unknown-territory = Territorio sconosciuto: { $name }.
error-import-unknown-region = Regione sconosciuta: { $name }.
error-import-unknown-company = Nessuna azienda a cui hai accesso ha questo nome o questa Partita IVA: { $name }.
error-import-unmapped = Scegli una colonna per: { $fields }.
error-export-format = Il formato di esportazione deve essere CSV o XLSX.
error-import-done = Questo file è già stato importato.
