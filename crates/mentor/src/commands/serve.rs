use std::process::ExitCode;

use anyhow::{Context, Result};

use crate::config::Options;

pub fn run(options: &Options) -> Result<ExitCode> {
    let db = options.open_db()?;
    serve(options, db, options.field_keys()?)
}

/// Serves until Ctrl-C or SIGTERM, finishing requests in flight.
pub fn serve(
    options: &Options,
    db: db::Database,
    field_keys: domain::fieldcrypt::Keyring,
) -> Result<ExitCode> {
    // A weak metrics token stops the start before anything runs.
    let metrics_token = options.metrics_token()?;
    let runtime = tokio::runtime::Runtime::new().context("cannot start the async runtime")?;
    let worker = options.mail_worker(db.clone())?;
    runtime.block_on(async {
        // The shipped procedure templates and the years' holidays, stored once.
        app::cases::procedures::seed(&db, domain::deadline::rome_today(chrono::Utc::now()))
            .await
            .map_err(|e| anyhow::anyhow!("seeding the procedure templates: {e}"))?;
        let sender = tokio::spawn(worker.run());
        // Links in e-mails point at the public address, else at the one we listen on.
        let base_url = options
            .public_url
            .clone()
            .unwrap_or_else(|| format!("http://{}", options.addr));
        let digests = tokio::spawn(app::digest::run(db.clone(), base_url.clone()));
        let cleanup = tokio::spawn(app::housekeeping::run(db.clone()));
        // Overdue case deadlines to the coordinators, once each, after the delay.
        let escalations = tokio::spawn(app::cases::escalate::run(
            db.clone(),
            options.escalate_after_days,
            base_url.clone(),
        ));
        // The audit chain's head goes outside the data folder now and daily.
        let anchoring = std::sync::Arc::new(options.anchoring()?);
        let anchors = if anchoring.is_configured() {
            Some(tokio::spawn(app::audit_anchor::run(
                db.clone(),
                anchoring.clone(),
                app::audit_anchor::DAILY,
            )))
        } else {
            tracing::warn!(
                "the audit chain is not anchored: set --audit-anchor FILE (MENTOR_AUDIT_ANCHOR) \
                 on other storage, or --audit-anchor-syslog"
            );
            None
        };
        let state = web::AppState::new(
            db,
            web::WebConfig {
                https: options.https(),
                limits: options.limits(),
                base_url,
                mail_from: options.mail_from.clone(),
            },
            field_keys,
        )
        .with_documents(options.document_store()?)
        .with_anchoring(anchoring)
        .with_results_max_age(std::time::Duration::from_secs(options.results_max_age))
        .with_home_max_age(std::time::Duration::from_secs(options.home_max_age));
        // The large programmes' results facts, loaded before anyone asks for them.
        let results = state.results.clone();
        let warming_db = state.db.clone();
        let warming = tokio::spawn(async move {
            if let Err(e) = results.warm(&warming_db).await {
                tracing::warn!(error = %e, "could not load the programmes' results facts");
            }
        });
        let state = match metrics_token {
            Some(token) => state.with_metrics_token(token),
            None => state,
        };
        let state = match options
            .client_ip_header
            .as_deref()
            .filter(|h| !h.is_empty())
        {
            Some(h) => state.with_client_ip_header(
                h.parse()
                    .with_context(|| format!("--client-ip-header {h:?} is not a header name"))?,
            ),
            None => state,
        };
        let listener = tokio::net::TcpListener::bind(options.addr)
            .await
            .with_context(|| format!("cannot listen on {}", options.addr))?;
        tracing::info!(addr = %options.addr, "serving");
        let drain = std::time::Duration::from_secs(options.shutdown_deadline);
        let served = web::serve(listener, state, shutdown(), drain)
            .await
            .context("server failed");
        sender.abort();
        warming.abort();
        digests.abort();
        cleanup.abort();
        escalations.abort();
        if let Some(anchors) = anchors {
            anchors.abort();
        }
        served
    })?;
    Ok(ExitCode::SUCCESS)
}

async fn shutdown() {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        if let Ok(mut term) =
            tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            tokio::select! { _ = ctrl_c => {}, _ = term.recv() => {} }
            return;
        }
    }
    let _ = ctrl_c.await;
}
