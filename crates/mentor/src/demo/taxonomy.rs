//! A small built-in subset of ESCO v1.1 (European Commission, reuse with attribution) so the
//! demo's pickers work without the CSV package: occupations close to the demo positions
//! with their real URIs and ISCO-08 codes, the ISCO groups above them, and skills from the
//! transversal, language and ICT collections. Loaded only when missing; an operator who
//! imported the full package (`mentor taxonomy import`) already has all of it.

use anyhow::{Context, Result};
use db::{Database, Origin};
use domain::taxonomy::{IscoGroup, Occupation, Package, Skill, split_labels};

/// Loads the subset unless every one of its occupations is already there. Returns how
/// many occupations the database holds.
pub fn seed(db: &Database, origin: &Origin) -> Result<i64> {
    let uris: Vec<&str> = OCCUPATIONS.iter().map(|o| o.0).collect();
    let mut conn = db.conn()?;
    let present = db::taxonomy::occupations_present(&mut conn, &uris)?;
    if usize::try_from(present).is_ok_and(|n| n == uris.len()) {
        return Ok(db::taxonomy::counts(&mut conn)?.occupations);
    }
    drop(conn);
    let counts = db
        .write_blocking(origin, |tx| {
            db::taxonomy::import(tx, &package(), &mut |_, _, _| {})
        })
        .context("load the demo taxonomy")?;
    Ok(counts.occupations)
}

fn package() -> Package {
    let mut collections: Vec<(String, Vec<String>)> = Vec::new();
    for (uri, _, _, _, collection) in SKILLS {
        match collections.iter_mut().find(|(c, _)| c == collection) {
            Some((_, uris)) => uris.push(uri.to_owned()),
            None => collections.push((collection.to_owned(), vec![uri.to_owned()])),
        }
    }
    Package {
        isco_groups: ISCO_GROUPS
            .iter()
            .map(|(code, label)| IscoGroup {
                code: (*code).to_owned(),
                label: (*label).to_owned(),
                parent_code: (code.len() > 1).then(|| code[..code.len() - 1].to_owned()),
            })
            .collect(),
        occupations: OCCUPATIONS
            .iter()
            .map(|(uri, isco, label, alt)| Occupation {
                uri: (*uri).to_owned(),
                isco_code: (*isco).to_owned(),
                label: (*label).to_owned(),
                alt_labels: split_labels(alt),
                description: String::new(),
            })
            .collect(),
        skills: SKILLS
            .iter()
            .map(|(uri, label, skill_type, reuse_level, _)| Skill {
                uri: (*uri).to_owned(),
                label: (*label).to_owned(),
                alt_labels: Vec::new(),
                skill_type: (*skill_type).to_owned(),
                reuse_level: (*reuse_level).to_owned(),
                description: String::new(),
            })
            .collect(),
        skill_groups: Vec::new(),
        collections,
        translations: Vec::new(),
    }
}

/// ESCO v1.1 occupations: (URI, ISCO-08 code, preferred label, alternative labels).
#[rustfmt::skip]
pub const OCCUPATIONS: [(&str, &str, &str, &str); 45] = [
    ("http://data.europa.eu/esco/occupation/edf2e989-d7c5-496e-b365-81fc5cb9eb39", "3115", "mechatronics engineering technician", "mechatronic device technician\nmechatronics technician\ntechnologist in mechatronics\ntechnician in mechatronic devices"),
    ("http://data.europa.eu/esco/occupation/1a6d1acf-5956-4ba0-95bf-b15b05a02013", "8211", "mechatronics assembler", "mechatronics installer\nmechatronic equipment production assembler\nmechatronics fitter\nrobotic equipment inspector"),
    ("http://data.europa.eu/esco/occupation/5791a961-4717-4230-a245-a4082a675f04", "3119", "automation engineering technician", "technician in automated systems\ntechnologist in automated systems\nautomation inspector\nautomation engineering assistant"),
    ("http://data.europa.eu/esco/occupation/b31e404e-9af6-457d-a58a-208f612eeba3", "3115", "mechanical engineering technician", "engineering technical apprentice\nmechanical engineering inspector\nmechanical engineering technical operator\nmechanical engineering system inspector"),
    ("http://data.europa.eu/esco/occupation/9aa2a36f-296e-45fe-9798-b7839e0ed389", "3113", "electrical engineering technician", "technician in electrical systems\nelectrical equipment technician\nelectrical installations inspector\nelectrical engineering assistant"),
    ("http://data.europa.eu/esco/occupation/c40a2919-48a9-40ea-b506-1f34f693496d", "2513", "web developer", "web developers\nweb engineer\nweb application developer\nweb programmer"),
    ("http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1", "2512", "software developer", "programmer\nsoftware developers\nsoftware specialist\napplication software developer"),
    ("http://data.europa.eu/esco/occupation/866c7813-2c03-47d7-9bdc-192cfbace57c", "2512", "user interface developer", "user interface developers\nUI developers\nfront end developer\nuser interface engineer"),
    ("http://data.europa.eu/esco/occupation/2ed56c3f-61d6-4f7e-9ef8-8849eb102e4c", "2514", "mobile application developer", "app coder\nmobile application developers\napp programmer\nmobile app developer"),
    ("http://data.europa.eu/esco/occupation/04ba4d6c-957d-417f-bf63-5b9e015a9f86", "2512", "software analyst", "programming analyst\nsoftware requirement analyst\nsoftware analysts\nsoftware requirements analyst"),
    ("http://data.europa.eu/esco/occupation/d3edb8f8-3a06-47a0-8fb9-9b212c006aa2", "2511", "data analyst", "data analysts\ndata warehousing analyst\ndata storage analyst\ndata warehouse analyst"),
    ("http://data.europa.eu/esco/occupation/8c57af09-719c-42b3-be40-6ed4946236cc", "2521", "database administrator", "database manager\ndatabase administrators\ndata administrator\ndata manager"),
    ("http://data.europa.eu/esco/occupation/9e2e6e1e-363b-4e1b-a673-7bc0f7343300", "2522", "ICT system administrator", "IT systems administrator\nICT systems administrator\nsystem and networks administrator\nICT systems administrators"),
    ("http://data.europa.eu/esco/occupation/64c7d461-152c-477f-a8e2-c2c537e9d617", "3513", "ICT network technician", "IT network technician\nnetwork maintenance professional\nassistant network administrator\nnetwork technician"),
    ("http://data.europa.eu/esco/occupation/aaeec9a7-dc57-4485-890c-86b3eef735f9", "3512", "ICT help desk agent", "IT help desk advisor\nICT helpdesk agent\nIT help desk agent\nICT help desk advisor"),
    ("http://data.europa.eu/esco/occupation/bea705fe-06ac-4147-b8e0-6e8ac1208d8f", "9333", "warehouse worker", "warehouse operator\nwarehouse picker\nwarehouse packager\npackager"),
    ("http://data.europa.eu/esco/occupation/30870ea4-5e8e-4b92-a9d5-65e3b97a9b30", "4321", "raw materials warehouse specialist", "raw materials warehouse specialists\nraw materials warehouse supervisor\nraw materials warehouse manager\nraw materials warehouse foreman"),
    ("http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755", "8344", "forklift operator", "warehouse forklift operator\nwarehouse forklift driver\nwarehouse material handler\norder picker driver"),
    ("http://data.europa.eu/esco/occupation/51cd3a7a-eae6-4dc6-9f24-179d7ec6d230", "2141", "logistics analyst", "distribution consultant\nlogistics and supply chain analyst\nlogistics consultant\ndistribution and logistics consultant"),
    ("http://data.europa.eu/esco/occupation/4910419f-b4af-4f59-b544-9dbebc8a74f0", "7411", "electrician", "electrical maintenance technician\nelectrical worker\nelectrical maintenance worker\nmaintenance electrician"),
    ("http://data.europa.eu/esco/occupation/33960bab-4423-4808-af6c-ec2b485dba41", "7411", "building electrician", "electrical installer\ncommercial building electrician\ninstallation electrician\nelectrical maintenance worker"),
    ("http://data.europa.eu/esco/occupation/5dbb9cf0-b226-402c-a295-2f42ef05ff8b", "7411", "domestic electrician", "electrician\nresidential electrician\ndomestic and commercial electrician"),
    ("http://data.europa.eu/esco/occupation/5df63943-f1bc-4438-90f1-92768a7a23c8", "7411", "industrial electrician", "marine electrician\nelectrician\nindustrial and commercial electrician\nindustrial maintenance electrician"),
    ("http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7e", "5120", "cook", "fry cook\npantry supervisor\nkitchen chef\nfood cook"),
    ("http://data.europa.eu/esco/occupation/11e6d39e-1295-40e7-8eea-3eb042bc7e34", "5120", "industrial cook", "catering worker\ncatering cook\ninstitutional cook\ninstitutional food preparation worker"),
    ("http://data.europa.eu/esco/occupation/e1cf6897-158d-4b48-a39e-2a3a8cac216c", "9412", "kitchen assistant", "kitchen worker\nkitchen trainee\nkitchen boy\ncatering assistant"),
    ("http://data.europa.eu/esco/occupation/1009be17-7efd-45f1-a033-566bf179c588", "3434", "chef", "banqueting chef\nchef de cuisine\nsous-chef\ncommis chef"),
    ("http://data.europa.eu/esco/occupation/8f10ea9b-bfdf-4a4c-9fa7-b6e02daa93e5", "3434", "pastry chef", "baker\npastry decorator\nglacier\nconfectionary chef"),
    ("http://data.europa.eu/esco/occupation/1aadb308-432a-4d01-b54b-b4f7f76dd419", "7512", "baker", "bakery specialist\nbakery employee\nbread baker"),
    ("http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b", "7212", "welder", "motor vehicle welder\noxyacetylene welder\nmaintenance welder\nmarine welder"),
    ("http://data.europa.eu/esco/occupation/2ff73126-7aff-4233-9d9c-d8725e1c6822", "7212", "pipe welder", "pipefitter\npipe fitter and welder\nmechanical pipefitter\nplumber"),
    ("http://data.europa.eu/esco/occupation/7259dc48-004a-4ceb-aa4e-5bbd548c2397", "7126", "heating engineer", "oil fired heating inspector\nsolid-fuel fired heating inspector\ncoal fired heating inspector\nHVAC heating mechanic"),
    ("http://data.europa.eu/esco/occupation/ed3cf43d-c2c1-4c46-82fc-1375e27e0290", "7126", "plumber", "pipe worker\ngas fitter\ncommercial plumber\ndomestic plumber"),
    ("http://data.europa.eu/esco/occupation/82025c02-9082-416c-998b-f51eb0359ee6", "4224", "hospitality establishment receptionist", "reception worker\nhotel receptionist\nreception assistant\nreservations clerk"),
    ("http://data.europa.eu/esco/occupation/f7b04542-d8c7-42db-8475-e63b507cce82", "4226", "receptionist", "receiving clerk\nhead receptionist\nfront desk agent\nmedical receptionist"),
    ("http://data.europa.eu/esco/occupation/3cc51201-cd20-47f8-92ad-4d5861f963cf", "9621", "hotel porter", "bellboy\nbaggage carrier\nbellhop\nporter"),
    ("http://data.europa.eu/esco/occupation/1ae8d28e-407c-48ab-88ff-4cb25bfcdea6", "4229", "hotel concierge", "hotel concierge\nconcierge\nguest services manager\nguest concierge"),
    ("http://data.europa.eu/esco/occupation/731ecac4-06e8-4ec2-a559-101fecbd9183", "9112", "room attendant", "rooms person\nhousekeeping worker\nchamber maid\nhousekeeper"),
    ("http://data.europa.eu/esco/occupation/d5db9d5c-2ebf-4a54-a79a-1b7e7ff70471", "5131", "waiter/waitress", "waiting staff\nevent server\nwaitress\ntable waiter"),
    ("http://data.europa.eu/esco/occupation/2f5e38a0-6578-4665-bdbd-e2ab505be140", "5132", "bartender", "bar staff\nbar woman\nbar keeper\nbarman"),
    ("http://data.europa.eu/esco/occupation/7d4266b3-2108-4330-b27b-430a96012c21", "8153", "sewing machine operator", "computer stitcher\nserger machine operator\nedging machine operator\ncustom sewer"),
    ("http://data.europa.eu/esco/occupation/2b136e51-154b-4cb2-8130-f73228f14b11", "8152", "textile machine operator", "textile operations supervisor\ntextile processing supervisor\ntextile processing forewoman\ntextile machinist"),
    ("http://data.europa.eu/esco/occupation/e3dc66de-99c7-4607-a82b-7244036d316d", "8160", "food production operator", "food production operative\nfood production worker\nfood manufacturing worker\nfood worker"),
    ("http://data.europa.eu/esco/occupation/9ba74e8a-c40c-4228-9998-eb3c7a5c11df", "5223", "sales assistant", "senior sales assistant\nsupermarket sales assistant\ncounter assistant\nseller"),
    ("http://data.europa.eu/esco/occupation/bfe142b9-a049-4d41-89c4-fd2f34ac56b6", "3313", "accounting assistant", "junior accountant\nassistant accountant\naccountant assistant\nfinance assistant"),
];

/// The ISCO-08 groups above them: (code, label).
#[rustfmt::skip]
pub const ISCO_GROUPS: [(&str, &str); 87] = [
    ("2", "Professionals"),
    ("21", "Science and engineering professionals"),
    ("214", "Engineering professionals (excluding electrotechnology)"),
    ("2141", "Industrial and production engineers"),
    ("25", "Information and communications technology professionals"),
    ("251", "Software and applications developers and analysts"),
    ("2511", "Systems analysts"),
    ("2512", "Software developers"),
    ("2513", "Web and multimedia developers"),
    ("2514", "Applications programmers"),
    ("252", "Database and network professionals"),
    ("2521", "Database designers and administrators"),
    ("2522", "Systems administrators"),
    ("3", "Technicians and associate professionals"),
    ("31", "Science and engineering associate professionals"),
    ("311", "Physical and engineering science technicians"),
    ("3113", "Electrical engineering technicians"),
    ("3115", "Mechanical engineering technicians"),
    ("3119", "Physical and engineering science technicians not elsewhere classified"),
    ("33", "Business and administration associate professionals"),
    ("331", "Financial and mathematical associate professionals"),
    ("3313", "Accounting associate professionals"),
    ("34", "Legal, social, cultural and related associate professionals"),
    ("343", "Artistic, cultural and culinary associate professionals"),
    ("3434", "Chefs"),
    ("35", "Information and communications technicians"),
    ("351", "Information and communications technology operations and user support technicians"),
    ("3512", "Information and communications technology user support technicians"),
    ("3513", "Computer network and systems technicians"),
    ("4", "Clerical support workers"),
    ("42", "Customer services clerks"),
    ("422", "Client information workers"),
    ("4224", "Hotel receptionists"),
    ("4226", "Receptionists (general)"),
    ("4229", "Client information workers not elsewhere classified"),
    ("43", "Numerical and material recording clerks"),
    ("432", "Material-recording and transport clerks"),
    ("4321", "Stock clerks"),
    ("5", "Service and sales workers"),
    ("51", "Personal service workers"),
    ("512", "Cooks"),
    ("5120", "Cooks"),
    ("513", "Waiters and bartenders"),
    ("5131", "Waiters"),
    ("5132", "Bartenders"),
    ("52", "Sales workers"),
    ("522", "Shop salespersons"),
    ("5223", "Shop sales assistants"),
    ("7", "Craft and related trades workers"),
    ("71", "Building and related trades workers, excluding electricians"),
    ("712", "Building finishers and related trades workers"),
    ("7126", "Plumbers and pipe fitters"),
    ("72", "Metal, machinery and related trades workers"),
    ("721", "Sheet and structural metal workers, moulders and welders, and related workers"),
    ("7212", "Welders and flamecutters"),
    ("74", "Electrical and electronic trades workers"),
    ("741", "Electrical equipment installers and repairers"),
    ("7411", "Building and related electricians"),
    ("75", "Food processing, wood working, garment and other craft and related trades workers"),
    ("751", "Food processing and related trades workers"),
    ("7512", "Bakers, pastry-cooks and confectionery makers"),
    ("8", "Plant and machine operators and assemblers"),
    ("81", "Stationary plant and machine operators"),
    ("815", "Textile, fur and leather products machine operators"),
    ("8152", "Weaving and knitting machine operators"),
    ("8153", "Sewing machine operators"),
    ("816", "Food and related products machine operators"),
    ("8160", "Food and related products machine operators"),
    ("82", "Assemblers"),
    ("821", "Assemblers"),
    ("8211", "Mechanical machinery assemblers"),
    ("83", "Drivers and mobile plant operators"),
    ("834", "Mobile plant operators"),
    ("8344", "Lifting truck operators"),
    ("9", "Elementary occupations"),
    ("91", "Cleaners and helpers"),
    ("911", "Domestic, hotel and office cleaners and helpers"),
    ("9112", "Cleaners and helpers in offices, hotels and other establishments"),
    ("93", "Labourers in mining, construction, manufacturing and transport"),
    ("933", "Transport and storage labourers"),
    ("9333", "Freight handlers"),
    ("94", "Food preparation assistants"),
    ("941", "Food preparation assistants"),
    ("9412", "Kitchen helpers"),
    ("96", "Refuse workers and other elementary workers"),
    ("962", "Other elementary workers"),
    ("9621", "Messengers, package deliverers and luggage porters"),
];

/// ESCO v1.1 skills: (URI, preferred label, skill type, reuse level, collection).
#[rustfmt::skip]
pub const SKILLS: [(&str, &str, &str, &str, &str); 40] = [
    ("http://data.europa.eu/esco/skill/5f1e9642-588c-4882-8c90-20c33cc78bc1", "understand spoken Italian", "skill/competence", "transversal", "language"),
    ("http://data.europa.eu/esco/skill/bb691baa-c7c2-41c3-af69-4dc901d22d2f", "understand written Italian", "skill/competence", "transversal", "language"),
    ("http://data.europa.eu/esco/skill/b45f87e9-66ce-4212-82eb-3a55765bc512", "interact verbally in Italian", "skill/competence", "transversal", "language"),
    ("http://data.europa.eu/esco/skill/ca81a475-f76c-4318-bdd7-4f1f3605e798", "write Italian", "skill/competence", "transversal", "language"),
    ("http://data.europa.eu/esco/skill/87219dfe-a21c-4160-8cc8-1eabf9b16b44", "Italian", "knowledge", "transversal", "language"),
    ("http://data.europa.eu/esco/skill/2ce713f2-c684-4fa3-8e56-939e4bfbf4a2", "understand spoken French", "skill/competence", "transversal", "language"),
    ("http://data.europa.eu/esco/skill/bfb5f0b8-0ea0-4e44-a48d-7d876f966758", "interact verbally in French", "skill/competence", "transversal", "language"),
    ("http://data.europa.eu/esco/skill/5dfc81aa-c395-4e88-a0e0-a2fbb681ecc0", "write French", "skill/competence", "transversal", "language"),
    ("http://data.europa.eu/esco/skill/b22ab5e7-11e1-435e-bdab-0f8decd6a6f4", "understand spoken Arabic", "skill/competence", "transversal", "language"),
    ("http://data.europa.eu/esco/skill/227accd5-5e70-4cc3-8f1c-3f7b52eb6848", "interact verbally in Arabic", "skill/competence", "transversal", "language"),
    ("http://data.europa.eu/esco/skill/cf9e867f-08d7-48a8-8d11-c63bd8a65f89", "write Arabic", "skill/competence", "transversal", "language"),
    ("http://data.europa.eu/esco/skill/64ff8d5f-58a8-4efb-af5a-e161854b3e9a", "understand spoken English", "skill/competence", "transversal", "language"),
    ("http://data.europa.eu/esco/skill/0ee9e985-0ee5-4a73-8a12-78b53b261bb2", "interact verbally in English", "skill/competence", "transversal", "language"),
    ("http://data.europa.eu/esco/skill/3993c87c-7719-4186-811b-8ddfb40e76be", "write English", "skill/competence", "transversal", "language"),
    ("http://data.europa.eu/esco/skill/60c78287-22eb-4103-9c8c-28deaa460da0", "work in teams", "skill/competence", "transversal", "transversal"),
    ("http://data.europa.eu/esco/skill/c29aa9d2-4da8-4bdd-831c-8d4a2fb51730", "work independently", "skill/competence", "transversal", "transversal"),
    ("http://data.europa.eu/esco/skill/d9013e0e-e937-43d5-ab71-0e917ee882b8", "manage time", "skill/competence", "transversal", "transversal"),
    ("http://data.europa.eu/esco/skill/49de9958-2aa4-4eef-a89d-fe5d5bcd28c4", "adapt to change", "skill/competence", "transversal", "transversal"),
    ("http://data.europa.eu/esco/skill/9bf266a6-188b-4d17-a22f-2f266d76832b", "demonstrate willingness to learn", "skill/competence", "transversal", "transversal"),
    ("http://data.europa.eu/esco/skill/d2d9051a-10e1-41c5-9cfb-bbdc58016176", "follow safety precautions in work practices", "skill/competence", "transversal", "transversal"),
    ("http://data.europa.eu/esco/skill/fba28975-4544-4d37-8971-9bd72534018c", "attend to hygiene", "skill/competence", "transversal", "transversal"),
    ("http://data.europa.eu/esco/skill/19ba11f3-9c99-41fd-a7c9-f77e6a026186", "carry out work-related calculations", "skill/competence", "transversal", "transversal"),
    ("http://data.europa.eu/esco/skill/1973c966-f236-40c9-b2d4-5d71a89019be", "use spreadsheets software", "skill/competence", "transversal", "transversal"),
    ("http://data.europa.eu/esco/skill/4463a721-69f3-413d-8321-43e3af13a4f1", "use databases", "skill/competence", "transversal", "transversal"),
    ("http://data.europa.eu/esco/skill/21d2f96d-35f7-4e3f-9745-c533d2dd6e97", "computer programming", "knowledge", "transversal", "transversal"),
    ("http://data.europa.eu/esco/skill/14832d87-2f2f-4895-b290-e4760ebae42a", "solve technical problems", "skill/competence", "transversal", "transversal"),
    ("http://data.europa.eu/esco/skill/7a8fb784-67fa-41e9-a75c-6b491d91f800", "develop strategy to solve problems", "skill/competence", "transversal", "transversal"),
    ("http://data.europa.eu/esco/skill/5f1dd9f6-dcb4-4384-88c9-f9f6a75305c9", "use online communication tools", "skill/competence", "transversal", "transversal"),
    ("http://data.europa.eu/esco/skill/580660a6-5d3a-421d-a54f-d85b706c2b2f", "use online tools to collaborate", "skill/competence", "transversal", "transversal"),
    ("http://data.europa.eu/esco/skill/33a82b83-c838-4889-ae62-fae1317481eb", "protect personal data and privacy", "skill/competence", "transversal", "transversal"),
    ("http://data.europa.eu/esco/skill/35f1be97-06c4-4367-a067-7e0e94f2fa70", "use digital device operating systems", "skill/competence", "transversal", "transversal"),
    ("http://data.europa.eu/esco/skill/57231a22-4da7-49c8-97b8-75672feadf1e", "manage quantitative data", "skill/competence", "transversal", "transversal"),
    ("http://data.europa.eu/esco/skill/db77825e-0f3e-47d0-abdb-356794484272", "use mathematical tools and equipment", "skill/competence", "transversal", "transversal"),
    ("http://data.europa.eu/esco/skill/1d6c7de4-350e-4868-a47b-333b4b0d9650", "evaluate data, information and digital content", "skill/competence", "transversal", "transversal"),
    ("http://data.europa.eu/esco/skill/2b34a99f-9813-4c91-9509-b6b9b8c3132e", "collaborate through digital technologies", "skill/competence", "transversal", "transversal"),
    ("http://data.europa.eu/esco/skill/1a4cc54f-1e53-442b-a6d2-1682dc8ef8f9", "creatively use digital technologies", "skill/competence", "transversal", "transversal"),
    ("http://data.europa.eu/esco/skill/611ed16b-99bf-4840-9cab-f55d1d286e0a", "store digital data and systems", "skill/competence", "transversal", "transversal"),
    ("http://data.europa.eu/esco/skill/82de2df7-0d6c-42b1-94ac-b3e9a029e917", "use back-up and recovery tools", "skill/competence", "transversal", "transversal"),
    ("http://data.europa.eu/esco/skill/14d1e367-3efe-4ec5-86ae-eca48710ee4e", "implement ICT safety policies", "skill/competence", "transversal", "transversal"),
    ("http://data.europa.eu/esco/skill/a44c0ed6-68b1-457a-9c6d-ea8487bdfeb2", "use learning strategies", "skill/competence", "transversal", "transversal"),
];

#[cfg(test)]
mod tests {
    #[test]
    fn the_subset_loads_once_on_both_backends() {
        testkit::on_each_backend(|db| {
            let origin = db::Origin::system();
            let first = super::seed(db, &origin).unwrap_or_else(|e| panic!("{e:#}"));
            let second = super::seed(db, &origin).unwrap_or_else(|e| panic!("{e:#}"));
            assert_eq!(first, super::OCCUPATIONS.len() as i64);
            assert_eq!(second, first);
            let mut c = db.conn().unwrap_or_else(|e| panic!("{e}"));
            let imports = db::audit::recent(&mut c, 10, None)
                .unwrap_or_default()
                .into_iter()
                .filter(|e| e.action == "taxonomy.import")
                .count();
            assert_eq!(imports, 1, "the second run loads nothing");
            let found = db::taxonomy::search_occupations(&mut c, "web dev", 5).unwrap_or_default();
            assert_eq!(
                found.first().map(|o| o.label.as_str()),
                Some("web developer")
            );
        });
    }
}
