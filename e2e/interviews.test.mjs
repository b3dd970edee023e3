// Interview journey (issue 11, item 3): the demo company opens a proposal, judges the
// anonymised profile (no name, no contacts), proposes two interview times; the demo trainee
// sees them in her own time zone and picks one; the outbox holds both invitations, each
// with its calendar part; the company then sees whom it meets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, signIn } from './browser.mjs';

const IDENTITY = ['Trabelsi', 'Amina', 'amina.trabelsi@demo.example', '+21698123456', 'الطرابلسي'];

function inDays(n) {
  const d = new Date(Date.now() + n * 86_400_000);
  return d.toISOString().slice(0, 10);
}

test('a company proposes interview times and the candidate picks one', { timeout: 240_000 }, async () => {
  const company = await launch();
  const trainee = await launch();
  const admin = await launch();
  try {
    // The company finds the proposal of the web developer from Sfax by her profile.
    const page = await company.context.newPage();
    await signIn(page, 'company@demo.example');
    await page.waitForURL(`${BASE}/`);
    await page.goto(`${BASE}/placements`);
    const links = await page.locator('a[data-open]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.ok(links.length > 0, 'the company has proposals');
    let proposal = null;
    for (const href of links) {
      await page.goto(`${BASE}${href}`);
      const experience = page.locator('[data-experience]');
      if ((await experience.count()) > 0 && (await experience.innerText()).includes('Sfax')) {
        proposal = href;
        break;
      }
    }
    assert.ok(proposal, "the trainee's proposal is among the company's");
    assert.equal(await page.locator('#profile').getAttribute('data-anonymous'), 'true');
    const html = await page.content();
    for (const identity of IDENTITY) assert.ok(!html.includes(identity), `${identity} is not shown`);
    assert.ok(html.includes('Licence en informatique'), 'the studies are shown');
    assert.ok((await page.locator('[data-languages]').innerText()).includes('B1'), 'languages with levels');

    // Two times, in the company's zone (Rome).
    await page.locator('#date1').fill(inDays(7));
    await page.locator('#time1').fill('10:00');
    await page.locator('#place1').fill('Via Tortona 15, Milano');
    await page.locator('#date2').fill(inDays(8));
    await page.locator('#time2').fill('14:30');
    await page.locator('#minutes2').fill('30');
    await page.locator('#place2').fill('https://meet.example.org/mentor');
    await page.locator('#slots-form button[type=submit]').click();
    await page.locator('[data-flash="flash-interview-offered"]').waitFor();
    assert.equal(await page.locator('[data-offered] li').count(), 2);

    // The trainee sees them in her zone (Tunis) and picks the first.
    const mine = await trainee.context.newPage();
    await signIn(mine, 'trainee@demo.example');
    await mine.waitForURL(`${BASE}/`);
    await mine.goto(`${BASE}/applications`);
    await mine.locator('a[href^="/applications/"]').first().click();
    await mine.locator('[data-pick]').first().waitFor();
    assert.ok((await mine.content()).includes('Africa/Tunis'), 'times in her own zone');
    assert.equal(await mine.locator('[data-pick]').count(), 2);
    await mine.locator('[data-pick]').first().click();
    await mine.locator('[data-flash="flash-interview-picked"]').waitFor();
    await mine.locator('[data-booked]').waitFor();

    // Both invitations are in the outbox, each with its calendar part.
    const outbox = await admin.context.newPage();
    await signIn(outbox, 'admin@demo.example');
    await outbox.waitForURL(`${BASE}/`);
    await outbox.goto(`${BASE}/outbox`);
    const invitations = outbox.locator('tr[data-kind="interview.invitation"][data-calendar]');
    assert.ok((await invitations.count()) >= 2, 'one invitation each for the company and the trainee');

    // Booked: the interviewer now knows whom they meet.
    await page.goto(`${BASE}${proposal}`);
    assert.equal(await page.locator('#profile').getAttribute('data-anonymous'), 'false');
    await page.locator('[data-booked]').waitFor();
    assert.ok((await page.content()).includes('Trabelsi'));
  } finally {
    await company.close();
    await trainee.close();
    await admin.close();
  }
});
