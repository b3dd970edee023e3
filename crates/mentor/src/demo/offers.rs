//! The position each of the 36 hosts offers, fitting its trade: an Italian title, an ESCO
//! occupation (its preferred label, so the position carries the ESCO code and ISCO group)
//! and the ESCO skills it asks for, as the position form's pickers write them. Together
//! with the concepts the applications name (`lists.rs`) this makes a matching run read as
//! a person would expect: a web developer goes to a software house, a cook to a kitchen.
//! (No skill label here has a comma: the position's skills are a comma-separated list.)

/// (Italian title, ESCO occupation, required skills, desired skills), in the order of
/// `companies::MILAN` then `companies::TURIN`.
pub type Offer = (&'static str, &'static str, &'static str, &'static str);

const ICT: (&str, &str) = (
    "computer programming, use databases",
    "solve technical problems, work in teams",
);
const AUTOMATION: (&str, &str) = (
    "solve technical problems, use digital device operating systems",
    "follow safety precautions in work practices",
);
const MECHANICS: (&str, &str) = (
    "solve technical problems, carry out work-related calculations",
    "follow safety precautions in work practices",
);
const ELECTRICS: (&str, &str) = (
    "follow safety precautions in work practices, solve technical problems",
    "carry out work-related calculations",
);
const LOGISTICS: (&str, &str) = (
    "use spreadsheets software, manage quantitative data",
    "work in teams",
);
const HOSPITALITY: (&str, &str) = (
    "attend to hygiene, work in teams",
    "understand spoken Italian",
);
const TRADES: (&str, &str) = (
    "follow safety precautions in work practices, work independently",
    "work in teams",
);
const ACCOUNTS: (&str, &str) = (
    "use spreadsheets software, manage time",
    "carry out work-related calculations",
);
const DATA: (&str, &str) = (
    "manage quantitative data, use spreadsheets software",
    "use databases",
);
const FOOD: (&str, &str) = (
    "attend to hygiene, follow safety precautions in work practices",
    "work in teams",
);

const fn offer(
    title: &'static str,
    occupation: &'static str,
    skills: (&'static str, &'static str),
) -> Offer {
    (title, occupation, skills.0, skills.1)
}

pub const OFFERS: [Offer; 36] = [
    // Milan
    offer("Sviluppatore web junior", "web developer", ICT),
    offer(
        "Tecnico meccanico junior",
        "mechanical engineering technician",
        MECHANICS,
    ),
    offer(
        "Sviluppatore di interfacce utente",
        "user interface developer",
        ICT,
    ),
    offer("Addetto di magazzino", "warehouse worker", LOGISTICS),
    offer(
        "Tecnico dell'automazione",
        "automation engineering technician",
        AUTOMATION,
    ),
    offer("Assistente contabile", "accounting assistant", ACCOUNTS),
    offer("Aiuto cuoco", "cook", HOSPITALITY),
    offer("Saldatore di tubazioni", "pipe welder", TRADES),
    offer("Analista di dati di laboratorio", "data analyst", DATA),
    offer(
        "Tecnico elettrotecnico",
        "electrical engineering technician",
        ELECTRICS,
    ),
    offer(
        "Elettricista di cantiere",
        "building electrician",
        ELECTRICS,
    ),
    offer(
        "Receptionist d'albergo",
        "hospitality establishment receptionist",
        HOSPITALITY,
    ),
    offer(
        "Operatore di macchine tessili",
        "textile machine operator",
        TRADES,
    ),
    offer("Sviluppatore software junior", "software developer", ICT),
    offer("Analista di dati di produzione", "data analyst", DATA),
    offer(
        "Elettricista industriale",
        "industrial electrician",
        ELECTRICS,
    ),
    offer(
        "Tecnico dell'automazione di impianti",
        "automation engineering technician",
        AUTOMATION,
    ),
    offer("Elettricista manutentore", "electrician", ELECTRICS),
    offer(
        "Assistente amministrativo",
        "accounting assistant",
        ACCOUNTS,
    ),
    // Turin
    offer(
        "Tecnico meccatronico",
        "mechatronics engineering technician",
        AUTOMATION,
    ),
    offer(
        "Tecnico dell'automazione",
        "automation engineering technician",
        AUTOMATION,
    ),
    offer(
        "Assemblatore meccatronico",
        "mechatronics assembler",
        AUTOMATION,
    ),
    offer("Sviluppatore web junior", "web developer", ICT),
    offer("Aiuto cuoco", "cook", HOSPITALITY),
    offer(
        "Tecnico dell'automazione",
        "automation engineering technician",
        AUTOMATION,
    ),
    offer("Sviluppatore software", "software developer", ICT),
    offer("Analista logistico", "logistics analyst", LOGISTICS),
    offer(
        "Operatore di produzione alimentare",
        "food production operator",
        FOOD,
    ),
    offer("Saldatore", "welder", TRADES),
    offer(
        "Sviluppatore di app mobili",
        "mobile application developer",
        ICT,
    ),
    offer(
        "Addetto al magazzino materie prime",
        "raw materials warehouse specialist",
        LOGISTICS,
    ),
    offer(
        "Tecnico meccatronico",
        "mechatronics engineering technician",
        AUTOMATION,
    ),
    offer("Magazziniere", "warehouse worker", LOGISTICS),
    offer(
        "Receptionist d'albergo",
        "hospitality establishment receptionist",
        HOSPITALITY,
    ),
    offer("Analista di dati energetici", "data analyst", DATA),
    offer(
        "Tecnico dell'automazione",
        "automation engineering technician",
        AUTOMATION,
    ),
];

#[cfg(test)]
mod tests {
    use super::super::taxonomy::{OCCUPATIONS, SKILLS};

    #[test]
    fn every_offer_names_concepts_of_the_built_in_subset() {
        assert_eq!(
            super::OFFERS.len(),
            super::super::companies::MILAN.len() + super::super::companies::TURIN.len()
        );
        for (title, occupation, required, desired) in super::OFFERS {
            assert!(
                OCCUPATIONS.iter().any(|o| o.2 == occupation),
                "{title}: {occupation}"
            );
            for skill in format!("{required}, {desired}").split(", ") {
                assert!(SKILLS.iter().any(|s| s.1 == skill), "{title}: {skill}");
            }
        }
    }
}
