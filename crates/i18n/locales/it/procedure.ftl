# Modelli di procedura: che cosa non va in un file importato (con la sua riga).
procedure-error-too-large = Il file è troppo grande per un modello di procedura.
procedure-error-syntax = Questa riga non si può leggere: { $subject }
procedure-error-version = La versione deve essere 1 o più, non { $subject }.
procedure-error-duplicate-step = La fase «{ $subject }» è definita due volte.
procedure-error-unknown-document = «{ $subject }» non è un tipo di documento conosciuto.
procedure-error-unknown-step = «{ $subject }» non è una fase di questo modello.
procedure-error-no-roles = La transizione da «{ $subject }» non indica alcun ruolo che possa farla.
procedure-error-unknown-role = «{ $subject }» non è un ruolo conosciuto.
procedure-error-no-end = Il modello non ha una fase finale.
procedure-error-unreachable = La fase «{ $subject }» non si può raggiungere dall'inizio.
procedure-error-dead-end = Dalla fase «{ $subject }» non si raggiunge alcuna fine.
case-error-transition = La procedura non consente questo passaggio dalla fase in cui si trova la pratica.
case-error-role = Il tuo ruolo non può fare questo passaggio della procedura.
case-error-incomplete = Manca qualcosa perché la pratica possa andare avanti: vedi l'elenco di ciò che serve alla fase.
