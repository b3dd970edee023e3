# ESCO dans la langue du lecteur, et les compétences dans les mots du candidat (ticket 12).
skills-hint-own-words = Aucun terme ESCO ne convient ? Écrivez la compétence ou le métier avec vos propres mots : il est conservé, et l'équipe du programme le fera correspondre à ESCO. { $items } au plus avec vos mots, de { $chars } caractères chacun.
skills-own-words-title = Décrit avec vos mots
skills-free-title = Décrit avec les mots du candidat
skills-kind-occupation = Métier
skills-kind-skill = Compétence
skills-field-map = Concept ESCO
skills-action-map = Faire correspondre à ESCO
skills-mapped-to = correspond à { $concept }
skills-map-question = Faire correspondre cette description à ESCO ?
skills-map-words = Avec les mots du candidat : { $text }
skills-map-concept = Concept ESCO : { $concept }
skills-map-hint = Le concept est ajouté à la candidature ; les mots du candidat sont conservés à côté.
skills-error-free-too-long = Une description avec vos mots dépasse 200 caractères : raccourcissez-la.
skills-error-free-too-many = 10 compétences et métiers au plus avec vos mots : choisissez des suggestions ESCO pour les autres ou retirez-en.
skills-error-no-concept = Choisissez un concept ESCO parmi les suggestions.
skills-error-already-mapped = Cette description a déjà été mise en correspondance avec ESCO.
flash-free-skill-mapped = La description a été mise en correspondance avec ESCO.
task-map-free-skills = { $count ->
    [one] 1 candidature dont des compétences décrites avec les mots du candidat sont à faire correspondre à ESCO
   *[other] { $count } candidatures dont des compétences décrites avec les mots du candidat sont à faire correspondre à ESCO
}
