# Limitation des tentatives de connexion et jetons d'API (issue 10, défauts 3 et 5).

error-sign-in-wait = { $seconds ->
    [one] Trop de tentatives échouées. Veuillez attendre { $seconds } seconde avant de réessayer.
   *[other] Trop de tentatives échouées. Veuillez attendre { $seconds } secondes avant de réessayer.
}

account-tokens-link = Jetons d'API
tokens-title = Jetons d'API
tokens-intro = Un jeton permet à un programme d'utiliser l'API JSON en votre nom, avec vos autorisations. Il cesse de fonctionner quand il expire, quand vous le révoquez, quand votre mot de passe change ou quand votre compte est désactivé.
tokens-none = Vous n'avez aucun jeton d'API.
tokens-created = Créé le
tokens-expires = Expire le
tokens-last-used = Dernière utilisation
tokens-never-used = Jamais
tokens-expired = expiré
tokens-new = Nouveau jeton
tokens-name-hint = À quoi sert le jeton, pour le reconnaître plus tard (par exemple, le programme qui l'utilise).
tokens-days = Valable pendant (jours)
tokens-days-hint = { $max ->
    [one] Au plus { $max } jour.
   *[other] Au plus { $max } jours.
}
tokens-action-create = Créer le jeton
tokens-made = Jeton « { $name } » créé
tokens-shown-once = Copiez-le maintenant : il n'est affiché que cette fois-ci et ne pourra pas être retrouvé plus tard.
tokens-secret = Jeton
tokens-expires-on = Il expire le { $date }.
tokens-action-revoke = Révoquer
tokens-revoke-title = Révoquer un jeton
tokens-revoke-question = Révoquer le jeton « { $name } » ? Les programmes qui l'utilisent cesseront immédiatement de fonctionner.
tokens-cancel = Annuler
tokens-revoked = Le jeton a été révoqué.
error-token-name = Donnez au jeton un nom de 80 caractères au plus.
error-token-days = Choisissez une validité comprise entre 1 et 365 jours.
