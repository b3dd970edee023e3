# Limiti delle richieste (issue 10, difetti 17, 18, 20): dimensioni, tempi, richieste API ripetute.
error-uri-too-long = L'indirizzo è troppo lungo. Accorcia la ricerca o i filtri e riprova.
error-headers-too-large = La richiesta contiene troppi dati di intestazione (spesso troppi cookie). Cancella i cookie di questo sito e riprova.
error-body-timeout = I dati inviati sono arrivati troppo lentamente e non sono stati accettati. Non è stato salvato nulla; controlla la connessione e riprova.
error-request-timeout = Il server ha impiegato troppo tempo a rispondere. La modifica potrebbe essere stata salvata oppure no: verifica prima di riprovare.
error-idempotency-key-invalid = L'intestazione Idempotency-Key deve avere da 1 a 255 caratteri visibili.
error-idempotency-key-reused = Questa Idempotency-Key è già stata usata per una richiesta diversa. Usa una chiave nuova per una nuova richiesta.
error-idempotency-in-progress = Una richiesta con questa Idempotency-Key è ancora in elaborazione. Riprova tra un momento.
