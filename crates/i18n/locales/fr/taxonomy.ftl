# La taxonomie ESCO : sélecteurs et liens.
taxonomy-occupation-hint = Commencez à écrire et choisissez un métier ESCO pour y rattacher le poste et remplir son code ISCO ; tout autre texte est gardé tel quel.
taxonomy-esco-entry = Fiche ESCO
taxonomy-skills-hint = Séparez les compétences par des virgules ; les compétences ESCO sont proposées pendant la saisie.
