#!/usr/bin/env python3
"""Prepares a load run against a running Mentor demo: signs in real sessions, finds real
ids, writes what wrk and the writer replay, and the bytes nginx will serve.

Why a separate step: every request the load repeats must be one a person could make and
must succeed once on its own before it is repeated thousands of times, or the figures
measure error pages. So each journey is asked once with every session here, and the run
stops if one does not answer 200 with the content type expected.

    prepare.py BASE_URL OUT_DIR

Environment: MENTOR_DEMO_PASSWORD (the demo accounts' password), LOAD_TOKEN (a bearer token
for the API lists), LOAD_ACCOUNTS (e-mails, space separated), LOAD_SESSIONS (how many
sessions in all, shared out over the accounts), LOAD_ENCODING (gzip or identity), and
LOAD_WEIGHTS (optional `name=weight,…` overriding the mix below) and LOAD_JOURNEYS (optional
names, space separated: only these).

Writes into OUT_DIR:
  targets/<journey>.req   one request a line (path, TAB, headers as `Name: value` joined by
                          TAB), replayed in turn by bench/load/target.lua
  journeys.tsv            journey, weight, what it is
  writes.json             the form the writer submits: path template, sessions with their
                          cookie and the form's CSRF token, the companies it rotates over
  nginx/<journey>.body    the journey's first request's answer, uncompressed
  nginx/<journey>.headers its headers, to serve them alike
Python's standard library only: nothing to install.
"""

import http.client
import json
import os
import re
import sys
import urllib.parse
from pathlib import Path

# The mix: a journey's weight is its share of the connections (see mixed.sh). Staff pages
# first, then the public call page and the API lists a partner's system would poll.
JOURNEYS = [
    # name, weight, auth (session | anonymous | bearer), path template, what it is
    ("dashboard", 3, "session", "/", "the signed-in dashboard"),
    ("candidates-filtered", 2, "session",
     "/candidates?status=eligible&country=MA&language=fr&level=B1&sort=italian",
     "candidate list: status, country, French level, sorted by Italian"),
    ("candidates-search", 1, "session", "/candidates?q={search}", "candidate list: name search"),
    ("candidate", 3, "session", "/candidates/{candidate}", "a candidate's page (50 real ids in turn)"),
    ("ranking", 1, "session", "/calls/{call}/ranking", "the current call's ranking"),
    ("positions", 1, "session", "/positions", "positions"),
    ("matching", 1, "session", "/calls/{run_call}/matching", "a call's matching page (its runs)"),
    ("matching-run", 1, "session", "/matching-runs/{run}", "a matching run's page"),
    ("open-calls", 1, "anonymous", "/open-calls", "the public list of open calls"),
    ("open-call", 2, "anonymous", "/open-calls/{call}", "the public call page"),
    ("api-candidates", 1, "bearer", "/api/v1/candidates", "API: candidates"),
    ("api-positions", 1, "bearer", "/api/v1/positions", "API: positions"),
    ("api-companies", 1, "bearer", "/api/v1/companies", "API: companies"),
]

# At most this many candidate pages are replayed in turn, so the cache sees several.
CANDIDATE_IDS = 50
# The writes rotate over this many companies, so one page does not grow alone.
WRITE_COMPANIES = 20


class Failed(Exception):
    pass


class Client:
    """One HTTP/1.1 connection, with the cookies it was given (no redirects followed)."""

    def __init__(self, base):
        u = urllib.parse.urlsplit(base)
        self.host, self.port = u.hostname, u.port or 80
        self.cookies = {}
        self.conn = http.client.HTTPConnection(self.host, self.port, timeout=120)

    def cookie_header(self):
        return "; ".join(f"{k}={v}" for k, v in sorted(self.cookies.items()))

    def request(self, method, path, body=None, headers=None):
        h = {"Accept-Encoding": "identity"}
        if self.cookies:
            h["Cookie"] = self.cookie_header()
        if body is not None:
            h["Content-Type"] = "application/x-www-form-urlencoded"
        h.update(headers or {})
        self.conn.request(method, path, body=body, headers=h)
        res = self.conn.getresponse()
        data = res.read()
        for name, value in res.getheaders():
            if name.lower() == "set-cookie":
                k, _, rest = value.partition("=")
                self.cookies[k.strip()] = rest.split(";", 1)[0]
        return res.status, res.getheaders(), data


def csrf_of(html):
    m = re.search(rb'name="csrf" value="([0-9a-f]+)"', html)
    if not m:
        raise Failed("no CSRF token in the form page")
    return m.group(1).decode()


def sign_in(base, email, password):
    c = Client(base)
    status, _, page = c.request("GET", "/login")
    if status != 200:
        raise Failed(f"GET /login answered {status}")
    body = urllib.parse.urlencode(
        {"csrf": csrf_of(page), "next": "/", "email": email, "password": password})
    status, headers, _ = c.request("POST", "/login", body)
    location = dict((k.lower(), v) for k, v in headers).get("location", "")
    if status != 303 or location.endswith("/login"):
        raise Failed(f"signing in {email} answered {status} (→ {location or 'nowhere'})")
    # The session is real only if a signed-in page now opens.
    status, _, _ = c.request("GET", "/account")
    if status != 200:
        raise Failed(f"after signing in {email}, /account answered {status}")
    return c


def api(base, token, path):
    c = Client(base)
    status, _, data = c.request("GET", path, headers={"Authorization": f"Bearer {token}"})
    if status != 200:
        raise Failed(f"GET {path} with the bearer token answered {status}")
    return json.loads(data)


def ids_in(html, prefix):
    found = re.findall(rf'href="{prefix}([0-9a-f-]{{36}})"'.encode(), html)
    return list(dict.fromkeys(x.decode() for x in found))


def discover(base, token, session):
    """The real ids the journeys need: the open call, candidates, a matching run."""
    anon = Client(base)
    _, _, page = anon.request("GET", "/open-calls")
    calls = ids_in(page, "/open-calls/")
    if not calls:
        raise Failed("/open-calls lists no open call")
    call = calls[0]
    # The current call's applications first: the ones staff open these days.
    listed = api(base, token, f"/api/v1/candidates?call={call}")["items"]
    listed = listed or api(base, token, "/api/v1/candidates")["items"]
    candidates = [c["id"] for c in listed][:CANDIDATE_IDS]
    if not candidates:
        raise Failed("the API lists no candidate")
    # A search that finds people: the start of a listed candidate's first name.
    _, _, page = session.request("GET", f"/candidates/{candidates[0]}")
    search = os.environ.get("LOAD_SEARCH", "")
    if not search:
        m = re.search(rb"<h1[^>]*>\s*([^<\s]{3,})", page)
        search = m.group(1).decode()[:4] if m else "ben"
    run = None
    for c in [call] + [x["id"] for x in api(base, token, "/api/v1/calls")]:
        _, _, page = session.request("GET", f"/calls/{c}/matching")
        runs = ids_in(page, "/matching-runs/")
        if runs:
            run, run_call = runs[0], c
            break
    if run is None:
        raise Failed("no call has a matching run to show")
    companies = [c["id"] for c in api(base, token, "/api/v1/companies")
                 if c.get("kind") == "host_company"][:WRITE_COMPANIES]
    if not companies:
        raise Failed("the API lists no host company for the writes")
    return {"call": call, "candidates": candidates, "search": search, "run": run,
            "run_call": run_call, "companies": companies}


def paths_of(template, found):
    if "{candidate}" in template:
        return [template.replace("{candidate}", c) for c in found["candidates"]]
    return [template.format(call=found["call"], run=found["run"], run_call=found["run_call"],
                            search=urllib.parse.quote(found["search"]))]


def expected_type(auth):
    return "application/json" if auth == "bearer" else "text/html"


def main():
    base, out = sys.argv[1].rstrip("/"), Path(sys.argv[2])
    password = os.environ["MENTOR_DEMO_PASSWORD"]
    token = os.environ["LOAD_TOKEN"]
    accounts = os.environ.get("LOAD_ACCOUNTS", "coordinator@demo.example admin@demo.example").split()
    n_sessions = int(os.environ.get("LOAD_SESSIONS", "8"))
    encoding = os.environ.get("LOAD_ENCODING", "gzip")
    weights = dict(
        (k, int(v)) for k, v in
        (kv.split("=") for kv in os.environ.get("LOAD_WEIGHTS", "").split(",") if kv))

    only = os.environ.get("LOAD_JOURNEYS", "").split()
    unknown = set(only) - {j[0] for j in JOURNEYS}
    if unknown:
        raise Failed(f"no journey named {', '.join(sorted(unknown))} (LOAD_JOURNEYS)")

    sessions = [sign_in(base, accounts[i % len(accounts)], password) for i in range(n_sessions)]
    found = discover(base, token, sessions[0])
    (out / "targets").mkdir(parents=True, exist_ok=True)
    (out / "nginx").mkdir(parents=True, exist_ok=True)

    accept = [f"Accept-Encoding: {encoding}"]
    table = []
    for name, weight, auth, template, what in JOURNEYS:
        weight = weights.get(name, weight)
        if weight <= 0 or (only and name not in only):
            continue
        lines = []
        for i, path in enumerate(paths_of(template, found)):
            # Every request is asked once here, with each identity it will be sent with.
            who = {"session": sessions, "anonymous": [None], "bearer": [None]}[auth]
            for s in who:
                extra = {"Authorization": f"Bearer {token}"} if auth == "bearer" else {}
                c = s or Client(base)
                status, headers, body = c.request("GET", path, headers=extra)
                ctype = dict((k.lower(), v) for k, v in headers).get("content-type", "")
                if status != 200 or not ctype.startswith(expected_type(auth)):
                    raise Failed(f"{name}: GET {path} answered {status} {ctype}")
                if i == 0 and s in (None, sessions[0]):
                    (out / "nginx" / f"{name}.body").write_bytes(body)
                    kept = [f"{k}: {v}" for k, v in headers if k.lower() not in
                            ("date", "content-length", "content-encoding",
                             "transfer-encoding", "connection", "vary")]
                    (out / "nginx" / f"{name}.headers").write_text("\n".join(kept) + "\n")
                h = list(accept)
                if auth == "session":
                    h.append(f"Cookie: {s.cookie_header()}")
                elif auth == "bearer":
                    h.append(f"Authorization: Bearer {token}")
                lines.append("\t".join([path] + h))
        # Sessions in turn within each path, paths in turn: request n goes to user n mod k.
        (out / "targets" / f"{name}.req").write_text("\n".join(lines) + "\n")
        table.append(f"{name}\t{weight}\t{what}")
    (out / "journeys.tsv").write_text("\n".join(table) + "\n")

    # The write: logging a contact with a company, the form on its page, with that page's
    # CSRF token and the session's cookies. Each session is probed once: 303 back to the page.
    writers = []
    for i, s in enumerate(sessions):
        company = found["companies"][i % len(found["companies"])]
        _, _, page = s.request("GET", f"/companies/{company}")
        csrf = csrf_of(page)
        body = urllib.parse.urlencode({
            "csrf": csrf, "kind": "call", "happened_on": os.environ["LOAD_TODAY"],
            "campaign_id": "", "notes": f"Load probe {i}", "follow_up_on": ""})
        status, headers, _ = s.request("POST", f"/companies/{company}/contacts", body)
        location = dict((k.lower(), v) for k, v in headers).get("location", "")
        if status != 303 or not location.endswith(f"/companies/{company}"):
            raise Failed(f"the probe write answered {status} (→ {location or 'nowhere'})")
        writers.append({"cookie": s.cookie_header(), "csrf": csrf})
    (out / "writes.json").write_text(json.dumps({
        "path": "/companies/{company}/contacts",
        "today": os.environ["LOAD_TODAY"],
        "sessions": writers,
        "companies": found["companies"],
        "encoding": encoding,
    }, indent=1))
    (out / "sessions.txt").write_text("\n".join(s.cookie_header() for s in sessions) + "\n")
    print(f"{len(sessions)} sessions ({', '.join(accounts)}), call {found['call']}, "
          f"{len(found['candidates'])} candidates, search '{found['search']}', "
          f"run {found['run']}, {len(found['companies'])} companies for the writes")


if __name__ == "__main__":
    try:
        main()
    except Failed as e:
        print(f"prepare: {e}", file=sys.stderr)
        sys.exit(1)
