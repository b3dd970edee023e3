//! Versions of content in other languages (issue 12): set, replaced, removed, and read a
//! page at a time by kind, items and language — never another kind's or language's.

use db::{Database, Origin};
use domain::Locale;
use domain::content::{Field, Kind, Version};
use testkit::fixtures;

fn set(db: &Database, kind: Kind, item: &str, field: Field, lang: Locale, text: &str) {
    let v = Version::parse(kind, item, field, lang, text).unwrap();
    db.write_blocking(&Origin::cli(), |tx| db::content::set(tx, &v))
        .unwrap();
}

fn fr(db: &Database, kind: Kind, ids: &[&str]) -> Vec<((String, Field), String)> {
    let ids: Vec<String> = ids.iter().map(|s| (*s).to_owned()).collect();
    let mut conn = db.conn().unwrap();
    let mut out: Vec<_> = db::content::versions_of(&mut conn, kind, &ids, Locale::Fr)
        .unwrap()
        .into_iter()
        .collect();
    out.sort();
    out
}

#[test]
fn versions_are_set_replaced_removed_and_read_in_one_batch() {
    testkit::on_each_backend(|db| {
        set(db, Kind::Call, "c1", Field::Title, Locale::Fr, "Appel un");
        set(db, Kind::Call, "c2", Field::Title, Locale::Fr, "Appel deux");
        set(
            db,
            Kind::Call,
            "c1",
            Field::Description,
            Locale::Fr,
            "Stages",
        );
        set(db, Kind::Call, "c1", Field::Title, Locale::Ar, "الدعوة");
        // The same id under another kind is another item.
        set(db, Kind::Position, "c1", Field::Title, Locale::Fr, "Poste");

        let key = |i: &str, f| (i.to_owned(), f);
        assert_eq!(
            fr(db, Kind::Call, &["c1", "c2", "c3"]),
            vec![
                (key("c1", Field::Title), "Appel un".to_owned()),
                (key("c1", Field::Description), "Stages".to_owned()),
                (key("c2", Field::Title), "Appel deux".to_owned()),
            ]
        );
        assert_eq!(fr(db, Kind::Call, &["c2"]).len(), 1, "only the items asked");
        assert_eq!(
            fr(db, Kind::Position, &["c1"]),
            vec![(key("c1", Field::Title), "Poste".to_owned())]
        );
        assert!(fr(db, Kind::Criterion, &["c1"]).is_empty());
        assert!(fr(db, Kind::Call, &[]).is_empty());

        set(
            db,
            Kind::Call,
            "c1",
            Field::Title,
            Locale::Fr,
            "  Appel premier ",
        );
        set(db, Kind::Call, "c2", Field::Title, Locale::Fr, "   ");
        assert_eq!(
            fr(db, Kind::Call, &["c1", "c2"]),
            vec![
                (key("c1", Field::Title), "Appel premier".to_owned()),
                (key("c1", Field::Description), "Stages".to_owned()),
            ],
            "replaced, and a blank text removes the version"
        );

        let mut conn = db.conn().unwrap();
        let all = db::content::all_of(&mut conn, Kind::Call, &["c1".to_owned()]).unwrap();
        let langs: Vec<(Field, Locale)> = all.iter().map(|v| (v.field, v.lang)).collect();
        assert_eq!(
            langs,
            vec![
                (Field::Description, Locale::Fr),
                (Field::Title, Locale::Ar),
                (Field::Title, Locale::Fr)
            ]
        );
    });
}

#[test]
fn a_call_and_a_position_record_the_language_of_their_original() {
    testkit::on_each_backend(|db| {
        let p = fixtures::programme(db, "pr");
        let call = fixtures::call(db, &p, "Call");
        let mut conn = db.conn().unwrap();
        let scope = domain::permission::Scope::All;
        assert_eq!(
            db::calls::find(&mut conn, &scope, &call).unwrap().lang,
            Locale::En,
            "English until said otherwise"
        );
        db.write_blocking(&Origin::cli(), |tx| {
            db::calls::set_lang(tx, &call, Locale::It)
        })
        .unwrap();
        assert_eq!(
            db::calls::find(&mut conn, &scope, &call).unwrap().lang,
            Locale::It
        );
        let found = db::calls::by_ids(&mut conn, &[call.clone(), "nope".into()]).unwrap();
        assert_eq!(found.len(), 1);
    });
}
