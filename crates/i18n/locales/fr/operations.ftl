# Operations: the database unavailable, the audit chain's anchors (issue 10, defects 6 and 19).
error-unavailable = Le service est momentanément indisponible. Veuillez réessayer dans quelques minutes.
audit-unanchored = La chaîne de { $count } entrées est cohérente, mais non ancrée : la suppression de ses entrées les plus récentes ne se verrait pas. Configurez un fichier d'ancrage pour la vérifier.
audit-anchored = La chaîne de { $count } entrées est intacte et correspond à l'ancre prise à l'entrée { $seq } ({ $at }).
audit-missing = Le journal d'audit a été falsifié : des entrées manquent après l'entrée { $seq } (l'ancre en comptait { $count }).
audit-rewritten = Le journal d'audit a été falsifié : l'entrée { $seq } ne correspond plus à son ancre ; la chaîne jusqu'à elle a donc été réécrite.
audit-anchor-unusable = La dernière ancre est illisible, ou n'a pas été créée avec cette clé d'audit.
audit-anchor-now = Ancrer la chaîne maintenant
audit-anchor-done = La tête de la chaîne a été écrite dans l'ancre.
