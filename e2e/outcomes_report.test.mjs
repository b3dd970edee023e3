// The outcome table and the IATI file (issue 16 item 7, the downloads half): the demo
// evaluator opens the outcome table of DOMAIN.md §6 in Italian, downloads it as XLSX (a
// zip archive, as every XLSX is) and then the programme's IATI activity file (XML naming
// the activity's identifier); the coordinator then publishes the identifiers, confirmed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { BASE, launch, signIn } from './browser.mjs';

const ACTIVITY_ID = 'IT-CF-01199250158-MENTOR-II';

async function download(page, selector) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(selector).click()]);
  return readFileSync(await file.path());
}

test('the evaluator opens the outcome table in Italian and downloads the XLSX and the IATI file', { timeout: 180_000 }, async () => {
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    await signIn(page, 'evaluator@demo.example');
    await page.waitForURL(`${BASE}/`);
    await page.goto(`${BASE}/results/mentor-ii/outcomes?lang=it`);
    await page.waitForFunction(() => document.documentElement.lang === 'it');
    assert.equal(await page.locator('h1').textContent(), 'Tabella dei risultati');
    // The §6 figures, from the records.
    const total = (line) => page.locator(`tr[data-line="${line}"] td[data-total]`).getAttribute('data-total');
    assert.equal(await total('traineeships'), '41');
    assert.equal(await total('in_italy'), '29');
    assert.equal(await total('presented'), '39');
    assert.equal(
      await page.locator('tr[data-territory="total"] td[data-companies]').getAttribute('data-companies'),
      '36',
    );

    const xlsx = await download(page, 'a[data-download="xlsx"]');
    assert.equal(xlsx.subarray(0, 4).toString('binary'), 'PK\x03\x04', 'an XLSX is a zip archive');

    await page.locator('a[data-iati-page]').click();
    await page.waitForURL(`${BASE}/results/mentor-ii/iati`);
    assert.equal(await page.locator('[data-activity-id]').getAttribute('data-activity-id'), ACTIVITY_ID);
    const xml = (await download(page, 'a[data-download="iati"]')).toString('utf8');
    assert.match(xml, /^<\?xml version="1\.0" encoding="UTF-8"\?>/);
    assert.match(xml, /<iati-activities version="2\.03"/);
    assert.ok(xml.includes(`<iati-identifier>${ACTIVITY_ID}</iati-identifier>`), 'the activity identifier');
  } finally {
    await browser.close();
  }
});

test('the coordinator publishes the IATI identifiers after a confirmation, and they are then fixed', { timeout: 180_000 }, async () => {
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    await signIn(page, 'coordinator@demo.example');
    await page.waitForURL(`${BASE}/`);
    await page.goto(`${BASE}/results/mentor-ii/iati?lang=en`);
    await page.locator('[data-unpublished]').waitFor();
    await Promise.all([page.waitForURL(/\/iati\/publish$/), page.locator('form[data-iati-publish] button').click()]);
    // The confirmation names the identifier and says it is final; nothing is published yet.
    await page.locator('form[data-confirm="iati-publish"]').waitFor();
    assert.ok((await page.locator('ul.facts').textContent()).includes(ACTIVITY_ID));
    await Promise.all([
      page.waitForURL(`${BASE}/results/mentor-ii/iati`),
      page.locator('form[data-confirm="iati-publish"] button[type=submit]').click(),
    ]);
    await page.locator('[data-published]').waitFor();
    assert.equal(await page.locator('form[data-iati-form]').count(), 0, 'the identifiers form is gone');
    assert.equal(await page.locator('form[data-iati-publish]').count(), 0);
    assert.equal(await page.locator('[data-activity-id]').getAttribute('data-activity-id'), ACTIVITY_ID);
  } finally {
    await browser.close();
  }
});
