//! Possible duplicates: pairs of applications of one programme that may be the same person
//! (the comparison is [`domain::duplicate::compare`]), flagged for a person to decide —
//! never blocked. A flag is open until staff who may screen both records dismiss it ("not
//! the same person") or merge the two: the kept record takes the chosen values, the
//! documents and the timeline; the other is marked `merged` and stays for the audit trail.
//!
//! [`flag_for`] is the one entry point that raises flags. It is called when an application
//! is submitted ([`crate::candidates::submit`]) or entered by staff
//! ([`crate::candidates::create_submitted`]); an import calls it for each imported
//! application, inside the import's transaction.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use domain::candidate::Status;
use domain::duplicate::{self, FlagStatus, Reason, Record};
use domain::fieldcrypt::{Keyring, Place};
use domain::permission::Scope;

use crate::candidates::{self, Candidate, search_text};
use crate::schema::{candidate_events as ev, candidates as cs, duplicate_flags as flags};
use crate::{DbConn, DbError, DbResult, Tx, id::new_id};

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = flags, treat_none_as_default_value = false)]
pub struct Flag {
    pub id: String,
    pub programme_id: String,
    pub candidate_a: String,
    pub candidate_b: String,
    pub reasons: String,
    #[diesel(deserialize_as = String, serialize_as = String)]
    pub status: FlagStatus,
    pub created_at: NaiveDateTime,
    pub decided_by: Option<String>,
    pub decided_at: Option<NaiveDateTime>,
    pub kept_id: Option<String>,
}

impl Flag {
    pub fn reasons(&self) -> Vec<Reason> {
        duplicate::decode_reasons(&self.reasons)
    }

    /// The other record of the pair.
    pub fn other(&self, id: &str) -> &str {
        if self.candidate_a == id {
            &self.candidate_b
        } else {
            &self.candidate_a
        }
    }
}

/// What is compared of an application.
pub fn record(c: &Candidate) -> Record<'_> {
    Record {
        passport_index: c.passport_index.as_deref(),
        email: &c.email,
        phone: &c.phone,
        whatsapp: c.whatsapp.as_deref(),
        family_name: &c.family_name,
        given_names: &c.given_names,
        family_name_ar: c.family_name_ar.as_deref(),
        given_names_ar: c.given_names_ar.as_deref(),
        birth_date: c.birth_date,
    }
}

/// Statuses that take part in duplicate checks: sent, and not merged away.
fn live() -> Vec<&'static str> {
    Status::ALL
        .into_iter()
        .filter(|s| !matches!(s, Status::Draft | Status::Merged))
        .map(Status::as_str)
        .collect()
}

/// Compares one application with the other sent applications of its programme and flags
/// each pair that may be the same person (new pairs are audited as `duplicate.flag`; an open
/// flag gets its reasons updated; a pair already dismissed or merged is left alone).
/// Returns how many new flags were raised. Does nothing for drafts and merged records.
pub fn flag_for(tx: &mut Tx<'_>, candidate_id: &str) -> DbResult<usize> {
    let c: Candidate = cs::table
        .filter(cs::id.eq(candidate_id))
        .select(Candidate::as_select())
        .first(tx.conn)?;
    if matches!(c.status, Status::Draft | Status::Merged) {
        return Ok(0);
    }
    let mut phones: Vec<String> = Vec::new();
    for p in [Some(c.phone.as_str()), c.whatsapp.as_deref()]
        .into_iter()
        .flatten()
        .filter(|p| !p.trim().is_empty())
    {
        phones.push(p.to_owned());
        if let Some(k) = duplicate::phone_key(p) {
            phones.push(format!("+{k}"));
        }
    }
    let base = || {
        cs::table
            .filter(cs::programme_id.eq(c.programme_id.clone()))
            .filter(cs::id.ne(c.id.clone()))
            .filter(cs::status.eq_any(live()))
            .select(Candidate::as_select())
            .into_boxed()
    };
    let mut others: Vec<Candidate> = Vec::new();
    if let Some(i) = &c.passport_index {
        others.extend(
            base()
                .filter(cs::passport_index.eq(i.clone()))
                .load(tx.conn)?,
        );
    }
    if !c.email.is_empty() {
        others.extend(base().filter(cs::email.eq(c.email.clone())).load(tx.conn)?);
    }
    if !phones.is_empty() {
        others.extend(
            base()
                .filter(cs::phone.eq_any(phones.clone()))
                .load(tx.conn)?,
        );
        others.extend(
            base()
                .filter(cs::whatsapp.eq_any(phones.clone()))
                .load(tx.conn)?,
        );
    }
    if let Some(b) = c.birth_date {
        others.extend(base().filter(cs::birth_date.eq(b)).load(tx.conn)?);
    }
    others.sort_by(|x, y| x.id.cmp(&y.id));
    others.dedup_by(|x, y| x.id == y.id);
    let mut raised = 0;
    for o in &others {
        let reasons = duplicate::compare(&record(&c), &record(o));
        if reasons.is_empty() {
            continue;
        }
        let encoded = duplicate::encode_reasons(&reasons);
        let (a, b) = duplicate::ordered(&c.id, &o.id);
        let existing: Option<Flag> = flags::table
            .filter(flags::candidate_a.eq(a))
            .filter(flags::candidate_b.eq(b))
            .select(Flag::as_select())
            .first(tx.conn)
            .optional()?;
        match existing {
            None => {
                let id = new_id();
                diesel::insert_into(flags::table)
                    .values(Flag {
                        id: id.clone(),
                        programme_id: c.programme_id.clone(),
                        candidate_a: a.to_owned(),
                        candidate_b: b.to_owned(),
                        reasons: encoded,
                        status: FlagStatus::Open,
                        created_at: tx.now,
                        decided_by: None,
                        decided_at: None,
                        kept_id: None,
                    })
                    .execute(tx.conn)?;
                tx.audit("duplicate.flag", "duplicate_flag", &id)?;
                raised += 1;
            }
            Some(f) if f.status == FlagStatus::Open && f.reasons != encoded => {
                diesel::update(flags::table.filter(flags::id.eq(&f.id)))
                    .set(flags::reasons.eq(encoded))
                    .execute(tx.conn)?;
                tx.audit("duplicate.flag", "duplicate_flag", &f.id)?;
            }
            Some(_) => {}
        }
    }
    Ok(raised)
}

/// The open flags of a candidate already found through [`candidates::find`], whose other
/// record `scope` reaches too.
pub fn open_for(
    conn: &mut DbConn,
    scope: &Scope,
    actor_id: &str,
    candidate: &Candidate,
) -> DbResult<Vec<Flag>> {
    let all: Vec<Flag> = flags::table
        .filter(flags::status.eq(FlagStatus::Open.as_str()))
        .filter(
            flags::candidate_a
                .eq(&candidate.id)
                .or(flags::candidate_b.eq(&candidate.id)),
        )
        .select(Flag::as_select())
        .order(flags::created_at.asc())
        .load(conn)?;
    // Only pairs whose other record the reader reaches: a flag must not tell an agency
    // that someone in another country holds the same passport.
    let mut reachable = Vec::with_capacity(all.len());
    for f in all {
        let other = if f.candidate_a == candidate.id {
            &f.candidate_b
        } else {
            &f.candidate_a
        };
        match candidates::find(conn, scope, actor_id, other) {
            Ok(_) => reachable.push(f),
            Err(DbError::NotFound) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(reachable)
}

/// A flag with its two records.
pub struct Pair {
    pub flag: Flag,
    pub a: Candidate,
    pub b: Candidate,
}

/// The open flags whose two records `scope` both reaches, oldest first (at most `limit`).
pub fn open_in_scope(
    conn: &mut DbConn,
    scope: &Scope,
    actor_id: &str,
    limit: i64,
) -> DbResult<Vec<Pair>> {
    let programmes = crate::scope::programme_ids(conn, scope)?;
    let mut q = flags::table
        .filter(flags::status.eq(FlagStatus::Open.as_str()))
        .select(Flag::as_select())
        .order((flags::created_at.asc(), flags::id.asc()))
        .into_boxed();
    if let Some(ps) = programmes {
        q = q.filter(flags::programme_id.eq_any(ps));
    }
    let open: Vec<Flag> = q.load(conn)?;
    let mut ids: Vec<String> = open
        .iter()
        .flat_map(|f| [f.candidate_a.clone(), f.candidate_b.clone()])
        .collect();
    ids.sort();
    ids.dedup();
    let mut reached: Vec<Candidate> = Vec::new();
    for chunk in ids.chunks(500) {
        reached.extend(
            candidates::scoped(scope, actor_id)
                .filter(cs::id.eq_any(chunk.to_vec()))
                .select(Candidate::as_select())
                .load(conn)?,
        );
    }
    let get = |id: &str| reached.iter().find(|c| c.id == id).cloned();
    Ok(open
        .into_iter()
        .filter_map(|flag| {
            let a = get(&flag.candidate_a)?;
            let b = get(&flag.candidate_b)?;
            Some(Pair { flag, a, b })
        })
        .take(usize::try_from(limit).unwrap_or(0))
        .collect())
}

/// One flag whose two records `scope` reaches; `NotFound` otherwise.
pub fn find(conn: &mut DbConn, scope: &Scope, actor_id: &str, id: &str) -> DbResult<Pair> {
    let flag: Flag = flags::table
        .filter(flags::id.eq(id))
        .select(Flag::as_select())
        .first(conn)?;
    let a = candidates::find(conn, scope, actor_id, &flag.candidate_a)?;
    let b = candidates::find(conn, scope, actor_id, &flag.candidate_b)?;
    Ok(Pair { flag, a, b })
}

fn open_pair(tx: &mut Tx<'_>, scope: &Scope, actor_id: &str, id: &str) -> DbResult<Pair> {
    let pair = find(tx.conn, scope, actor_id, id)?;
    if pair.flag.status != FlagStatus::Open {
        return Err(DbError::Conflict(domain::Conflict::DuplicateDecided));
    }
    Ok(pair)
}

fn decide(tx: &mut Tx<'_>, id: &str, status: FlagStatus, kept: Option<&str>) -> DbResult<()> {
    // Only an open flag is decided: a concurrent decision that committed first wins.
    let changed = diesel::update(
        flags::table
            .filter(flags::id.eq(id))
            .filter(flags::status.eq(FlagStatus::Open.as_str())),
    )
    .set((
        flags::status.eq(status.as_str()),
        flags::decided_by.eq(Some(tx.actor().to_owned())),
        flags::decided_at.eq(Some(tx.now)),
        flags::kept_id.eq(kept.map(str::to_owned)),
    ))
    .execute(tx.conn)?;
    crate::locks::expect_one(changed, domain::Conflict::DuplicateDecided)
}

/// "Not the same person": closes the flag, notes it on both timelines, `duplicate.dismiss`.
pub fn dismiss(tx: &mut Tx<'_>, scope: &Scope, actor_id: &str, id: &str) -> DbResult<()> {
    let pair = open_pair(tx, scope, actor_id, id)?;
    decide(tx, id, FlagStatus::Dismissed, None)?;
    for c in [&pair.a, &pair.b] {
        candidates::event(tx, &c.id, "duplicate_dismissed", None, None, None)?;
    }
    tx.audit("duplicate.dismiss", "duplicate_flag", id)
}

/// What the person merging chose.
pub struct MergeChoices<'a> {
    /// The record that stays.
    pub keep: &'a str,
    /// Fields (names from [`domain::duplicate::MERGE_FIELDS`]) whose value is taken from
    /// the record merged away; the others keep the kept record's value.
    pub take_from_other: &'a [String],
}

/// Merges the two records of an open flag: the kept record takes the chosen values, the
/// other's documents and timeline events; the other is marked `merged` (kept for the audit
/// trail, hidden from lists and matching); both timelines say so. Other open flags of the
/// merged record are closed and the kept record is checked again. A passport number taken
/// from the other record is read (audited as `candidate.passport.read`, so `passport_scope`
/// is the reader's [`domain::Permission::ReadPassport`] scope), and sealed again for the
/// kept row, since a sealed value only opens in its own row. Audited as `duplicate.merge`
/// and `candidate.merged`.
pub fn merge(
    tx: &mut Tx<'_>,
    scope: &Scope,
    passport_scope: Option<&Scope>,
    actor_id: &str,
    id: &str,
    choices: &MergeChoices<'_>,
    keys: &Keyring,
) -> DbResult<()> {
    let pair = open_pair(tx, scope, actor_id, id)?;
    let (kept, gone) = if choices.keep == pair.a.id {
        (pair.a, pair.b)
    } else if choices.keep == pair.b.id {
        (pair.b, pair.a)
    } else {
        return Err(DbError::Conflict(domain::Conflict::DuplicateKeep));
    };
    // A placement (proposed, in interview or accepted) belongs to the record it was made
    // for: merging that record away would leave a live placement on a hidden row and let
    // the person be matched again through the other. Keep the placed record instead.
    {
        use crate::schema::placements as pl;
        let placed: i64 = pl::table
            .filter(pl::candidate_id.eq(&gone.id))
            .filter(pl::status.ne(domain::placement::PlacementStatus::Declined.as_str()))
            .count()
            .get_result(tx.conn)?;
        if placed > 0 {
            return Err(DbError::Conflict(domain::Conflict::DuplicatePlaced));
        }
    }
    let take = |f: &str| choices.take_from_other.iter().any(|t| t == f);
    let pick = |f: &str, k: &str, g: &str| {
        if take(f) { g.to_owned() } else { k.to_owned() }
    };
    let pick_opt = |f: &str, k: &Option<String>, g: &Option<String>| {
        if take(f) { g.clone() } else { k.clone() }
    };
    let family = pick("family_name", &kept.family_name, &gone.family_name);
    let given = pick("given_names", &kept.given_names, &gone.given_names);
    let family_ar = pick_opt("family_name_ar", &kept.family_name_ar, &gone.family_name_ar);
    let given_ar = pick_opt("given_names_ar", &kept.given_names_ar, &gone.given_names_ar);
    let birth = if take("birth_date") {
        gone.birth_date
    } else {
        kept.birth_date
    };
    let email = pick("email", &kept.email, &gone.email);
    let phone = pick("phone", &kept.phone, &gone.phone);
    let whatsapp = pick_opt("whatsapp", &kept.whatsapp, &gone.whatsapp);
    let text = search_text(
        &family,
        &given,
        family_ar.as_deref(),
        given_ar.as_deref(),
        &email,
    );
    diesel::update(cs::table.filter(cs::id.eq(&kept.id)))
        .set((
            cs::family_name.eq(&family),
            cs::given_names.eq(&given),
            cs::family_name_ar.eq(&family_ar),
            cs::given_names_ar.eq(&given_ar),
            cs::birth_date.eq(birth),
            cs::email.eq(&email),
            cs::phone.eq(&phone),
            cs::whatsapp.eq(&whatsapp),
            cs::search_text.eq(&text),
            cs::updated_at.eq(tx.now),
        ))
        .execute(tx.conn)?;
    // The list's name search reads words, not `search_text`: keep them in step.
    candidates::set_terms(tx.conn, &kept.id, &text)?;
    if take("passport") && gone.passport_sealed.is_some() {
        let reader = passport_scope.ok_or(DbError::NotFound)?;
        let sealed = candidates::read_passport(tx, reader, actor_id, &gone.id)?;
        fn place(row: &str) -> Place<'_> {
            Place {
                table: "candidates",
                column: "passport",
                row,
            }
        }
        if let Some(sealed) = sealed {
            let number = keys
                .open(&place(&gone.id), &sealed)
                .map_err(|e| DbError::Sealed(format!("passport of a merged record: {e}")))?;
            let mut nonce = [0u8; 24];
            crate::id::fill_random(&mut nonce);
            diesel::update(cs::table.filter(cs::id.eq(&kept.id)))
                .set((
                    cs::passport_sealed.eq(Some(keys.seal(&place(&kept.id), nonce, &number))),
                    cs::passport_index.eq(gone.passport_index.clone()),
                ))
                .execute(tx.conn)?;
        }
    }
    crate::documents::move_all(tx, &gone.id, &kept.id)?;
    // Interviews follow the person (scores stay: each assessor scored one record).
    {
        use crate::schema::interviews as iv;
        diesel::update(iv::table.filter(iv::candidate_id.eq(&gone.id)))
            .set(iv::candidate_id.eq(&kept.id))
            .execute(tx.conn)?;
    }
    diesel::update(ev::table.filter(ev::candidate_id.eq(&gone.id)))
        .set(ev::candidate_id.eq(&kept.id))
        .execute(tx.conn)?;
    // A merged record is decided on no more; the kept one keeps its own staged decision.
    crate::decisions::clear(tx, &gone.id)?;
    diesel::update(cs::table.filter(cs::id.eq(&gone.id)))
        .set((
            cs::status.eq(Status::Merged.as_str()),
            cs::updated_at.eq(tx.now),
        ))
        .execute(tx.conn)?;
    candidates::event(tx, &kept.id, "merged_from", None, None, Some(&gone.id))?;
    candidates::event(
        tx,
        &gone.id,
        "merged_into",
        Some(gone.status),
        Some(Status::Merged),
        Some(&kept.id),
    )?;
    decide(tx, id, FlagStatus::Merged, Some(&kept.id))?;
    // The merged record's other flags are settled by this merge; the kept record is
    // compared again, so a third record resembling it is flagged against it.
    let rest: Vec<String> = flags::table
        .filter(flags::status.eq(FlagStatus::Open.as_str()))
        .filter(
            flags::candidate_a
                .eq(&gone.id)
                .or(flags::candidate_b.eq(&gone.id)),
        )
        .select(flags::id)
        .load(tx.conn)?;
    for f in rest {
        decide(tx, &f, FlagStatus::Merged, Some(&kept.id))?;
        tx.audit("duplicate.merge", "duplicate_flag", &f)?;
    }
    tx.audit("duplicate.merge", "duplicate_flag", id)?;
    tx.audit("candidate.merged", "candidate", &gone.id)?;
    flag_for(tx, &kept.id)?;
    Ok(())
}
