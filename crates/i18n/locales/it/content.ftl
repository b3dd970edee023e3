# Contenuti nella lingua di chi legge (issue 12): versioni di bandi, criteri e posizioni.

content-fallback = Non ancora disponibile in { $wanted } — mostrato in { $shown }
content-missing-count = { $missing } lingue su { $total } mancanti
content-translations = Traduzioni
content-translations-title = Traduzioni a confronto
content-back = Indietro
content-none-missing = Ogni lingua ha la sua versione.
content-original-language = Lingua dell'originale
content-original = Originale
content-original-empty = Vuoto: niente da tradurre.
content-missing = mancante
content-criterion = Criterio: { $name }
content-description-hint = Che cosa farà il tirocinante, in poche righe. I candidati la leggono; può avere versioni in altre lingue.
field-position-description = Descrizione per i candidati
calls-how-assessed = Come vengono valutate le candidature
error-version-too-long = Una versione è più lunga di quanto il campo consente: accorcia il testo segnalato.
flash-translations-saved = Le traduzioni sono salvate.
