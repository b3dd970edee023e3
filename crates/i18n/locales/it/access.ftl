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
