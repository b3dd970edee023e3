# Limites des requêtes (issue 10, défauts 17, 18, 20) : tailles, délais, requêtes API répétées.
error-uri-too-long = L'adresse est trop longue. Raccourcissez la recherche ou ses filtres et réessayez.
error-headers-too-large = La requête contient trop de données d'en-tête (souvent trop de cookies). Effacez les cookies de ce site et réessayez.
error-body-timeout = Les données envoyées sont arrivées trop lentement et n'ont pas été acceptées. Rien n'a été enregistré ; vérifiez votre connexion et réessayez.
error-request-timeout = Le serveur a mis trop de temps à répondre. La modification a pu être enregistrée ou non : vérifiez avant de réessayer.
error-idempotency-key-invalid = L'en-tête Idempotency-Key doit compter de 1 à 255 caractères visibles.
error-idempotency-key-reused = Cette Idempotency-Key a déjà servi pour une autre requête. Utilisez une nouvelle clé pour une nouvelle requête.
error-idempotency-in-progress = Une requête avec cette Idempotency-Key est encore en cours de traitement. Réessayez dans un instant.
