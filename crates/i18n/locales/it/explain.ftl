# Abbinamenti spiegati: impostazioni rifiutate, ogni componente sulla sua scala, il vincolo
# che tiene un candidato lontano dalla sua opzione migliore, ciò che vincola un'esecuzione.
error-matching-weight = Un peso deve essere un numero intero da 0 a 1.000.
error-matching-quota = Una quota deve essere un numero intero da 0 a 10.000, oppure vuota.
error-matching-quota-order = Un minimo non può superare il massimo fissato per lo stesso paese o la stessa città.
error-matching-method = Scegli il metodo ottimale o quello stabile.
matching-component-scale = { $value } su { $max }
matching-run-settings = Impostazioni di questa esecuzione
matching-spread-short = prima un tirocinante per ogni azienda ospitante
matching-quotas-shown = Quote
matching-quotas-none = nessuna
matching-constraints-shown = Le tue decisioni sulle coppie
matching-locks-count = { $count ->
    [one] una coppia bloccata
   *[other] { $count } coppie bloccate
}
matching-forbids-count = { $count ->
    [one] una coppia esclusa
   *[other] { $count } coppie escluse
}
matching-quota-shown-country-max = al massimo { $count } da { $name }
matching-quota-shown-country-min = almeno { $count } da { $name }
matching-quota-shown-city-max = al massimo { $count } a { $name }
matching-quota-shown-city-min = almeno { $count } a { $name }
matching-why-higher-total = La sua opzione migliore, { $position }, è andata a { $other }, la cui coppia lì vale { $score }: così il totale dell'esecuzione è più alto.
matching-why-country-quota = La quota per i candidati da { $country } è piena.
matching-why-city-quota = La quota per { $city } è piena.
matching-why-company-cap = { $company } ha raggiunto il numero massimo di tirocinanti consentito dalla sua regione.
matching-why-one-per-host-self = Ogni azienda ospitante riceve prima un tirocinante: questa coppia è stata formata in quel turno, quindi la sua opzione migliore, { $position }, non era disponibile.
matching-why-one-per-host-taken = Ogni azienda ospitante riceve prima un tirocinante: la sua opzione migliore, { $position }, è andata a { $other } in quel turno.
matching-why-locked = Hai bloccato questo candidato su questa posizione.
matching-why-held-by-lock = Hai bloccato { $other } sulla sua opzione migliore, { $position }.
matching-why-forbidden = Hai escluso la sua opzione migliore, { $position }.
matching-why-no-option = Nessuna posizione corrisponde al suo italiano, al suo titolo di studio e alle sue date.
matching-why-other = Nessun vincolo dell'esecuzione agisce qui (in un'esecuzione stabile decidono le preferenze dichiarate).
matching-why-counterfactual = Lì otterrebbe { $gain } punti in più; il totale dell'esecuzione cambierebbe di { $change }.
matching-why-no-counterfactual = Lì otterrebbe { $gain } punti in più, ma nessun abbinamento lo consente senza cambiare le tue decisioni.
matching-binding-title = Che cosa vincola questa esecuzione
matching-binding-country = la quota per i candidati da { $country }
matching-binding-city = la quota per { $city }
matching-binding-company = il limite di { $company }
matching-binding-one-per-host = prima un tirocinante per ogni azienda ospitante
matching-binding-locks = le tue coppie bloccate
matching-binding-forbids = le tue coppie escluse
matching-binding-hard-rules = i requisiti di italiano, studi e date delle posizioni
matching-binding-item = { $count ->
    [one] { $constraint }: tiene un candidato lontano dalla sua opzione migliore o da qualsiasi posto
   *[other] { $constraint }: tiene { $count } candidati lontani dalla loro opzione migliore o da qualsiasi posto
}
matching-failure-country-min = Il minimo per i candidati da { $country } non può essere raggiunto.
matching-failure-city-min = Il minimo per { $city } non può essere raggiunto.
matching-failure-locks = Le tue coppie bloccate superano i posti o una quota.
