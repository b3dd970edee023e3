# Bandi per progetti dopo il rientro (issue 15): il bando, le sue condizioni, le domande.
grant-error-currency = Indica la valuta con il suo codice di tre lettere, per esempio EUR.
grant-error-fund = Indica il fondo come importo maggiore di zero.
grant-error-bounds = Il contributo minimo deve essere maggiore di zero e non superiore al massimo, e il massimo non superiore al fondo.
grant-error-threshold = La soglia di qualità è un punteggio da 0 a 100.
grant-error-types = Ammetti almeno un tipo di progetto.
grant-error-origins = Ammetti progetti presentati dall'Italia, dal paese di origine o da entrambi.
grant-error-criteria = Indica da uno a dieci criteri, ciascuno con un nome e un peso maggiore di zero.
grant-error-weights = I pesi dei criteri devono sommare 100.
grant-error-shares = Ogni quota indica una sola volta un gruppo del tipo scelto, con un tetto maggiore di zero e non superiore al fondo.
grant-error-moved = Questa domanda è cambiata nel frattempo. Riguardala prima di continuare.
