//! The client's address, for sign-in throttling.
//!
//! By default it is the TCP peer: a header is something the client writes, so trusting
//! `X-Forwarded-For` unasked would let anyone pick a fresh address per attempt. Behind a
//! reverse proxy every client has the proxy's address, so the operator may name the header
//! the proxy sets (`--client-ip-header`, e.g. `X-Forwarded-For`). Then the address is the
//! **last** comma-separated entry of the header's **last** occurrence: a proxy appends the
//! address it saw, so that entry is the proxy's word, and everything before it is the
//! client's. With several proxies in a row, have the outermost set a header of its own
//! (e.g. `X-Real-IP`) and name that. A missing or unreadable header falls back to the peer.

use std::net::IpAddr;

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::HeaderName;
use axum::http::request::Parts;

use crate::AppState;

/// The client's address, as text. `unknown` when not served over TCP and no configured
/// header says otherwise (as in tests that call the router directly).
pub struct ClientAddr(pub String);

impl FromRequestParts<AppState> for ClientAddr {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let peer = parts
            .extensions
            .get::<ConnectInfo<std::net::SocketAddr>>()
            .map(|c| c.0.ip());
        let forwarded = state
            .client_ip_header
            .as_ref()
            .and_then(|name| from_header(parts, name));
        let addr = forwarded
            .or(peer)
            .map_or_else(|| "unknown".to_owned(), |ip| ip.to_string());
        Ok(ClientAddr(addr))
    }
}

/// The last entry of the last `name` header, if it is an IP address.
fn from_header(parts: &Parts, name: &HeaderName) -> Option<IpAddr> {
    let value = parts
        .headers
        .get_all(name)
        .iter()
        .next_back()?
        .to_str()
        .ok()?;
    value.rsplit(',').next()?.trim().parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(values: &[&str]) -> Parts {
        let mut b = axum::http::Request::builder();
        for v in values {
            b = b.header("x-forwarded-for", *v);
        }
        b.body(()).unwrap().into_parts().0
    }

    #[test]
    fn the_last_entry_of_the_last_header_is_taken() {
        let name = HeaderName::from_static("x-forwarded-for");
        let ip = |v: &[&str]| from_header(&parts(v), &name).map(|i| i.to_string());
        assert_eq!(ip(&["203.0.113.9"]).as_deref(), Some("203.0.113.9"));
        assert_eq!(
            ip(&["1.1.1.1, 203.0.113.9"]).as_deref(),
            Some("203.0.113.9")
        );
        assert_eq!(
            ip(&["1.1.1.1", "2001:db8::1"]).as_deref(),
            Some("2001:db8::1")
        );
        assert_eq!(ip(&["1.1.1.1, not an address"]), None);
        assert_eq!(ip(&[]), None);
    }
}
