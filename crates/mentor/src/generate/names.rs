//! Names and places for generated records: family and given names of Tunisia and Morocco
//! in Latin and Arabic script (as the application form takes both), the territories of
//! origin and of hosting, Italian company names. All fictional combinations.

use domain::Country;

/// (Latin, Arabic) family names.
pub const FAMILY: [(&str, &str); 30] = [
    ("Trabelsi", "الطرابلسي"),
    ("Ben Salah", "بن صالح"),
    ("Jaziri", "الجزيري"),
    ("Gharbi", "الغربي"),
    ("Hammami", "الحمامي"),
    ("Mansouri", "المنصوري"),
    ("Ayari", "العياري"),
    ("Zribi", "الزريبي"),
    ("Chaabane", "شعبان"),
    ("Ben Ali", "بن علي"),
    ("Dridi", "الدريدي"),
    ("Mejri", "الماجري"),
    ("Sassi", "الساسي"),
    ("Khelifi", "الخليفي"),
    ("Jebali", "الجبالي"),
    ("Alaoui", "العلوي"),
    ("Bennani", "بناني"),
    ("El Idrissi", "الإدريسي"),
    ("Tazi", "التازي"),
    ("Berrada", "برادة"),
    ("Benjelloun", "بنجلون"),
    ("Chraibi", "الشرايبي"),
    ("Fassi", "الفاسي"),
    ("Amrani", "العمراني"),
    ("Ouazzani", "الوزاني"),
    ("Lahlou", "لحلو"),
    ("Kettani", "الكتاني"),
    ("Bakkali", "البقالي"),
    ("Ziani", "الزياني"),
    ("Naciri", "الناصري"),
];

/// (Latin, Arabic) given names of women.
pub const GIVEN_F: [(&str, &str); 12] = [
    ("Amina", "أمينة"),
    ("Fatma", "فاطمة"),
    ("Salma", "سلمى"),
    ("Yasmine", "ياسمين"),
    ("Ines", "إيناس"),
    ("Rim", "ريم"),
    ("Nour", "نور"),
    ("Sara", "سارة"),
    ("Khadija", "خديجة"),
    ("Meriem", "مريم"),
    ("Hajar", "هاجر"),
    ("Zineb", "زينب"),
];

/// (Latin, Arabic) given names of men.
pub const GIVEN_M: [(&str, &str); 12] = [
    ("Mohamed", "محمد"),
    ("Ahmed", "أحمد"),
    ("Youssef", "يوسف"),
    ("Omar", "عمر"),
    ("Anis", "أنيس"),
    ("Karim", "كريم"),
    ("Hamza", "حمزة"),
    ("Mehdi", "مهدي"),
    ("Ayoub", "أيوب"),
    ("Bilal", "بلال"),
    ("Amine", "أمين"),
    ("Walid", "وليد"),
];

/// Territories where applicants live.
pub const ORIGIN: [(&str, Country); 7] = [
    ("Tunis", Country::TN),
    ("Sfax", Country::TN),
    ("Sousse", Country::TN),
    ("Tangier", Country::MA),
    ("Beni Mellal", Country::MA),
    ("Casablanca", Country::MA),
    ("Khouribga", Country::MA),
];

/// Territories where companies host: city, the region of its procedure template (ISO
/// 3166-2) and of its hosting rules (`regional_rules`).
pub const HOSTING: [(&str, &str, &str); 2] = [
    ("Milano", "IT-25", "lombardia"),
    ("Torino", "IT-21", "piemonte"),
];

/// The agencies that register applicants, by country, and the Italian partners.
pub const AGENCIES: [(&str, Country); 2] = [("ANETI", Country::TN), ("ANAPEC", Country::MA)];
pub const ITALIAN_PARTNERS: [&str; 2] = ["Agenzia regionale per il lavoro", "Camera di commercio"];

pub const COMPANY_FAMILY: [&str; 14] = [
    "Rossi", "Bianchi", "Colombo", "Ferrari", "Esposito", "Romano", "Ricci", "Marino", "Greco",
    "Bruno", "Gallo", "Conti", "Costa", "Giordano",
];
pub const COMPANY_TRADE: [(&str, &str); 8] = [
    ("Meccanica", "28.41"),
    ("Logistica", "52.29"),
    ("Alimentari", "10.71"),
    ("Impianti", "43.21"),
    ("Informatica", "62.01"),
    ("Ristorazione", "56.10"),
    ("Tessile", "13.92"),
    ("Edilizia", "41.20"),
];

/// Studies the profiles name.
pub const STUDIES: [(&str, &str, i64); 6] = [
    ("Computer science", "Licence", 6),
    (
        "Mechanical engineering",
        "Brevet de technicien supérieur",
        5,
    ),
    ("Hospitality", "Diplôme de technicien", 4),
    ("Electrical engineering", "Licence appliquée", 6),
    ("Logistics", "Master professionnel", 7),
    ("Agronomy", "Baccalauréat technique", 3),
];
