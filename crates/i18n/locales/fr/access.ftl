# Accès : mot de passe oublié.

password-forgot-link = Mot de passe oublié ?
password-forgot-title = Mot de passe oublié
password-forgot-intro = Saisissez l'adresse e-mail utilisée lors de votre inscription. Nous vous enverrons un lien pour choisir un nouveau mot de passe.
password-forgot-send = M'envoyer un lien
password-forgot-sent = Si un compte utilise cette adresse, un lien pour choisir un nouveau mot de passe vous a été envoyé. Il fonctionne une seule fois, pendant une heure. Vérifiez aussi vos courriers indésirables.
password-back-to-sign-in = Retour à la connexion
password-reset-title = Choisir un nouveau mot de passe
password-reset-intro = Au moins 10 caractères. Le nouveau mot de passe ferme toutes les autres sessions de votre compte.
password-new = Nouveau mot de passe
password-reset-save = Enregistrer le nouveau mot de passe
error-reset-link-dead = Ce lien a expiré ou a déjà été utilisé. Demandez-en un nouveau ci-dessous.
flash-password-reset = Votre mot de passe est changé. Connectez-vous avec le nouveau.
mail-reset-subject = Choisissez un nouveau mot de passe Mentor
mail-reset-intro = Quelqu'un, probablement vous, a demandé à choisir un nouveau mot de passe pour votre compte Mentor. Ouvrez ce lien pour le faire :
mail-reset-expiry = Le lien fonctionne une seule fois, pendant { $minutes } minutes.
mail-reset-not-you = Si vous n'avez rien demandé, ignorez ce message : votre mot de passe reste inchangé.
welcome-title = Mentor : des stages en Italie
welcome-intro = Ici, des jeunes du Maroc et de la Tunisie postulent à un stage de six mois dans une entreprise italienne, avec un accompagnement avant, pendant et après. Choisissez un appel ouvert pour lire ce qu'il propose et postuler.
welcome-have-account = Vous avez déjà un compte ?
error-name-too-long = Ce nom est trop long : 100 caractères au plus.
error-name-characters = Dans un nom, utilisez uniquement des lettres, des espaces, des traits d'union et des apostrophes.
