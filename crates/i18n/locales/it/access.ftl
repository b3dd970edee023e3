# Accesso: password dimenticata.

password-forgot-link = Password dimenticata?
password-forgot-title = Password dimenticata
password-forgot-intro = Scrivi l'indirizzo e-mail con cui ti sei registrato. Ti manderemo un link per scegliere una nuova password.
password-forgot-send = Mandami il link
password-forgot-sent = Se un account usa questo indirizzo, è in arrivo un link per scegliere una nuova password. Funziona per un'ora, una sola volta. Controlla anche la posta indesiderata.
password-back-to-sign-in = Torna all'accesso
password-reset-title = Scegli una nuova password
password-reset-intro = Almeno 10 caratteri. La nuova password chiude tutte le altre sessioni del tuo account.
password-new = Nuova password
password-reset-save = Salva la nuova password
error-reset-link-dead = Questo link è scaduto o è già stato usato. Chiedine uno nuovo qui sotto.
flash-password-reset = La password è cambiata. Accedi con quella nuova.
mail-reset-subject = Scegli una nuova password per Mentor
mail-reset-intro = Qualcuno, probabilmente tu, ha chiesto di scegliere una nuova password per il tuo account Mentor. Apri questo link per farlo:
mail-reset-expiry = Il link funziona una sola volta, per { $minutes } minuti.
mail-reset-not-you = Se non l'hai chiesto tu, ignora questo messaggio: la tua password resta invariata.
welcome-title = Mentor: tirocini in Italia
welcome-intro = Qui giovani del Marocco e della Tunisia si candidano a un tirocinio di sei mesi in un'azienda italiana, con un accompagnamento prima, durante e dopo. Scegli un bando aperto per leggere che cosa offre e candidarti.
welcome-have-account = Hai già un account?
error-name-too-long = Questo nome è troppo lungo: al massimo 100 caratteri.
error-name-characters = In un nome usa solo lettere, spazi, trattini e apostrofi.

# Entrare: la registrazione, confermata per e-mail.
sign-up-sent-title = Controlla la tua e-mail
sign-up-sent = Abbiamo inviato un messaggio a { $email }. Apri il link che contiene per confermare l'indirizzo e continuare la candidatura. Funziona per 24 ore. Non è arrivato nulla dopo qualche minuto? Controlla la cartella spam, oppure registrati di nuovo.
sign-up-confirm-title = Conferma il tuo indirizzo e-mail
sign-up-confirm-intro = Confermando apri il tuo account e la tua candidatura. Poi potrai compilarla passo dopo passo.
action-sign-up-confirm = Conferma e continua
error-sign-up-link-dead = Questo link è scaduto o è già stato usato. Registrati di nuovo dalla pagina del bando, oppure accedi se hai già confermato.
flash-sign-up-confirmed = Il tuo indirizzo è confermato e il tuo account è aperto. Compila la candidatura.
mail-sign-up-subject = Conferma il tuo indirizzo e-mail per Mentor
mail-sign-up-intro = Qualcuno, probabilmente tu, si è registrato con questo indirizzo per candidarsi a «{ $call }». Apri questo link per confermarlo e continuare la candidatura:
mail-sign-up-expiry = Il link funziona una sola volta, per { $hours } ore.
mail-sign-up-not-you = Se non sei stato tu, ignora questo messaggio: nulla viene aperto a tuo nome.
mail-sign-up-exists-subject = Hai già un account Mentor
mail-sign-up-exists-intro = Qualcuno, probabilmente tu, ha provato a registrarsi con questo indirizzo, ma ha già un account Mentor.
mail-sign-up-exists-sign-in = Per candidarti, accedi qui:
mail-sign-up-exists-reset = Hai dimenticato la password? Scegline una nuova qui:
sign-up-back-to-call = Torna al bando
sign-up-see-calls = Vedi i bandi aperti
