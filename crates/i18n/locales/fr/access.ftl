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

# Entrer : l'inscription, confirmée par e-mail.
sign-up-sent-title = Consultez vos e-mails
sign-up-sent = Nous avons envoyé un message à { $email }. Ouvrez le lien qu'il contient pour confirmer votre adresse et poursuivre votre candidature. Il fonctionne 24 heures. Rien reçu après quelques minutes ? Vérifiez vos courriers indésirables, ou inscrivez-vous à nouveau.
sign-up-confirm-title = Confirmez votre adresse e-mail
sign-up-confirm-intro = La confirmation ouvre votre compte et votre candidature. Vous pourrez ensuite la remplir étape par étape.
action-sign-up-confirm = Confirmer et continuer
error-sign-up-link-dead = Ce lien a expiré ou a déjà été utilisé. Inscrivez-vous à nouveau depuis la page de l'appel, ou connectez-vous si vous avez déjà confirmé.
flash-sign-up-confirmed = Votre adresse est confirmée et votre compte est ouvert. Remplissez votre candidature.
mail-sign-up-subject = Confirmez votre adresse e-mail pour Mentor
mail-sign-up-intro = Quelqu'un, probablement vous, s'est inscrit avec cette adresse pour candidater à « { $call } ». Ouvrez ce lien pour la confirmer et poursuivre votre candidature :
mail-sign-up-expiry = Le lien fonctionne une seule fois, pendant { $hours } heures.
mail-sign-up-not-you = Si ce n'était pas vous, ignorez ce message : rien n'est ouvert à votre nom.
mail-sign-up-exists-subject = Vous avez déjà un compte Mentor
mail-sign-up-exists-intro = Quelqu'un, probablement vous, a essayé de s'inscrire avec cette adresse, mais elle a déjà un compte Mentor.
mail-sign-up-exists-sign-in = Pour candidater, connectez-vous ici :
mail-sign-up-exists-reset = Mot de passe oublié ? Choisissez-en un nouveau ici :
sign-up-back-to-call = Retour à l'appel
sign-up-see-calls = Voir les appels ouverts
