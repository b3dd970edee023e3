# Le persone assegnate a un caso (issue 14).
duty-company_tutor = Tutor aziendale
duty-promoter_tutor = Tutor del promotore
duty-mediator = Mediatore culturale
duty-mentor = Mentor
case-people-title = Persone
case-people-none = Nessuno per ora
case-people-assign = Assegna
case-people-remove = Rimuovi
case-people-choose = Scegli una persona
case-people-error-holder = Questa persona non può ricoprire questo ruolo in questo caso.
case-people-back = Torna al caso
case-people-open = Tutor, mediatore e mentor
flash-case-people-assigned = Persona assegnata.
flash-case-people-removed = Assegnazione rimossa.
