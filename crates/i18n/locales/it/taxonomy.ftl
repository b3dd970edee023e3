# La tassonomia ESCO: selettori e collegamenti.
taxonomy-occupation-hint = Inizia a scrivere e scegli una professione ESCO per collegarvi la posizione e compilarne il codice ISCO; qualsiasi altro testo viene conservato così com'è.
taxonomy-esco-entry = Scheda ESCO
taxonomy-skills-hint = Separa le competenze con una virgola; mentre scrivi vengono suggerite le competenze ESCO.
