# Portata delle scritture e valutazione anonima (issue 10).

error-reference-unknown = Scegli una delle opzioni proposte: questa è sconosciuta o non è tra quelle che puoi usare.

blind-review-hidden = Nascosto per la valutazione anonima: scritto da un'altra persona, potrebbe contenere il nome del candidato.
error-interview-notes-hidden = Le note di questo colloquio sono state scritte da un'altra persona e sono nascoste per la valutazione anonima: registra solo il punteggio.
