# Operations: the database unavailable, the audit chain's anchors (issue 10, defects 6 and 19).
error-unavailable = Il servizio è momentaneamente non disponibile. Riprova tra qualche minuto.
audit-unanchored = La catena di { $count } voci è coerente, ma non ancorata: la cancellazione delle voci più recenti non risulterebbe. Configura un file di ancoraggio per verificarla.
audit-anchored = La catena di { $count } voci è integra e corrisponde all'ancoraggio preso alla voce { $seq } ({ $at }).
audit-missing = Il registro di audit è stato manomesso: mancano voci dopo la voce { $seq } (l'ancoraggio ne contava { $count }).
audit-rewritten = Il registro di audit è stato manomesso: la voce { $seq } non corrisponde più al suo ancoraggio, quindi la catena fino a essa è stata riscritta.
audit-anchor-unusable = L'ultimo ancoraggio non è leggibile, oppure non è stato creato con questa chiave di audit.
audit-anchor-now = Ancora la catena ora
audit-anchor-done = La testa della catena è stata scritta nell'ancoraggio.
