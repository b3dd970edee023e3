// The calendar feed (issue 13, items 5 and 9): on a phone, in French, the trainee makes
// the secret address of their deadlines, sees it once with how to add it, downloads the
// feed (an iCalendar a phone subscribes to), then turns it off — and the address is dead.
// A promoter's feed names cases by reference only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, signIn } from './browser.mjs';

async function makeFeed(page) {
  await page.goto(`${BASE}/calendar`);
  await page.locator('form[action="/calendar"] button[type=submit]').click();
  const field = page.locator('[data-feed-url]');
  await field.waitFor();
  const url = await field.inputValue();
  assert.match(url, /\/calendar\/feed\/[0-9a-f]{64}\.ics$/);
  return url;
}

test('the trainee subscribes to their deadlines from a phone, then turns the feed off', { timeout: 180_000 }, async () => {
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    await signIn(page, 'trainee@demo.example');
    await page.waitForURL(`${BASE}/`);
    await page.goto(`${BASE}/calendar?lang=fr`);
    await page.waitForFunction(() => document.documentElement.lang === 'fr');
    // The page fits the phone's width.
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 360, `the calendar page is ${width}px wide`);

    const url = await makeFeed(page);
    assert.equal(await page.locator('[data-feed-subscribe]').count(), 1, 'a link phones open as a subscription');
    const href = await page.locator('[data-feed-subscribe]').getAttribute('href');
    assert.ok(href.startsWith('webcal://'), href);

    // Downloaded as a phone's calendar would: no cookie needed, the address is the key.
    const feedPath = new URL(url, BASE).pathname;
    const res = await fetch(`${BASE}${feedPath}`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type'), /^text\/calendar/);
    const ics = await res.text();
    assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\n'), ics.slice(0, 80));
    assert.ok(ics.includes('METHOD:PUBLISH'));
    for (const line of ics.split('\r\n').filter((l) => l.startsWith('DTSTART'))) {
      assert.match(line, /^DTSTART;VALUE=DATE:\d{8}$/, 'all-day events');
    }

    // Turned off: the address answers 404 from then on.
    await page.goto(`${BASE}/calendar`);
    await page.locator('form[action="/calendar/revoke"] button[type=submit]').click();
    await page.locator('[data-notice=revoked]').waitFor();
    assert.equal((await fetch(`${BASE}${feedPath}`)).status, 404);
  } finally {
    await browser.close();
  }
});

test("a promoter's feed names cases by reference, never a trainee", { timeout: 180_000 }, async () => {
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    await signIn(page, 'promoter@demo.example');
    await page.waitForURL(`${BASE}/`);
    const url = await makeFeed(page);
    const ics = await (await fetch(`${BASE}${new URL(url, BASE).pathname}`)).text();
    const summaries = ics
      .replace(/\r\n /g, '')
      .split('\r\n')
      .filter((l) => l.startsWith('SUMMARY:'));
    for (const s of summaries) assert.match(s, /^SUMMARY:MC-[0-9A-F]{8}/, s);
    // Leave no live address behind for the next run.
    await page.goto(`${BASE}/calendar`);
    await page.locator('form[action="/calendar/revoke"] button[type=submit]').click();
    await page.locator('[data-notice=revoked]').waitFor();
  } finally {
    await browser.close();
  }
});
