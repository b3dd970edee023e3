//! French labels of the demo taxonomy's concepts, from the ESCO package's
//! `occupations_fr.csv` and `skills_fr.csv` (v1.1), so that French readers see occupations
//! and skills in French (`db::esco_labels`). Keyed by concept URI; a concept not listed
//! shows in English. Loaded on every demo run (the same rows again).

use anyhow::{Context, Result};
use db::{Database, Origin};

pub fn seed(db: &Database, origin: &Origin) -> Result<()> {
    let labels: Vec<(String, String)> = FR
        .iter()
        .map(|(u, l)| ((*u).to_owned(), (*l).to_owned()))
        .collect();
    db.write_blocking(origin, |tx| {
        let n = db::esco_labels::set(tx, "fr", &labels)?;
        tx.audit("demo.seed_esco_labels", "taxonomy", &format!("fr={n}"))
    })
    .context("the demo's French ESCO labels")?;
    Ok(())
}

#[rustfmt::skip]
const FR: [(&str, &str); 85] = [
    ("http://data.europa.eu/esco/occupation/04ba4d6c-957d-417f-bf63-5b9e015a9f86", "analyste logiciel"),
    ("http://data.europa.eu/esco/occupation/1009be17-7efd-45f1-a033-566bf179c588", "chef de cuisine"),
    ("http://data.europa.eu/esco/occupation/11e6d39e-1295-40e7-8eea-3eb042bc7e34", "cuisinier industriel/cuisinière industrielle"),
    ("http://data.europa.eu/esco/occupation/1a6d1acf-5956-4ba0-95bf-b15b05a02013", "monteur en mécatronique/monteuse en mécatronique"),
    ("http://data.europa.eu/esco/occupation/1aadb308-432a-4d01-b54b-b4f7f76dd419", "boulanger/boulangère"),
    ("http://data.europa.eu/esco/occupation/1ae8d28e-407c-48ab-88ff-4cb25bfcdea6", "concierge d'hôtel"),
    ("http://data.europa.eu/esco/occupation/2b136e51-154b-4cb2-8130-f73228f14b11", "conducteur de machines de fabrication de produits textiles/ conductrice de machines de fabrication de produits textiles"),
    ("http://data.europa.eu/esco/occupation/2ed56c3f-61d6-4f7e-9ef8-8849eb102e4c", "développeur d'applications mobiles/développeuse d'applications mobiles"),
    ("http://data.europa.eu/esco/occupation/2f5e38a0-6578-4665-bdbd-e2ab505be140", "barman/barmaid"),
    ("http://data.europa.eu/esco/occupation/2ff73126-7aff-4233-9d9c-d8725e1c6822", "soudeur de tuyaux/soudeuse de tuyaux"),
    ("http://data.europa.eu/esco/occupation/30870ea4-5e8e-4b92-a9d5-65e3b97a9b30", "réceptionnaire de matières premières"),
    ("http://data.europa.eu/esco/occupation/33960bab-4423-4808-af6c-ec2b485dba41", "électricien du bâtiment/électricienne du bâtiment"),
    ("http://data.europa.eu/esco/occupation/3cc51201-cd20-47f8-92ad-4d5861f963cf", "chasseur-bagagiste"),
    ("http://data.europa.eu/esco/occupation/4910419f-b4af-4f59-b544-9dbebc8a74f0", "électricien/électricienne"),
    ("http://data.europa.eu/esco/occupation/51cd3a7a-eae6-4dc6-9f24-179d7ec6d230", "analyste logistique"),
    ("http://data.europa.eu/esco/occupation/5791a961-4717-4230-a245-a4082a675f04", "technicien en ingénierie de l’automation/technicienne en ingénierie de l’automation"),
    ("http://data.europa.eu/esco/occupation/5dbb9cf0-b226-402c-a295-2f42ef05ff8b", "électricien d’équipements domestiques/électricienne d’équipements domestiques"),
    ("http://data.europa.eu/esco/occupation/5df63943-f1bc-4438-90f1-92768a7a23c8", "électricien d’équipements industriels/électricienne d’équipements industriels"),
    ("http://data.europa.eu/esco/occupation/64c7d461-152c-477f-a8e2-c2c537e9d617", "technicien de réseau informatique/technicienne de réseau informatique"),
    ("http://data.europa.eu/esco/occupation/7259dc48-004a-4ceb-aa4e-5bbd548c2397", "chauffagiste"),
    ("http://data.europa.eu/esco/occupation/731ecac4-06e8-4ec2-a559-101fecbd9183", "valet de chambre/femme de chambre"),
    ("http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b", "soudeur/soudeuse"),
    ("http://data.europa.eu/esco/occupation/7d4266b3-2108-4330-b27b-430a96012c21", "opérateur de machine à coudre/opératrice de machine à coudre"),
    ("http://data.europa.eu/esco/occupation/82025c02-9082-416c-998b-f51eb0359ee6", "réceptionniste d'établissement hôtelier"),
    ("http://data.europa.eu/esco/occupation/866c7813-2c03-47d7-9bdc-192cfbace57c", "développeur d'interface utilisateur/développeuse d'interface utilisatrice"),
    ("http://data.europa.eu/esco/occupation/8c57af09-719c-42b3-be40-6ed4946236cc", "administrateur de base de données/administratrice de base de données"),
    ("http://data.europa.eu/esco/occupation/8f10ea9b-bfdf-4a4c-9fa7-b6e02daa93e5", "chef de partie pâtisserie"),
    ("http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7e", "cuisinier/cuisinière"),
    ("http://data.europa.eu/esco/occupation/9aa2a36f-296e-45fe-9798-b7839e0ed389", "technicien électricien de la recherche scientifique/technicienne électricienne de la recherche scientifique"),
    ("http://data.europa.eu/esco/occupation/9ba74e8a-c40c-4228-9998-eb3c7a5c11df", "vendeur/vendeuse"),
    ("http://data.europa.eu/esco/occupation/9e2e6e1e-363b-4e1b-a673-7bc0f7343300", "administrateur de systèmes informatiques/administratrice de systèmes informatiques"),
    ("http://data.europa.eu/esco/occupation/aaeec9a7-dc57-4485-890c-86b3eef735f9", "agent de service d'assistance informatique/agente de service d'assistance informatique"),
    ("http://data.europa.eu/esco/occupation/b31e404e-9af6-457d-a58a-208f612eeba3", "technicien en ingénierie mécanique/technicienne en ingénierie mécanique"),
    ("http://data.europa.eu/esco/occupation/bea705fe-06ac-4147-b8e0-6e8ac1208d8f", "magasinier/magasinière"),
    ("http://data.europa.eu/esco/occupation/bfe142b9-a049-4d41-89c4-fd2f34ac56b6", "assistant vérificateur de comptes/assistante vérificatrice de comptes"),
    ("http://data.europa.eu/esco/occupation/c40a2919-48a9-40ea-b506-1f34f693496d", "développeur web/développeuse web"),
    ("http://data.europa.eu/esco/occupation/d3edb8f8-3a06-47a0-8fb9-9b212c006aa2", "analyste de données"),
    ("http://data.europa.eu/esco/occupation/d5db9d5c-2ebf-4a54-a79a-1b7e7ff70471", "serveur/serveuse"),
    ("http://data.europa.eu/esco/occupation/e1cf6897-158d-4b48-a39e-2a3a8cac216c", "aide-cuisinier/aide-cuisinière"),
    ("http://data.europa.eu/esco/occupation/e3dc66de-99c7-4607-a82b-7244036d316d", "opérateur de fabrication de produits alimentaires/opératrice de fabrication de produits alimentaires"),
    ("http://data.europa.eu/esco/occupation/ed3cf43d-c2c1-4c46-82fc-1375e27e0290", "plombier/plombière"),
    ("http://data.europa.eu/esco/occupation/edf2e989-d7c5-496e-b365-81fc5cb9eb39", "technicien mécatronique/technicienne mécatronique"),
    ("http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755", "cariste"),
    ("http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1", "développeur de logiciels/développeuse de logiciels"),
    ("http://data.europa.eu/esco/occupation/f7b04542-d8c7-42db-8475-e63b507cce82", "réceptionniste"),
    ("http://data.europa.eu/esco/skill/0ee9e985-0ee5-4a73-8a12-78b53b261bb2", "interagir verbalement en anglais"),
    ("http://data.europa.eu/esco/skill/14832d87-2f2f-4895-b290-e4760ebae42a", "résoudre des problèmes techniques"),
    ("http://data.europa.eu/esco/skill/14d1e367-3efe-4ec5-86ae-eca48710ee4e", "appliquer des politiques de sécurité liées aux TIC"),
    ("http://data.europa.eu/esco/skill/1973c966-f236-40c9-b2d4-5d71a89019be", "utiliser un tableur"),
    ("http://data.europa.eu/esco/skill/19ba11f3-9c99-41fd-a7c9-f77e6a026186", "effectuer des calculs d'ordre professionnel"),
    ("http://data.europa.eu/esco/skill/1a4cc54f-1e53-442b-a6d2-1682dc8ef8f9", "utiliser des technologies numériques de façon créative"),
    ("http://data.europa.eu/esco/skill/1d6c7de4-350e-4868-a47b-333b4b0d9650", "évaluer des données, des informations et des contenus numériques"),
    ("http://data.europa.eu/esco/skill/21d2f96d-35f7-4e3f-9745-c533d2dd6e97", "programmation informatique"),
    ("http://data.europa.eu/esco/skill/227accd5-5e70-4cc3-8f1c-3f7b52eb6848", "interagir verbalement en arabe"),
    ("http://data.europa.eu/esco/skill/2b34a99f-9813-4c91-9509-b6b9b8c3132e", "mener des collaborations au moyen de technologies numériques"),
    ("http://data.europa.eu/esco/skill/2ce713f2-c684-4fa3-8e56-939e4bfbf4a2", "comprendre le français parlé"),
    ("http://data.europa.eu/esco/skill/33a82b83-c838-4889-ae62-fae1317481eb", "protéger des données à caractère personnel et la vie privée"),
    ("http://data.europa.eu/esco/skill/35f1be97-06c4-4367-a067-7e0e94f2fa70", "utiliser des systèmes d'exploitation d'appareils numériques"),
    ("http://data.europa.eu/esco/skill/3993c87c-7719-4186-811b-8ddfb40e76be", "écrire en anglais"),
    ("http://data.europa.eu/esco/skill/4463a721-69f3-413d-8321-43e3af13a4f1", "utiliser des bases de données"),
    ("http://data.europa.eu/esco/skill/49de9958-2aa4-4eef-a89d-fe5d5bcd28c4", "s'adapter au changement"),
    ("http://data.europa.eu/esco/skill/57231a22-4da7-49c8-97b8-75672feadf1e", "gérer des données quantitatives"),
    ("http://data.europa.eu/esco/skill/580660a6-5d3a-421d-a54f-d85b706c2b2f", "utiliser des outils en ligne pour collaborer"),
    ("http://data.europa.eu/esco/skill/5dfc81aa-c395-4e88-a0e0-a2fbb681ecc0", "écrire en français"),
    ("http://data.europa.eu/esco/skill/5f1dd9f6-dcb4-4384-88c9-f9f6a75305c9", "utiliser des outils de communication en ligne"),
    ("http://data.europa.eu/esco/skill/5f1e9642-588c-4882-8c90-20c33cc78bc1", "comprendre l'italien parlé"),
    ("http://data.europa.eu/esco/skill/60c78287-22eb-4103-9c8c-28deaa460da0", "travailler en équipe"),
    ("http://data.europa.eu/esco/skill/611ed16b-99bf-4840-9cab-f55d1d286e0a", "stocker des données et des systèmes numériques"),
    ("http://data.europa.eu/esco/skill/64ff8d5f-58a8-4efb-af5a-e161854b3e9a", "comprendre l'anglais parlé"),
    ("http://data.europa.eu/esco/skill/7a8fb784-67fa-41e9-a75c-6b491d91f800", "élaborer une stratégie pour résoudre les problèmes"),
    ("http://data.europa.eu/esco/skill/82de2df7-0d6c-42b1-94ac-b3e9a029e917", "utiliser des outils de sauvegarde et de récupération"),
    ("http://data.europa.eu/esco/skill/87219dfe-a21c-4160-8cc8-1eabf9b16b44", "italien"),
    ("http://data.europa.eu/esco/skill/9bf266a6-188b-4d17-a22f-2f266d76832b", "démontrer une volonté d'apprendre"),
    ("http://data.europa.eu/esco/skill/a44c0ed6-68b1-457a-9c6d-ea8487bdfeb2", "utiliser des stratégies d'apprentissage"),
    ("http://data.europa.eu/esco/skill/b22ab5e7-11e1-435e-bdab-0f8decd6a6f4", "comprendre l'arabe parlé"),
    ("http://data.europa.eu/esco/skill/b45f87e9-66ce-4212-82eb-3a55765bc512", "interagir verbalement en italien"),
    ("http://data.europa.eu/esco/skill/bb691baa-c7c2-41c3-af69-4dc901d22d2f", "comprendre l'italien écrit"),
    ("http://data.europa.eu/esco/skill/bfb5f0b8-0ea0-4e44-a48d-7d876f966758", "interagir verbalement en français"),
    ("http://data.europa.eu/esco/skill/c29aa9d2-4da8-4bdd-831c-8d4a2fb51730", "travailler de manière autonome"),
    ("http://data.europa.eu/esco/skill/ca81a475-f76c-4318-bdd7-4f1f3605e798", "écrire en italien"),
    ("http://data.europa.eu/esco/skill/cf9e867f-08d7-48a8-8d11-c63bd8a65f89", "écrire en arabe"),
    ("http://data.europa.eu/esco/skill/d2d9051a-10e1-41c5-9cfb-bbdc58016176", "respecter les consignes de sécurité dans les pratiques de travail"),
    ("http://data.europa.eu/esco/skill/d9013e0e-e937-43d5-ab71-0e917ee882b8", "gérer le temps"),
    ("http://data.europa.eu/esco/skill/db77825e-0f3e-47d0-abdb-356794484272", "utiliser des outils et équipements mathématiques"),
    ("http://data.europa.eu/esco/skill/fba28975-4544-4d37-8971-9bd72534018c", "veiller à l'hygiène"),
];
