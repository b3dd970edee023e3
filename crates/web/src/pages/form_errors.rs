//! A form's mistakes as its page shows them: all at once, in a summary at the top (each
//! linking to its field, announced to screen readers) and beside each field (its
//! `aria-describedby`). See `templates/form_errors.html` and `templates/field_error.html`.

use domain::Invalid;

use crate::Ctx;

/// One field's mistake, translated.
pub struct FieldError {
    pub field: &'static str,
    pub message: String,
}

/// The mistakes of one form (empty when it has none).
#[derive(Default)]
pub struct FormErrors {
    pub items: Vec<FieldError>,
}

impl FormErrors {
    pub fn new(ctx: &Ctx, all: &[Invalid]) -> Self {
        let tr = ctx.tr();
        FormErrors {
            items: all
                .iter()
                .map(|e| FieldError {
                    field: e.field,
                    message: tr.t(e.key),
                })
                .collect(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Whether `field` has a mistake (for `aria-invalid`).
    pub fn has(&self, field: &str) -> bool {
        self.items.iter().any(|e| e.field == field)
    }

    /// The message beside `field`, if it has one.
    pub fn of(&self, field: &str) -> Option<&str> {
        self.items
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.as_str())
    }

    /// The summary's heading: how many fields need correcting.
    pub fn count(&self) -> i64 {
        i64::try_from(self.items.len()).unwrap_or(i64::MAX)
    }
}

/// What a use case refused as the form's mistakes (shown with the form), apart from any
/// other failure (the error page).
pub fn refused(r: app::AppResult<()>) -> Result<Vec<Invalid>, app::Error> {
    match r {
        Ok(()) => Ok(Vec::new()),
        Err(app::Error::Invalid(e)) => Ok(vec![e]),
        Err(app::Error::Form(all)) => Ok(all.all().to_vec()),
        Err(e) => Err(e),
    }
}
