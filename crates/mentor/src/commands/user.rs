//! `mentor user create|list|set-password|token|disable|enable`. A new password and a
//! disabled account revoke the account's API tokens (`db::users`).

use std::io::BufRead;
use std::process::ExitCode;

use anyhow::{Context, Result, anyhow, bail};
use clap::Subcommand;
use db::{Database, Origin};
use domain::password::NewPassword;
use domain::{Email, Role};

use crate::config::Options;

#[derive(Subcommand)]
pub enum UserCommand {
    /// Create an account with a role in an organisation. Prints a generated password unless
    /// --password-stdin is given.
    Create {
        email: String,
        /// Display name.
        #[arg(long)]
        name: String,
        /// Organisation name (exact) or id.
        #[arg(long)]
        organisation: String,
        /// One of: admin, coordinator, agency_staff, promoter_staff, ngo_staff, business_staff,
        /// company, mediator, evaluator, participant.
        #[arg(long)]
        role: String,
        /// Read the password from the first line of standard input.
        #[arg(long)]
        password_stdin: bool,
    },
    /// List accounts with their roles.
    List,
    /// Set a new password (ends the account's sessions).
    SetPassword {
        email: String,
        #[arg(long)]
        password_stdin: bool,
    },
    /// Print a new bearer token for the JSON API. It dies when it expires, is revoked (on the
    /// person's /account/tokens page), or the password changes, or the account is disabled.
    Token {
        email: String,
        /// What the token is for, to recognise it in the list of tokens.
        #[arg(long)]
        name: String,
        /// Days until it expires (1 to 365).
        #[arg(long, default_value_t = domain::api_token::DEFAULT_DAYS)]
        days: i64,
    },
    /// Disable an account: signs it out everywhere and revokes its tokens.
    Disable { email: String },
    /// Enable a disabled account.
    Enable { email: String },
}

/// A password of 16 characters from an alphabet without look-alikes.
pub fn generate_password() -> Result<String> {
    const ALPHABET: &[u8] = b"abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|e| anyhow!("no randomness: {e}"))?;
    Ok(bytes
        .iter()
        .map(|b| ALPHABET[*b as usize % ALPHABET.len()] as char)
        .collect())
}

pub fn hash(password: &str) -> Result<String> {
    let p = NewPassword::parse(password)
        .map_err(|_| anyhow!("the password must have at least 10 characters"))?;
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt).map_err(|e| anyhow!("no randomness: {e}"))?;
    p.hash(salt).map_err(|e| anyhow!("{e}"))
}

fn password(from_stdin: bool) -> Result<(String, bool)> {
    if from_stdin {
        let mut line = String::new();
        std::io::stdin()
            .lock()
            .read_line(&mut line)
            .context("cannot read standard input")?;
        Ok((line.trim_end_matches(['\r', '\n']).to_owned(), false))
    } else {
        Ok((generate_password()?, true))
    }
}

fn user_id(db: &Database, email: &str) -> Result<String> {
    let email = Email::parse(email).map_err(|_| anyhow!("not an e-mail address: {email}"))?;
    let mut conn = db.conn()?;
    let user = db::users::find_by_email_unscoped(&mut conn, &email)?;
    Ok(user
        .ok_or_else(|| anyhow!("no account with that e-mail"))?
        .id)
}

pub fn run(options: &Options, cmd: UserCommand) -> Result<ExitCode> {
    let db = options.open_db()?;
    let origin = Origin::cli();
    match cmd {
        UserCommand::Create {
            email,
            name,
            organisation,
            role,
            password_stdin,
        } => {
            let email =
                Email::parse(&email).map_err(|_| anyhow!("not an e-mail address: {email}"))?;
            let role = Role::parse(&role).map_err(|_| anyhow!("unknown role: {role}"))?;
            let mut conn = db.conn()?;
            let org = match db::organisations::find_by_name_unscoped(&mut conn, &organisation)? {
                Some(o) => o,
                None => db::organisations::find(
                    &mut conn,
                    &domain::permission::Scope::All,
                    &organisation,
                )
                .map_err(|_| anyhow!("no organisation named or numbered {organisation:?}"))?,
            };
            let kind = org.kind;
            if !kind.allows_role(role) {
                bail!(
                    "the role {} does not fit an organisation of kind {}",
                    role.as_str(),
                    org.kind
                );
            }
            let (password, generated) = password(password_stdin)?;
            let hash = hash(&password)?;
            let name = domain::programme::parse_name(&name)
                .map_err(|_| anyhow!("the name must not be empty"))?;
            let id = db.write_blocking(&origin, |tx| {
                let id = db::users::create(tx, &email, &name, &hash, None)?;
                db::memberships::add(tx, &id, &org.id, role)?;
                Ok(id)
            });
            let id = match id {
                Err(db::DbError::Conflict(_)) => {
                    bail!("an account with that e-mail already exists")
                }
                other => other?,
            };
            println!("created {id}");
            if generated {
                println!("password: {password}");
            }
        }
        UserCommand::List => {
            let mut conn = db.conn()?;
            for u in db::users::list(&mut conn, &domain::permission::Scope::All, "")? {
                let roles: Vec<String> = db::memberships::of_user(&mut conn, &u.id)?
                    .into_iter()
                    .map(|m| format!("{}@{}", m.role, m.organisation_name))
                    .collect();
                let status = if u.disabled { "disabled" } else { "active" };
                println!(
                    "{}\t{}\t{}\t{}",
                    u.email,
                    u.display_name,
                    status,
                    roles.join(", ")
                );
            }
        }
        UserCommand::SetPassword {
            email,
            password_stdin,
        } => {
            let id = user_id(&db, &email)?;
            let (password, generated) = password(password_stdin)?;
            let hash = hash(&password)?;
            db.write_blocking(&origin, |tx| db::users::set_password(tx, &id, &hash))?;
            println!("password changed; open sessions ended");
            if generated {
                println!("password: {password}");
            }
        }
        UserCommand::Token { email, name, days } => {
            let request = domain::api_token::TokenRequest::parse(&name, &days.to_string())
                .map_err(|e| match e.field {
                    "days" => anyhow!(
                        "--days must be between 1 and {}",
                        domain::api_token::MAX_DAYS
                    ),
                    _ => anyhow!(
                        "--name must be 1 to {} characters",
                        domain::api_token::MAX_NAME
                    ),
                })?;
            let id = user_id(&db, &email)?;
            let (token, expires) = db.write_blocking(&origin, |tx| {
                let expires = request.expires_at(tx.now);
                let token = db::api_tokens::create(tx, &id, &request.name, expires)?;
                Ok((token, expires))
            })?;
            println!("{}", token.secret);
            eprintln!("expires {} UTC", expires.format("%Y-%m-%d %H:%M"));
        }
        UserCommand::Disable { email } => {
            let id = user_id(&db, &email)?;
            db.write_blocking(&origin, |tx| db::users::set_disabled(tx, &id, true))?;
            println!("disabled");
        }
        UserCommand::Enable { email } => {
            let id = user_id(&db, &email)?;
            db.write_blocking(&origin, |tx| db::users::set_disabled(tx, &id, false))?;
            println!("enabled");
        }
    }
    Ok(ExitCode::SUCCESS)
}
