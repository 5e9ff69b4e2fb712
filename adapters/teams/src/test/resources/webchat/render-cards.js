// The Teams cards in Microsoft Web Chat (botframework-webchat) in headless Chromium, run by TeamsCardsWebChatIT.
// Each card arrives as a bot message through a fake Direct Line; the page shows it, every Action.ShowCard is
// opened, and a screenshot is taken. A card Web Chat cannot render, a ShowCard that opens nothing and a
// button that does nothing (posts nothing, changes nothing, opens no page) are problems, and so are a link in a card's
// text that shows other words than its address and the card "typed-text" not showing TYPED_TEXT (from the
// environment) as it is.
// Usage: node render-cards.js <cards dir of name.json> <screenshot dir>. Prints the problems; exit 1 when any.
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');
const [cardsDir, shots] = process.argv.slice(2);
const bundle = require.resolve.paths('botframework-webchat').map(dir => path.join(dir, 'botframework-webchat', 'dist', 'webchat.js'))
  .find(file => fs.existsSync(file));
const problems = [];

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>cards</title>
<style>html,body{margin:0;height:100%}#webchat{height:100%;width:400px}</style>
<script src="http://webchat.test/webchat.js"></script></head><body><div id="webchat"></div><script>
  window.posted = [];
  // An Action.OpenUrl opens its address (Web Chat calls window.open): recorded, not followed.
  window.opened = [];
  window.open = url => { window.opened.push(url); return null; };
  const observers = [];
  const observable = subscribeFn => ({ subscribe(observer) {
    const o = typeof observer === 'function' ? { next: observer } : observer;
    subscribeFn(o);
    return { unsubscribe() {} };
  } });
  const directLine = {
    activity$: observable(o => observers.push(o)),
    connectionStatus$: observable(o => { o.next(0); o.next(1); o.next(2); }),
    postActivity(activity) {
      window.posted.push(activity);
      const id = 'posted-' + window.posted.length;
      observers.forEach(o => o.next({ ...activity, id, timestamp: new Date().toISOString() }));
      return observable(o => { o.next(id); o.complete && o.complete(); });
    },
    end() {}
  };
  window.showCard = card => observers.forEach(o => o.next({ type: 'message', id: 'card-1', from: { id: 'bot', role: 'bot' },
    timestamp: new Date().toISOString(),
    attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }] }));
  window.WebChat.renderWebChat({ directLine, userID: 'user-1' }, document.getElementById('webchat'));
</script></body></html>`;

// Hosts do not wrap a button's title (Teams cuts it at the button's width), so a title that does not fit is cut: the
// person cannot read what the button does.
async function cutTitles(page, name, where) {
  const cut = await page.evaluate(() => Array.from(document.querySelectorAll('.ac-pushButton'))
    .filter(b => b.offsetParent !== null)
    .filter(b => [b, ...b.querySelectorAll('*')].some(e => e.scrollWidth > e.clientWidth + 1))
    .map(b => b.innerText.trim()));
  cut.forEach(title => problems.push(name + where + ': the button "' + title + '" is cut at its width'));
}

async function render(browser, name, card) {
  const page = await browser.newPage({ viewport: { width: 400, height: 1600 } });
  page.on('pageerror', e => problems.push(name + ': script error: ' + e.message));
  await page.route('http://webchat.test/**', route => route.request().url().endsWith('/webchat.js')
    ? route.fulfill({ path: bundle, contentType: 'text/javascript' })
    : route.fulfill({ body: PAGE, contentType: 'text/html' }));
  await page.goto('http://webchat.test/');
  await page.waitForFunction(() => window.WebChat && document.querySelector('[role="log"], .webchat__basic-transcript'));
  await page.evaluate(c => window.showCard(c), card);
  const rendered = await page.waitForSelector('.ac-adaptiveCard, .webchat__bubble', { timeout: 15000 })
    .then(() => true, () => false);
  if (!rendered) { problems.push(name + ': no card shown'); }
  const text = await page.evaluate(() => document.body.innerText);
  if (/unable to render|render error|could not render/i.test(text)) {
    problems.push(name + ': Web Chat could not render it: ' + text.slice(0, 200));
  }
  // A web address in the text may be a link to itself; a link showing other words was made from words someone typed.
  const disguised = await page.evaluate(() => Array.from(document.querySelectorAll('.ac-adaptiveCard a[href]'))
    .filter(a => a.innerText.replace(/\u200B/g, '').trim() !== a.getAttribute('href')).map(a => a.outerHTML));
  disguised.forEach(link => problems.push(name + ': a link showing other words than its address: ' + link));
  if (name === 'typed-text') {
    // Web Chat puts a zero-width space either side of a web address it links; a list marker is kept from making a
    // list by a no-break space after it, which looks the same.
    const shown = (await page.locator('.ac-adaptiveCard').first().innerText()).replace(/\u200B/g, '')
      .replace(/\u00A0/g, ' ');
    [process.env.TYPED_TEXT, '1. first\n', '- second\n', '* third'].filter(typed => !shown.includes(typed))
      .forEach(typed => problems.push(name + ': "' + typed + '" is not shown as typed in: ' + shown));
  }
  const cards = await page.locator('.ac-adaptiveCard').count();
  if (rendered && cards === 0) { problems.push(name + ': shown without an Adaptive Card'); }
  await page.locator('.ac-adaptiveCard').first().screenshot({ path: path.join(shots, name + '.png') });
  await cutTitles(page, name, '');
  const showCards = page.locator('.ac-pushButton[aria-expanded]');
  const opened = [];
  for (let i = 0; i < await showCards.count(); i++) {
    const button = showCards.nth(i);
    const title = (await button.innerText()).trim();
    await button.click();
    if (await button.getAttribute('aria-expanded') !== 'true') {
      problems.push(name + ': the ShowCard "' + title + '" did not open');
      continue;
    }
    const inputs = await page.locator('.ac-adaptiveCard .ac-adaptiveCard .ac-input:visible').count();
    const words = await page.locator('.ac-adaptiveCard .ac-adaptiveCard .ac-textBlock:visible').count();
    if (inputs === 0 && words === 0) {
      problems.push(name + ': "' + title + '" opens neither a form with inputs nor a confirmation in words');
    }
    opened.push({ title, inputs });
    await page.locator('.ac-adaptiveCard').first().screenshot({
      path: path.join(shots, name + '--' + title.replace(/[^A-Za-z0-9]+/g, '-') + '.png') });
    await cutTitles(page, name, ' (with "' + title + '" open)');
    const submit = page.locator('.ac-adaptiveCard .ac-adaptiveCard .ac-pushButton:visible').last();
    if (await submit.count() === 0) {
      problems.push(name + ': the form of "' + title + '" has no button');
    } else {
      // Filled in as a person would (every empty text input), the form's button posts: a host checks the required
      // inputs it sends, and one it cannot see would stop it.
      const empty = page.locator('.ac-adaptiveCard .ac-adaptiveCard .ac-textInput:visible');
      for (let j = 0; j < await empty.count(); j++) {
        if (!(await empty.nth(j).inputValue())) { await empty.nth(j).fill('Filled in by the walk'); }
      }
      const posted = await page.evaluate(() => window.posted.length);
      await submit.click();
      const sent = await page.waitForFunction(b => window.posted.length > b, posted, { timeout: 5000 })
        .then(() => true, () => false);
      if (!sent) { problems.push(name + ': the form of "' + title + '", filled in, posts nothing'); }
    }
    await button.click();
  }
  // A button that is not a ShowCard posts (Action.Submit), changes the card (Action.ToggleVisibility) or opens a page
  // (Action.OpenUrl).
  const buttons = [];
  const others = page.locator('.ac-pushButton:not([aria-expanded]):visible');
  for (let i = 0; i < await others.count(); i++) {
    const button = others.nth(i);
    const title = (await button.innerText()).trim();
    const before = await page.evaluate(() => ({ posted: window.posted.length, opened: window.opened.length,
      text: document.body.innerText }));
    await button.click();
    const acted = await page.waitForFunction(b => window.posted.length > b.posted || window.opened.length > b.opened
      || document.body.innerText !== b.text, before, { timeout: 5000 }).then(() => true, () => false);
    if (!acted) { problems.push(name + ': pressing "' + title + '" does nothing'); }
    buttons.push(title);
    if (await page.locator('.ac-pushButton:not([aria-expanded]):visible').count() !== await others.count()) { break; }
  }
  console.log(JSON.stringify({ card: name, opened, buttons }));
  await page.close();
}

(async () => {
  fs.mkdirSync(shots, { recursive: true });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    for (const file of fs.readdirSync(cardsDir).filter(f => f.endsWith('.json')).sort()) {
      await render(browser, file.replace(/\.json$/, ''), JSON.parse(fs.readFileSync(path.join(cardsDir, file), 'utf8')));
    }
  } catch (e) {
    problems.push('the walk failed: ' + e.message);
  } finally {
    await browser.close();
  }
  problems.forEach(p => console.log('PROBLEM: ' + p));
  process.exit(problems.length ? 1 : 0);
})();
