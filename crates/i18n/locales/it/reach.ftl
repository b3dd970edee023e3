# Portata delle scritture e valutazione anonima (issue 10).

error-reference-unknown = Scegli una delle opzioni proposte: questa è sconosciuta o non è tra quelle che puoi usare.
