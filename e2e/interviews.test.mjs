// Interview journey (issue 11, item 3): the demo company opens its proposals, judges the
// anonymised profiles (no name), proposes two interview times on each; the demo trainee,
// whose application is one of them, sees the times in her own time zone and picks one; the
// outbox holds both invitations, each with its calendar part; the company then sees whom
// it meets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, signIn } from './browser.mjs';

function inDays(n) {
  const d = new Date(Date.now() + n * 86_400_000);
  return d.toISOString().slice(0, 10);
}

test('a company proposes interview times and the candidate picks one', { timeout: 240_000 }, async () => {
  const company = await launch();
  const trainee = await launch();
  const admin = await launch();
  try {
    // The trainee's own name (the demo gives her one of the applications proposed to the
    // demo company): the company must not see it before the interview is booked.
    const mine = await trainee.context.newPage();
    await signIn(mine, 'trainee@demo.example');
    await mine.waitForURL(`${BASE}/`);
    await mine.goto(`${BASE}/account`);
    const name = (await mine.locator('#display_name').inputValue()).trim();
    assert.ok(name.length > 3, 'the trainee has a name');

    // The company opens each proposal waiting for an answer: an anonymised profile, and
    // two interview times offered, typed in its own zone (Rome).
    const page = await company.context.newPage();
    await signIn(page, 'company@demo.example');
    await page.waitForURL(`${BASE}/`);
    await page.goto(`${BASE}/placements`);
    const links = await page.locator('a[data-open]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    let offered = 0;
    for (const href of links) {
      await page.goto(`${BASE}${href}`);
      if ((await page.locator('#slots-form').count()) === 0) continue;
      assert.equal(await page.locator('#profile').getAttribute('data-anonymous'), 'true');
      const html = await page.content();
      assert.ok(!html.includes(name), 'the name is not shown');
      assert.ok((await page.locator('[data-languages]').count()) === 1, 'languages with levels');
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
      offered += 1;
    }
    assert.ok(offered > 0, 'the company had proposals to answer');

    // The trainee sees them in her zone (Tunis) and picks the first.
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

    // Booked: the interviewer now knows whom they meet, on that proposal only.
    let booked = 0;
    for (const href of links) {
      await page.goto(`${BASE}${href}`);
      if ((await page.locator('[data-booked]').count()) === 0) continue;
      assert.equal(await page.locator('#profile').getAttribute('data-anonymous'), 'false');
      assert.ok((await page.content()).includes(name));
      booked += 1;
    }
    assert.equal(booked, 1);
  } finally {
    await company.close();
    await trainee.close();
    await admin.close();
  }
});
