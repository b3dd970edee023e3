//! One demo account per role. Their password is set on every run to the one printed.

use anyhow::{Result, anyhow};
use db::{Database, Origin};
use domain::{Email, Locale, Role};

pub struct DemoAccount {
    pub email: &'static str,
    pub name: &'static str,
    pub organisation: Org,
    pub role: Role,
    pub describe: &'static str,
    /// The language the account reads the platform in (none: the browser's).
    pub locale: Option<Locale>,
}

pub enum Org {
    Named(&'static str),
    /// The first Milan host company.
    FirstCompany,
}

pub const ACCOUNTS: [DemoAccount; 17] = [
    DemoAccount {
        email: "admin@demo.example",
        name: "Admin Demo",
        organisation: Org::Named("Comune di Milano"),
        role: Role::Admin,
        describe: "administrator",
        locale: None,
    },
    DemoAccount {
        email: "coordinator@demo.example",
        name: "Giulia Rossi",
        organisation: Org::Named("Comune di Milano"),
        role: Role::Coordinator,
        describe: "programme coordinator, Comune di Milano",
        locale: None,
    },
    DemoAccount {
        email: "agency.tn@demo.example",
        name: "Sami Ben Salah",
        organisation: Org::Named("ANETI"),
        role: Role::AgencyStaff,
        describe: "employment agency, ANETI (Tunisia)",
        locale: None,
    },
    DemoAccount {
        email: "agency.ma@demo.example",
        name: "Khadija El Amrani",
        organisation: Org::Named("ANAPEC"),
        role: Role::AgencyStaff,
        describe: "employment agency, ANAPEC (Morocco)",
        locale: None,
    },
    DemoAccount {
        email: "promoter@demo.example",
        name: "Marco Bianchi",
        organisation: Org::Named("AFOL Metropolitana"),
        role: Role::PromoterStaff,
        describe: "promoter, AFOL Metropolitana",
        locale: None,
    },
    DemoAccount {
        email: "business.mi@demo.example",
        name: "Chiara Galli",
        organisation: Org::Named("Promos Italia"),
        role: Role::BusinessStaff,
        describe: "company outreach, Promos Italia (Milan)",
        locale: None,
    },
    DemoAccount {
        email: "business.to@demo.example",
        name: "Davide Ferrero",
        organisation: Org::Named("CEIPiemonte"),
        role: Role::BusinessStaff,
        describe: "company outreach, CEIPiemonte (Turin)",
        locale: None,
    },
    DemoAccount {
        email: "company@demo.example",
        name: "Laura Colombo",
        organisation: Org::FirstCompany,
        role: Role::Company,
        describe: "host company HR, Milan",
        locale: None,
    },
    DemoAccount {
        email: "mediator@demo.example",
        name: "Youssef Haddad",
        organisation: Org::Named("Soleterre"),
        role: Role::Mediator,
        describe: "cultural mediator, Soleterre",
        locale: None,
    },
    DemoAccount {
        email: "mentor@demo.example",
        name: "Karim Mansouri",
        organisation: Org::Named("ANOLF Piemonte"),
        role: Role::NgoStaff,
        describe: "mentor of the MENTOR II 2022 participants, ANOLF Piemonte",
        locale: None,
    },
    DemoAccount {
        email: "courses@demo.example",
        name: "Paola Ferrari",
        organisation: Org::Named("Soleterre"),
        role: Role::NgoStaff,
        describe: "course staff, Soleterre (pre-departure courses)",
        locale: None,
    },
    DemoAccount {
        email: "evaluator@demo.example",
        name: "Paola Conti",
        organisation: Org::Named("CeSPI"),
        role: Role::Evaluator,
        describe: "evaluator, CeSPI",
        locale: None,
    },
    DemoAccount {
        email: "trainee@demo.example",
        // Renamed after the application it is given (`demo::interviews`).
        name: "Amina Trabelsi",
        organisation: Org::Named("Comune di Milano"),
        role: Role::Participant,
        describe: "participant",
        locale: None,
    },
    DemoAccount {
        email: "trainee.case@demo.example",
        // Renamed after the application it is given (`demo::current`): a trainee of the
        // current call whose art. 27 case waits for their papers.
        name: "Yasmine Bennani",
        organisation: Org::Named("Comune di Milano"),
        role: Role::Participant,
        describe: "participant with a case in progress (reads French)",
        locale: Some(Locale::Fr),
    },
    DemoAccount {
        email: "returnee@demo.example",
        // Given the 2022 application of Anass El Khattabi, back in Morocco (`demo::grants`).
        name: "Anass El Khattabi",
        organisation: Org::Named("Comune di Milano"),
        role: Role::Participant,
        describe: "returnee in Morocco, eligible for the return calls (reads Arabic)",
        locale: Some(Locale::Ar),
    },
    DemoAccount {
        email: "panellist@demo.example",
        name: "Leila Gharbi",
        organisation: Org::Named("ANETI"),
        role: Role::AgencyStaff,
        describe: "panellist of the return calls, ANETI (Tunisia)",
        locale: Some(Locale::Fr),
    },
    DemoAccount {
        email: "panellist.it@demo.example",
        name: "Marco Rinaldi",
        organisation: Org::Named("AFOL Metropolitana"),
        role: Role::PromoterStaff,
        describe: "panellist of the return calls, AFOL Metropolitana (Italy)",
        locale: None,
    },
];

pub fn seed(
    db: &Database,
    origin: &Origin,
    password: &str,
    companies: &[(String, String)],
) -> Result<()> {
    let hash = crate::commands::user::hash(password)?;
    for account in &ACCOUNTS {
        let email = Email::parse(account.email).map_err(|e| anyhow!("{e}"))?;
        let mut conn = db.conn()?;
        let org_id = match account.organisation {
            Org::Named(name) => {
                db::organisations::find_by_name_unscoped(&mut conn, name)?
                    .ok_or_else(|| anyhow!("demo organisation {name} missing"))?
                    .id
            }
            Org::FirstCompany => companies
                .first()
                .map(|(_, id)| id.clone())
                .ok_or_else(|| anyhow!("no company"))?,
        };
        let existing = db::users::find_by_email_unscoped(&mut conn, &email)?;
        db.write_blocking(origin, |tx| {
            match &existing {
                Some(u) => db::users::set_password(tx, &u.id, &hash)?,
                None => {
                    let id = db::users::create(tx, &email, account.name, &hash, account.locale)?;
                    db::memberships::add(tx, &id, &org_id, account.role)?;
                }
            }
            Ok(())
        })?;
    }
    Ok(())
}

/// The user ids of the business-association accounts, by city.
pub fn business_accounts(db: &Database) -> Result<std::collections::HashMap<&'static str, String>> {
    let mut out = std::collections::HashMap::new();
    let mut conn = db.conn()?;
    for (city, email) in [
        ("milano", "business.mi@demo.example"),
        ("torino", "business.to@demo.example"),
    ] {
        let email = Email::parse(email).map_err(|e| anyhow!("{e}"))?;
        if let Some(u) = db::users::find_by_email_unscoped(&mut conn, &email)? {
            out.insert(city, u.id);
        }
    }
    Ok(out)
}
