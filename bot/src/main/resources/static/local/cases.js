// Part of the local chat page (plain JavaScript modules, no build step). Everything from the server is
// inserted with textContent, never parsed as HTML, so nothing typed or stored can become markup.

import { appendReasons, banner, el, factsList, list } from './dom.js';
import { getJson, postJson, who } from './api.js';
import { control, readInputs, showRefusal } from './forms.js';

var inbox = document.getElementById('inbox');
var inboxMessage = document.getElementById('inbox-message');
var panelBoard = document.getElementById('panel-board');
var panelFeed = document.getElementById('panel');
var panelMessage = document.getElementById('panel-message');
var acting = false;
var formCount = 0;

// onOutOfDate (a decision card's): given the card as it now is and why, when the card pressed was made before what
// the decision rests on (the referrer's answer); without it, that refusal is shown as any other.
function caseAction(body, onRefused, messageBox, onOutOfDate) {
  if (acting) { return; }
  acting = true;
  body.as = who();
  postJson('/local/api/case-action', body).then(function (result) {
    if (!result.ok) {
      onRefused(result.json.message || 'Sorry, that did not work.', null);
      return null;
    }
    if (!result.json.applied && result.json.done) {
      // Pressed on a copy whose deadline was done elsewhere: show what every copy now shows.
      return refreshCases().then(function () { banner(messageBox, result.json.done, false); });
    }
    if (!result.json.applied && result.json.outOfDate && result.json.card && onOutOfDate) {
      onOutOfDate(result.json.card, result.json.message);
      return null;
    }
    if (!result.json.applied) {
      onRefused(result.json.message, result.json.input);
      return null;
    }
    return refreshCases().then(function () { banner(messageBox, result.json.message, true); });
  }).catch(function () {
    onRefused('Sorry, the assistant could not be reached. Please try again.', null);
  }).then(function () { acting = false; });
}

// The outcome chosen in the card's list, else the recommendation (what Confirm decides), if it can be decided.
function chosenOutcome(form, prefix, card) {
  var chosen = form.querySelector('input[name="' + prefix + '-outcome"]:checked');
  if (chosen) { return chosen.value; }
  var recommended = card.recommendation.outcome.code;
  return card.needs && card.needs[recommended] ? recommended : null;
}

// Only the inputs the chosen outcome needs are shown; the outcome list and the request for more information stay.
function showNeeded(form, prefix, card) {
  if (!card.needs) { return; }
  var outcome = chosenOutcome(form, prefix, card);
  var needed = outcome ? card.needs[outcome] : [];
  Array.prototype.forEach.call(form.querySelectorAll('[data-input]'), function (group) {
    var id = group.getAttribute('data-input');
    var decides = Object.keys(card.needs).some(function (code) { return card.needs[code].indexOf(id) >= 0; });
    group.hidden = decides && needed.indexOf(id) < 0;
  });
}

function shownInputs(form, card) {
  return card.inputs.filter(function (input) {
    var group = form.querySelector('[data-input="' + input.id + '"]');
    return group && !group.hidden;
  });
}

function decisionCard(card, n) {
  var prefix = 'card' + n;
  var article = el('article', 'app-card app-decision');
  article.setAttribute('aria-labelledby', prefix + '-title');
  var title = el('h3', 'govuk-heading-m', card.title);
  title.id = prefix + '-title';
  article.appendChild(title);
  if (card.decided) { article.appendChild(el('p', 'govuk-body app-decided', card.decided)); }
  article.appendChild(factsList(card.facts));

  var rec = card.recommendation;
  article.appendChild(el('h4', 'govuk-heading-s', rec.headline));
  if (rec.fallbackLine) { article.appendChild(el('p', 'govuk-body', rec.fallbackLine)); }
  (rec.additionalLines || []).forEach(function (line) { article.appendChild(el('p', 'govuk-body', line)); });
  // The reasons and answers are collapsed, so that the decision form stays near the top of the card.
  var details = el('details', 'govuk-details app-decision__details');
  var detailsSummary = el('summary', 'govuk-details__summary');
  detailsSummary.appendChild(el('span', 'govuk-details__summary-text', 'Show details: why, and the answers'));
  details.appendChild(detailsSummary);
  var detailsText = el('div', 'govuk-details__text');
  appendReasons(detailsText, rec);
  if (rec.openQuestions && rec.openQuestions.length) {
    detailsText.appendChild(el('h4', 'govuk-heading-s', 'What the Chair needs to settle'));
    detailsText.appendChild(list(rec.openQuestions.map(function (q) { return q.label; })));
  }
  detailsText.appendChild(el('h4', 'govuk-heading-s', 'Answers given by the referrer'));
  detailsText.appendChild(factsList(card.answers));
  details.appendChild(detailsText);
  article.appendChild(details);
  article.appendChild(el('p', 'govuk-body-s', 'Rule pack ' + rec.rulePack.id + ' ' + rec.rulePack.version + '. '
    + rec.advice));
  if (card.page) { article.appendChild(pageLink(card.page)); }

  if (card.actions && card.actions.length) {
    var form = el('form', 'app-decision__form');
    form.noValidate = true;
    form.setAttribute('aria-labelledby', prefix + '-decide');
    var formHeading = el('h4', 'govuk-heading-s', 'Your decision');
    formHeading.id = prefix + '-decide';
    form.appendChild(formHeading);
    card.inputs.forEach(function (input) { form.appendChild(control(prefix, input)); });
    showNeeded(form, prefix, card);
    form.addEventListener('change', function (event) {
      if (event.target.name === prefix + '-outcome') { showNeeded(form, prefix, card); }
    });
    var group = el('div', 'govuk-button-group');
    card.actions.forEach(function (action, i) {
      var b = el('button', 'govuk-button' + (i === 0 ? '' : ' govuk-button--secondary'), action.label);
      b.type = 'button';
      b.addEventListener('click', function () {
        caseAction({ payload: action.payload, inputs: readInputs(form, prefix, shownInputs(form, card)),
          from: 'inbox' },
          function (message, inputId) { showRefusal(form, prefix, message, inputId); }, inboxMessage,
          function (current, message) {
            article.replaceWith(decisionCard(current, n));
            banner(inboxMessage, message, false);
          });
      });
      group.appendChild(b);
      // The decide button's label follows the outcome chosen in the list.
      if (action.choosesOutcome) {
        form.addEventListener('change', function (event) {
          if (event.target.name === prefix + '-outcome' && event.target.checked) {
            var chosen = form.querySelector('label[for="' + event.target.id + '"]');
            b.textContent = 'Decide: ' + (chosen ? chosen.textContent : event.target.value);
          }
        });
      }
    });
    form.appendChild(group);
    form.addEventListener('submit', function (event) { event.preventDefault(); });
    article.appendChild(form);
  }
  return article;
}

// The link to the case's page on the board dashboard, when the message has one.
function pageLink(page) {
  var p = el('p', 'govuk-body');
  var a = el('a', 'govuk-link', page.label);
  a.href = page.url;
  p.appendChild(a);
  return p;
}

// A notification: in the panel channel (from: panel) or in an inbox (from: inbox).
function post(item, from, board, messageBox) {
  var reminder = /^(Reminder|Overdue)/.test(item.title);
  var li = el('li', 'app-post' + (reminder ? ' app-post--reminder' : ''));
  li.appendChild(el('p', 'govuk-body-s app-post__when', item.when));
  li.appendChild(el('h4', 'govuk-heading-s', item.title));
  li.appendChild(el('p', 'govuk-body', item.text));
  li.appendChild(factsList(item.facts));
  if (item.page) { li.appendChild(pageLink(item.page)); }
  if (item.done) {
    var done = el('p', 'govuk-body app-done');
    done.appendChild(el('span', null, '\u2713 '));
    done.firstChild.setAttribute('aria-hidden', 'true');
    done.appendChild(document.createTextNode(item.done));
    li.appendChild(done);
  }
  if (item.actions && item.actions.length) {
    var group = el('div', 'govuk-button-group');
    var error = el('p', 'govuk-error-message');
    error.setAttribute('role', 'alert');
    error.hidden = true;
    var forms = [];
    item.actions.forEach(function (action) {
      var b = el('button', 'govuk-button govuk-button--secondary', action.label);
      b.type = 'button';
      b.appendChild(el('span', 'govuk-visually-hidden', ': ' + item.title));
      if (action.form) {
        var textForm = postForm(action, item, from, board, messageBox);
        forms.push(textForm);
        b.setAttribute('aria-expanded', 'false');
        b.addEventListener('click', function () {
          textForm.hidden = !textForm.hidden;
          b.setAttribute('aria-expanded', String(!textForm.hidden));
          if (!textForm.hidden) { textForm.querySelector('textarea').focus(); }
        });
        group.appendChild(b);
        return;
      }
      b.addEventListener('click', function () {
        var body = { payload: action.payload, inputs: {}, from: from };
        if (board) { body.board = board; }
        caseAction(body, function (message) {
          error.textContent = '';
          error.appendChild(el('span', 'govuk-visually-hidden', 'Error: '));
          error.appendChild(document.createTextNode(message));
          error.hidden = false;
          b.focus();
        }, messageBox);
      });
      group.appendChild(b);
    });
    li.appendChild(error);
    li.appendChild(group);
    forms.forEach(function (f) { li.appendChild(f); });
  }
  return li;
}

// The form of a button that asks for text first (the reason for a delay, the answer to the Chair).
function postForm(action, item, from, board, messageBox) {
  var spec = action.form;
  var prefix = 'form' + (++formCount);
  var form = el('form', 'app-post-form');
  form.hidden = true;
  form.noValidate = true;
  form.setAttribute('aria-label', spec.title + ': ' + item.title);
  var group = el('div', 'govuk-form-group');
  group.setAttribute('data-input', spec.input);
  var label = el('label', 'govuk-label', spec.label);
  label.htmlFor = prefix + '-' + spec.input;
  group.appendChild(label);
  var hint = el('div', 'govuk-hint', spec.hint);
  hint.id = prefix + '-' + spec.input + '-hint';
  group.appendChild(hint);
  var box = el('textarea', 'govuk-textarea');
  box.id = prefix + '-' + spec.input;
  box.name = spec.input;
  box.rows = 3;
  box.maxLength = spec.maxLength;
  box.setAttribute('aria-describedby', hint.id);
  group.appendChild(box);
  form.appendChild(group);
  var submit = el('button', 'govuk-button', spec.submit);
  submit.type = 'submit';
  form.appendChild(submit);
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var inputs = {};
    inputs[spec.input] = box.value;
    var body = { payload: action.payload, inputs: inputs, from: from };
    if (board) { body.board = board; }
    caseAction(body, function (message, inputId) {
      showRefusal(form, prefix, message, inputId || spec.input);
    }, messageBox);
  });
  return form;
}

export function loadInbox() {
  return getJson('/local/api/inbox?as=' + encodeURIComponent(who())).then(function (result) {
    inbox.textContent = '';
    if (!result.ok) { inbox.appendChild(el('p', 'govuk-body', result.json.message)); return; }
    var json = result.json;
    if (json.cards.length === 0 && json.messages.length === 0) {
      inbox.appendChild(el('p', 'govuk-body', 'Nothing for you yet.'));
      return;
    }
    if (json.cards.length) {
      inbox.appendChild(el('h3', 'govuk-heading-s', 'Decision cards (' + json.cards.length + ')'));
      json.cards.forEach(function (card, n) { inbox.appendChild(decisionCard(card, n)); });
    }
    if (json.messages.length) {
      inbox.appendChild(el('h3', 'govuk-heading-s', 'Messages (' + json.messages.length + '), newest first'));
      var feed = el('ol', 'app-feed');
      json.messages.forEach(function (m) { feed.appendChild(post(m, 'inbox', null, inboxMessage)); });
      inbox.appendChild(feed);
    }
  });
}

export function loadPanel() {
  var board = panelBoard.value;
  if (!board) { return Promise.resolve(); }
  return getJson('/local/api/panel?board=' + encodeURIComponent(board)).then(function (result) {
    panelFeed.textContent = '';
    if (!result.ok) { panelFeed.appendChild(el('li', 'govuk-body', result.json.message)); return; }
    var posts = result.json.posts.slice().reverse();
    if (posts.length === 0) {
      panelFeed.appendChild(el('li', 'govuk-body', 'Nothing has been posted in the ' + result.json.boardName
        + ' panel channel yet.'));
    }
    posts.forEach(function (p) { panelFeed.appendChild(post(p, 'panel', board, panelMessage)); });
  });
}

export function refreshCases() {
  return Promise.all([loadInbox(), loadPanel()]).catch(function () {
    inbox.textContent = '';
    inbox.appendChild(el('p', 'govuk-body', 'Sorry, the inbox could not be read.'));
  });
}

