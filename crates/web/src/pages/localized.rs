//! Content shown in the reader's language (`domain::content`): the pages candidates and the
//! public read call [`versions`] once per page for the items they show, then [`Localized::pick`]
//! per field. A text shown in another language than the page's carries its own `lang` and
//! `dir` (screen readers and fonts switch) and, when it stands in for a missing version, a
//! visible note and `data-fallback`; `templates/content/macros.html` renders it.
//!
//! Staff pages show the originals ([`Localized::original`]): they are what staff wrote and
//! approve, and the translations page shows every version beside them.

use std::collections::HashMap;

use domain::Locale;

use crate::{AppError, AppState, Ctx};
use domain::content::{self, Field, Kind};
use i18n::{FluentArg, Tr};

/// The versions of one kind in one language, by (item, field).
pub type Versions = HashMap<(String, Field), String>;

/// The `lang` versions of these items, in one query.
pub fn versions(
    conn: &mut db::DbConn,
    kind: Kind,
    ids: impl IntoIterator<Item = String>,
    lang: Locale,
) -> db::DbResult<Versions> {
    let ids: Vec<String> = ids.into_iter().collect();
    db::content::versions_of(conn, kind, &ids, lang)
}

/// A text as the reader is shown it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Localized {
    pub text: String,
    /// The language the text is written in, and its direction.
    pub lang: &'static str,
    pub dir: &'static str,
    /// Set when the reader's language has no version: the note saying so.
    pub fallback: Option<String>,
}

impl Localized {
    /// Field `field` of item `id` for the reader of `tr`: their version, or the original
    /// (written in `original_lang`) with the fallback note.
    pub fn pick(
        tr: &Tr,
        versions: &Versions,
        id: &str,
        field: Field,
        original: &str,
        original_lang: Locale,
    ) -> Localized {
        let version = versions.get(&(id.to_owned(), field)).map(String::as_str);
        let shown = content::pick(original, original_lang, version, tr.locale);
        Localized {
            fallback: shown.fallback.then(|| {
                tr.t_with(
                    "content-fallback",
                    &[
                        ("wanted", FluentArg::Str(tr.locale.endonym().to_owned())),
                        ("shown", FluentArg::Str(shown.lang.endonym().to_owned())),
                    ],
                )
            }),
            lang: shown.lang.tag(),
            dir: shown.lang.dir(),
            text: shown.text,
        }
    }

    /// The original as written, for staff pages: its language marked, no note.
    pub fn original(text: &str, lang: Locale) -> Localized {
        Localized {
            text: text.to_owned(),
            lang: lang.tag(),
            dir: lang.dir(),
            fallback: None,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.text.trim().is_empty()
    }
}

/// These calls' titles in the reader's language (the candidate's pages), in one query.
pub async fn call_titles(
    state: &AppState,
    ctx: &Ctx,
    calls: &[db::calls::Call],
) -> Result<Vec<Localized>, AppError> {
    let (ids, lang) = (
        calls.iter().map(|c| c.id.clone()).collect::<Vec<_>>(),
        ctx.locale,
    );
    let versions = state
        .db
        .read(move |c| versions(c, Kind::Call, ids, lang))
        .await?;
    let tr = ctx.tr();
    Ok(calls
        .iter()
        .map(|c| Localized::pick(&tr, &versions, &c.id, Field::Title, &c.title, c.lang))
        .collect())
}
