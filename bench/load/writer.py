#!/usr/bin/env python3
"""Form writes at a fixed rate beside the read load: logging a contact with a company, the
form on the company's page, with the session's cookies and the page's CSRF token.

Why not wrk: wrk is closed-loop (a connection sends its next request when the last one is
answered), so a slow server would be sent fewer writes and its latency would look better
than it is. Here write i is due at start + i/rate whatever happened before; its latency is
counted from when it was due, not from when a connection was free to send it (no
"coordinated omission"). Connections are kept alive and opened as needed.

    writer.py WRITES_JSON BASE_URL RATE SECONDS OUT_JSON

WRITES_JSON is what bench/load/prepare.py wrote. A write succeeds when it answers 303 back
to the company's page (what the form does for a person); anything else, an error or no
answer within the timeout is a failure, counted by kind. Standard library only.
"""

import asyncio
import json
import sys
import time
import urllib.parse

TIMEOUT = 30.0


class Conn:
    def __init__(self, reader, writer):
        self.reader, self.writer = reader, writer


async def read_response(reader):
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    headers = {}
    for line in lines[1:]:
        if ":" in line:
            k, v = line.split(":", 1)
            headers[k.strip().lower()] = v.strip()
    if headers.get("transfer-encoding", "").lower() == "chunked":
        while True:
            size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    else:
        await reader.readexactly(int(headers.get("content-length", "0")))
    return status, headers, headers.get("connection", "").lower() != "close"


class Writer:
    def __init__(self, spec, base):
        u = urllib.parse.urlsplit(base)
        self.host, self.port = u.hostname, u.port or 80
        self.spec = spec
        self.idle = []
        self.latencies = []
        self.failures = {}
        self.statuses = {}
        self.opened = 0

    def request_bytes(self, i):
        s = self.spec["sessions"][i % len(self.spec["sessions"])]
        company = self.spec["companies"][i % len(self.spec["companies"])]
        body = urllib.parse.urlencode({
            "csrf": s["csrf"], "kind": "call", "happened_on": self.spec["today"],
            "campaign_id": "", "notes": f"Load test write {i}", "follow_up_on": ""}).encode()
        path = self.spec["path"].replace("{company}", company)
        head = (f"POST {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n"
                f"Cookie: {s['cookie']}\r\nAccept-Encoding: {self.spec['encoding']}\r\n"
                "Content-Type: application/x-www-form-urlencoded\r\n"
                f"Content-Length: {len(body)}\r\n\r\n")
        return head.encode() + body, company

    def fail(self, kind):
        self.failures[kind] = self.failures.get(kind, 0) + 1

    async def exchange(self, conn, data):
        conn.writer.write(data)
        await conn.writer.drain()
        return await read_response(conn.reader)

    async def one(self, i, due):
        data, company = self.request_bytes(i)
        try:
            async with asyncio.timeout(TIMEOUT):
                result = None
                # A kept-alive connection the server has closed in the meantime is not a
                # failed write: the write is sent again once, on a new connection.
                while self.idle and result is None:
                    conn = self.idle.pop()
                    try:
                        result = (conn, await self.exchange(conn, data))
                    except (ConnectionError, asyncio.IncompleteReadError):
                        conn.writer.close()
                if result is None:
                    conn = Conn(*await asyncio.open_connection(self.host, self.port))
                    self.opened += 1
                    result = (conn, await self.exchange(conn, data))
        except TimeoutError:
            self.fail("timeout")
            return
        except (OSError, asyncio.IncompleteReadError, ValueError):
            self.fail("connection")
            return
        conn, (status, headers, keep) = result
        self.latencies.append(time.monotonic() - due)
        self.statuses[status] = self.statuses.get(status, 0) + 1
        if status != 303 or not headers.get("location", "").endswith(f"/companies/{company}"):
            self.fail(f"status {status}")
        if keep:
            self.idle.append(conn)
        else:
            conn.writer.close()

    async def run(self, rate, seconds):
        start = time.monotonic()
        total = int(rate * seconds)
        tasks = []
        for i in range(total):
            due = start + i / rate
            delay = due - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
            tasks.append(asyncio.create_task(self.one(i, due)))
        await asyncio.gather(*tasks)
        return total, time.monotonic() - start


def quantile(sorted_values, p):
    if not sorted_values:
        return 0.0
    k = min(len(sorted_values) - 1, max(0, round(p / 100 * len(sorted_values) + 0.5) - 1))
    return sorted_values[k]


def main():
    spec_file, base, rate, seconds, out = sys.argv[1:6]
    spec = json.loads(open(spec_file).read())
    w = Writer(spec, base)
    total, elapsed = asyncio.run(w.run(float(rate), float(seconds)))
    lat = sorted(x * 1e6 for x in w.latencies)
    failed = sum(w.failures.values())
    result = {
        "rate": float(rate), "sent": total, "answered": len(lat), "elapsed_s": elapsed,
        "failures": failed, "failure_kinds": w.failures,
        "statuses": {str(k): v for k, v in sorted(w.statuses.items())},
        "connections_opened": w.opened,
        "p50_us": quantile(lat, 50), "p95_us": quantile(lat, 95), "p99_us": quantile(lat, 99),
        "max_us": lat[-1] if lat else 0.0,
    }
    with open(out, "w") as f:
        json.dump(result, f)
        f.write("\n")


if __name__ == "__main__":
    main()
