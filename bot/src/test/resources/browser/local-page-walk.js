// The local page in headless Chromium (run by LocalPageBrowserIT): a practitioner starts, answers by typing and
// by pressing a button, reloads the page and switches to a Chair and back. Each time the page is shown again the
// current question must have live buttons, earlier presses their labels, and nothing is shown twice. Then the
// Chair's decision form shows only the inputs the chosen outcome needs. Last, the Chair decides and the business
// manager records a finding, its themes ticked from a list, at a phone's width.
// Usage: node local-page-walk.js <base url> <screenshot dir>. Prints the problems found; exit 1 when any.
const { chromium } = require('playwright-core');
const [base, shots] = process.argv.slice(2);
const problems = [];

async function turn(page, act) {
  const answered = page.waitForResponse(r => r.url().includes('/local/api/turn'));
  await act();
  await answered;
  await page.waitForFunction(() => !document.querySelector('#messages > li:last-child.app-message--you'));
}

async function shownAgain(page) {
  await page.waitForFunction(() => /Question 5/.test(document.querySelector('#messages > li:last-child')?.textContent || ''));
  return page.evaluate(() => ({
    liveButtons: Array.from(document.querySelectorAll('#messages > li:last-child button')).map(b => b.textContent),
    items: Array.from(document.querySelectorAll('#messages > li')).map(li => li.textContent)
  }));
}

function check(when, view) {
  ['Yes', 'No', 'Not sure'].forEach(label => {
    if (!view.liveButtons.includes(label)) { problems.push(when + ': the current question has no live button ' + label); }
  });
  if (view.items.some(text => text.includes('[Yes | No | Not sure]'))) {
    problems.push(when + ': buttons shown as text');
  }
  if (view.items.some(text => text.includes('Pressed a button'))) {
    problems.push(when + ': an earlier press shown without its label');
  }
  if (!view.items.some(text => /^You\s*Yes$/.test(text.trim()))) {
    problems.push(when + ': the earlier press of Yes is not shown as "Yes"');
  }
  const asked = view.items.filter(text => text.includes('Has the child died?')).length;
  if (asked !== 1) { problems.push(when + ': the current question is shown ' + asked + ' times'); }
}

// The rest of the referral through the page's own API, then the Chair's decision card in the inbox: the form
// shows only the inputs the chosen outcome needs, and choosing another outcome changes them.
async function chairsDecisionForm(page) {
  for (const text of ['yes', 'yes', 'no', 'submit']) {
    const response = await page.request.post(base + '/local/api/turn', { data: { as: 'practitioner', text } });
    if (!response.ok()) { problems.push('the referral stopped at "' + text + '": ' + await response.text()); return; }
  }
  await page.selectOption('#identity', 'chair-staffordshire');
  await page.waitForSelector('#inbox .app-decision__form [data-input]');
  const shown = () => page.evaluate(() => Array.from(document.querySelectorAll('#inbox .app-decision__form [data-input]'))
    .filter(group => !group.hidden).map(group => group.getAttribute('data-input')).sort().join(','));
  const choose = async code => {
    await page.locator('#inbox .app-decision__form input[type="radio"][value="' + code + '"]').first().check({ force: true });
    await page.waitForFunction(c => document.querySelector('#inbox .app-decision__form input[type="radio"][value="' + c + '"]:checked'), code);
  };
  const expect = (when, got, wanted) => {
    if (got !== wanted) { problems.push('the decision form ' + when + ' shows ' + got + ' instead of ' + wanted); }
  };
  expect('as it opens (the recommendation, a Serious Case Review)', await shown(),
    'information_request,lead_reviewers,outcome,reviewers_independent');
  await choose('SINGLE_AGENCY_LEARNING_REVIEW');
  expect('for a single agency learning review', await shown(), 'information_request,justification,outcome,reason');
  await page.screenshot({ path: shots + '/local-page-4-decision-single-agency.png', fullPage: true });
  await choose('SERIOUS_CASE_REVIEW');
  expect('back on a Serious Case Review', await shown(),
    'information_request,lead_reviewers,outcome,reviewers_independent');
}

// The Chair decides a Serious Case Review on the card; the business manager opens "Record a finding" from the case
// in chat, ticks two themes and sends it, then finds the finding offered as a tick box on "Record a recommendation".
async function findingWithThemesTicked(page) {
  const decision = page.locator('#inbox .app-decision__form');
  await decision.locator('[data-input="lead_reviewers"] input, [data-input="lead_reviewers"] textarea').first()
    .fill('A. Reviewer');
  await decision.locator('[data-input="reviewers_independent"] input[type="checkbox"]').check({ force: true });
  const decided = page.waitForResponse(r => r.url().includes('/local/api/case-action'));
  await decision.locator('button', { hasText: /^Decide/ }).first().click();
  if (!(await decided).ok()) { problems.push('the decision was not taken: ' + await (await decided).text()); return; }

  await page.setViewportSize({ width: 400, height: 1400 });
  await page.selectOption('#identity', 'business-manager');
  await page.waitForSelector('#message');
  await turn(page, async () => { await page.fill('#message', 'case SCR-2026-077'); await page.press('#message', 'Enter'); });
  await page.locator('#messages button', { hasText: /^Record a finding$/ }).last().click();
  const form = page.locator('#messages form.app-step-form').last();
  await form.waitFor();
  const themes = form.locator('[data-input="themes"] input[type="checkbox"]');
  if (await themes.count() < 2) { problems.push('the finding form has ' + await themes.count() + ' theme tick boxes'); return; }
  await form.locator('[data-input="title"] input, [data-input="title"] textarea').first().fill('Referrals were not followed up');
  await form.locator('[data-input="text"] textarea').fill('The school referred twice.');
  await form.locator('[data-input="themes"] input[value="neglect"]').check({ force: true });
  await form.locator('[data-input="themes"] input[value="voice of the child"]').check({ force: true });
  await form.locator('[data-input="kind"] input[value="learning"]').check({ force: true });
  await form.screenshot({ path: shots + '/local-page-5-finding-themes.png' });
  const sent = page.waitForResponse(r => r.url().includes('/local/api/case-action'));
  await form.locator('button[type="submit"]').click();
  const body = await (await sent).json();
  if (!body.applied) { problems.push('the finding with two themes ticked was refused: ' + body.message); return; }

  await turn(page, async () => { await page.fill('#message', 'case SCR-2026-077'); await page.press('#message', 'Enter'); });
  await page.locator('#messages button', { hasText: /^Record a recommendation$/ }).last().click();
  const recommendation = page.locator('#messages form.app-step-form').last();
  await recommendation.waitFor();
  const findings = await recommendation.locator('[data-input="findings"] label').allTextContents();
  if (findings.join('|') !== '1: Referrals were not followed up') {
    problems.push('the recommendation form offers the findings ' + JSON.stringify(findings));
  }
}

(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
    page.on('pageerror', e => problems.push('script error: ' + e.message));
    await page.goto(base + '/');
    await page.waitForSelector('#identity option[value="chair-staffordshire"]', { state: 'attached' });
    await page.selectOption('#identity', 'practitioner');
    await page.waitForSelector('#messages button');
    await turn(page, () => page.locator('#messages button', { hasText: /start/i }).last().click());
    for (const text of ['Staffordshire', 'SCR-2026-077', '3 Nov 2026']) {
      await turn(page, async () => { await page.fill('#message', text); await page.press('#message', 'Enter'); });
    }
    await turn(page, () => page.locator('#messages > li:last-child button', { hasText: /^Yes$/ }).click());
    await page.screenshot({ path: shots + '/local-page-1-answered.png', fullPage: true });

    await page.reload();
    await page.waitForSelector('#identity option[value="chair-staffordshire"]', { state: 'attached' });
    check('after a reload', await shownAgain(page));
    await page.screenshot({ path: shots + '/local-page-2-reloaded.png', fullPage: true });

    await page.selectOption('#identity', 'chair-staffordshire');
    await page.waitForFunction(() => !/Has the child died/.test(document.querySelector('#messages').textContent));
    await page.selectOption('#identity', 'practitioner');
    check('after switching to a Chair and back', await shownAgain(page));
    await page.screenshot({ path: shots + '/local-page-3-switched-back.png', fullPage: true });

    await turn(page, () => page.locator('#messages > li:last-child button', { hasText: /^No$/ }).click());
    const next = await page.evaluate(() => document.querySelector('#messages > li:last-child').textContent);
    if (!/Question (?!5\b)\d+/.test(next)) { problems.push('a live button pressed after switching back did not answer: ' + next); }

    await chairsDecisionForm(page);
    await findingWithThemesTicked(page);
  } catch (e) {
    problems.push('the walk stopped: ' + e.message);
  } finally {
    await browser.close();
  }
  problems.forEach(p => console.log('PROBLEM ' + p));
  process.exit(problems.length ? 1 : 0);
})();
