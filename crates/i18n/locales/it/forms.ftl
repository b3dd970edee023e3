# Moduli: tutti gli errori insieme, e che cosa è sbagliato in ciascuno.
form-errors-title = { $count ->
    [one] Un campo va corretto:
   *[other] { $count } campi vanno corretti:
}
error-passport-too-short = Questo numero di passaporto è troppo corto: ha almeno 6 lettere e cifre.
error-passport-too-long = Questo numero di passaporto è troppo lungo: ha al massimo 20 lettere e cifre.
error-passport-characters = Un numero di passaporto contiene solo lettere latine e cifre (spazi e trattini sono ammessi).
hint-passport-stored-masked = Un numero è già registrato (cifrato):
hint-passport-keep = Lascia vuoto per mantenerlo, oppure scrivilo di nuovo per cambiarlo.
