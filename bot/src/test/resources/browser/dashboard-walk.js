// The board dashboard in headless Chromium (run by DashboardBrowserIT): a Chair, a business manager and a stranger
// each sign in through the OpenID Connect provider (the test has queued who each sign-in is, in this order) and
// the script checks what each sees. Every page is checked by axe-core (WCAG 2.2 A and AA rules): a serious or
// critical violation is a problem. The business manager's browser has JavaScript switched off. Screenshots of the
// dashboard, a case page, the annual report and the learning log are kept. The test has stored the scripted year's
// cases and learning (ScriptedYear). Last, a business manager's browser that keeps to the pages' Content-Security-Policy
// (the others bypass it, for axe-core's script) opens the dashboard and the annual report: a violation in the console
// is a problem, and so is a chart none of whose shapes is drawn in its first colour (a blocked style draws it black).
// Usage: node dashboard-walk.js <base url> <screenshot dir> <case reference>. Prints the problems; exit 1 when any.
const { chromium } = require('playwright-core');
const axeSource = require('axe-core').source;
const [base, shots, reference] = process.argv.slice(2);
const problems = [];

async function axe(page, name) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => await window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }
  }));
  const bad = result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical');
  bad.forEach(v => problems.push(name + ': axe ' + v.impact + ' ' + v.id + ' (' + v.help + ') at '
      + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', ')));
  console.log(name + ': axe ran ' + (result.passes.length + result.violations.length) + ' rules, '
      + result.violations.length + ' violations (' + bad.length + ' serious or critical)'
      + result.violations.map(v => ' ' + v.id + ':' + v.impact).join(''));
}

async function signIn(context) {
  const page = await context.newPage();
  await page.goto(base + '/board');
  if (!page.url().endsWith('/board/sign-in')) { problems.push('not sent to the sign-in page: ' + page.url()); }
  await page.getByRole('button', { name: /Sign in with your organisation/ }).click();
  await page.waitForURL(url => url.pathname === '/board');
  return page;
}

// The Content-Security-Policy violations the browser reports in a page's console, with the address of each.
function policyViolations(page) {
  const violations = [];
  page.on('console', message => {
    if (message.text().includes('Content Security Policy')) {
      violations.push(page.url() + ': ' + message.text());
    }
  });
  return violations;
}

// Each chart (an svg with role img) has a shape whose computed fill is GOV.UK blue, the charts' first colour.
async function expectChartsInColour(page, name, charts) {
  const fills = await page.evaluate(() => [...document.querySelectorAll('svg[role="img"]')].map(svg => ({
    id: svg.id, blue: [...svg.querySelectorAll('rect, path')]
        .some(shape => getComputedStyle(shape).fill === 'rgb(29, 112, 184)')
  })));
  if (fills.length !== charts) { problems.push(name + ': ' + fills.length + ' charts, not ' + charts); }
  fills.filter(chart => !chart.blue).forEach(chart => problems.push(name + ': chart ' + chart.id
      + ' has no shape drawn in GOV.UK blue'));
}

async function expectText(page, name, texts, absent = []) {
  const body = await page.textContent('body');
  texts.forEach(text => { if (!body.includes(text)) { problems.push(name + ': missing "' + text + '"'); } });
  absent.forEach(text => { if (body.includes(text)) { problems.push(name + ': shows "' + text + '"'); } });
}

(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    // The Chair: the dashboard, a case page with the transcript, the annual report; keyboard first stop.
    const chair = await browser.newContext({ bypassCSP: true, viewport: { width: 1200, height: 900 } });
    let page = await signIn(chair);
    await expectText(page, 'chair dashboard', ['Signed in as Chair of Staffordshire', 'Staffordshire', reference],
        ['Stoke-on-Trent open']);
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => document.activeElement.textContent.trim());
    if (first !== 'Skip to main content') { problems.push('the first Tab stop is "' + first + '"'); }
    // Following the skip link hides it again, before anything is clicked (else the page moves up under the pointer).
    await page.keyboard.press('Enter');
    if (!page.url().endsWith('#main-content')) { problems.push('the skip link led to ' + page.url()); }
    await page.screenshot({ path: shots + '/dashboard-chair.png', fullPage: true });
    await axe(page, 'chair dashboard');
    await page.getByRole('link', { name: reference }).first().click();
    await page.waitForURL(url => url.pathname.startsWith('/board/cases/'));
    await expectText(page, 'chair case page', ['Case ' + reference, 'Timeline of ' + reference,
      'Transcript of case ' + reference]);
    await page.screenshot({ path: shots + '/case-chair.png', fullPage: true });
    await axe(page, 'chair case page');
    await page.goto(base + '/board');
    await page.getByRole('link', { name: /^Annual report / }).first().click();
    await page.waitForURL(url => url.pathname.includes('/reports/'));
    await expectText(page, 'annual report', ['Annual report', 'The year in figures', 'Timeliness']);
    await page.screenshot({ path: shots + '/annual-report.png', fullPage: true });
    await axe(page, 'annual report');
    await page.getByRole('link', { name: 'Learning log' }).click();
    await page.waitForURL(url => url.pathname === '/board/learning');
    await page.selectOption('#theme', 'information sharing');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(url => url.search.includes('theme='));
    await expectText(page, 'chair learning log', ['Learning log', '2 findings', 'Information was not shared',
      'Agencies did not meet', 'Commissioned multi-agency learning review'.toLowerCase()], ['The school listened']);
    await page.screenshot({ path: shots + '/learning-chair.png', fullPage: true });
    await axe(page, 'chair learning log');
    await page.goto(base + '/board');
    await page.getByRole('link', { name: /^See all \d+ overdue$/ }).first().click();
    await page.waitForURL(url => url.pathname === '/board/overdue');
    await page.getByRole('link', { name: 'Next page' }).click();
    await page.waitForURL(url => url.search.includes('page=2'));
    await expectText(page, 'chair overdue list', ['Overdue: Staffordshire', 'page 2 of', 'SCR-O-']);
    await page.screenshot({ path: shots + '/overdue-chair.png', fullPage: true });
    await axe(page, 'chair overdue list, page 2');
    await chair.close();

    // The business manager, JavaScript off: the pages work without it; no transcript.
    const manager = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1200, height: 900 } });
    page = await signIn(manager);
    await expectText(page, 'manager dashboard', ['Signed in as Business manager', reference]);
    await page.screenshot({ path: shots + '/dashboard-business-manager.png', fullPage: true });
    await page.fill('#reference', reference);
    await page.getByRole('button', { name: 'Find' }).click();
    await page.waitForURL(url => url.pathname.startsWith('/board/cases/'));
    await expectText(page, 'manager case page', ['Case ' + reference, 'Only the board\'s Chair or an administrator '
      + 'can read the transcript'], ['Transcript of case ' + reference]);
    await page.screenshot({ path: shots + '/case-business-manager.png', fullPage: true });
    await page.getByRole('link', { name: 'Learning log' }).click();
    await page.fill('#q', 'school');
    await page.fill('#from', 'last spring');
    await page.getByRole('button', { name: 'Search' }).click();
    await expectText(page, 'manager learning log, a bad date', ['There is a problem', 'Enter the first day as a date'],
        ['The school listened']);
    await page.fill('#from', '2026');
    await page.getByRole('button', { name: 'Search' }).click();
    await expectText(page, 'manager learning log', ['1 finding', 'The school listened', 'Good practice'],
        ['Information was not shared']);
    await page.screenshot({ path: shots + '/learning-business-manager.png', fullPage: true });
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(url => url.pathname === '/board/signed-out');
    await manager.close();

    // A stranger: a polite page and nothing else.
    const stranger = await browser.newContext({ bypassCSP: true, viewport: { width: 1200, height: 900 } });
    const strangerPage = await stranger.newPage();
    await strangerPage.goto(base + '/board');
    await strangerPage.getByRole('button', { name: /Sign in with your organisation/ }).click();
    await strangerPage.waitForURL(url => url.pathname === '/board');
    await expectText(strangerPage, 'stranger', ['You cannot see the dashboard'], [reference]);
    await strangerPage.screenshot({ path: shots + '/stranger.png', fullPage: true });
    await axe(strangerPage, 'stranger');
    await stranger.close();

    // A business manager, keeping to the Content-Security-Policy: the charts are in colour.
    const strict = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    page = await strict.newPage();
    const violations = policyViolations(page);
    await page.goto(base + '/board');
    await page.getByRole('button', { name: /Sign in with your organisation/ }).click();
    await page.waitForURL(url => url.pathname === '/board');
    await expectChartsInColour(page, 'strict dashboard', 1);
    await page.screenshot({ path: shots + '/dashboard-strict.png', fullPage: true });
    await page.locator('svg[role="img"]').first().screenshot({ path: shots + '/dashboard-strict-chart.png' });
    await page.getByRole('link', { name: /^Annual report / }).first().click();
    await page.waitForURL(url => url.pathname.includes('/reports/'));
    await expectChartsInColour(page, 'strict annual report', 3);
    await page.screenshot({ path: shots + '/annual-report-strict.png', fullPage: true });
    await page.locator('svg[role="img"]').first().screenshot({ path: shots + '/annual-report-strict-chart.png' });
    await strict.close();
    if (violations.length) {
      problems.push(violations.length + ' Content-Security-Policy violations, the first at ' + violations[0]);
    }
  } catch (error) {
    problems.push('the walk stopped: ' + error.message);
  } finally {
    await browser.close();
  }
  problems.forEach(problem => console.log('PROBLEM: ' + problem));
  // Not process.exit, which can cut off what is still to be written to a pipe.
  process.exitCode = problems.length ? 1 : 0;
})();
